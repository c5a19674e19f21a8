/**
 * Spectrum explorer budget, measured on the built site in the system Chromium (a measurement, not a test):
 * control change → redrawn bars (the `sx:<id>:change` → `sx:<id>:redraw` measure the explorer records, after
 * the next animation frame), for a day at 1,000 req/s of each shape, a spiky day at 200 req/s (its climbs
 * simulated), a steady day at 15 req/s, and for the exact path at 5 req/s.
 * Median of 5 changes per row, each from another setting so the worker really recomputes. Budget ≤ 1 s.
 *
 * Usage: `npm run build && npm run perf:spectrum [-- <dist dir>]`.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../e2e/chromium-path.ts';
import { serveStatic } from '../e2e/static-server.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const id = 'l1-spectrum';
// Slider positions (the rate slider's log stops, two significant figures: 0.5, 0.6 … 1.0 at 0–5, 1.1 … 9.9 at
// 6–94, 10 … 99 at 95–184, 100 … 990 at 185–274, 1,000 at 275), each checked against the slider's
// aria-valuetext before it is timed.
type Stops = { positions: [string, string]; rates: [string, string] };
const at1000: Stops = { positions: ['275', '274'], rates: ['1,000', '990'] };
const rows: ({ label: string; shape: string } & Stops)[] = [
  { label: 'steady, 1,000 req/s (fast path)', shape: 'steady', ...at1000 },
  { label: 'daily cycle, 1,000 req/s (fast path)', shape: 'diurnal', ...at1000 },
  { label: 'spiky, 1,000 req/s (fast path)', shape: 'spiky', ...at1000 },
  {
    label: 'spiky, 200 req/s (fast path, climbs simulated)',
    shape: 'spiky',
    positions: ['195', '194'],
    rates: ['200', '190'],
  },
  { label: 'steady, ~15 req/s (fast path)', shape: 'steady', positions: ['100', '99'], rates: ['15', '14'] },
  {
    label: 'steady, ~5 req/s (every request simulated)',
    shape: 'steady',
    positions: ['48', '44'],
    rates: ['5.3', '4.9'],
  },
];

const server = await serveStatic(dist);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(new URL('lessons/01-compute-spectrum/', server.url).href, { waitUntil: 'load' });
  const root = page.locator(`#sx-${id}-root`);
  await root.scrollIntoViewIfNeeded();
  await root
    .locator('[data-status]')
    .filter({ hasText: /^(Simulated|Computed)/ })
    .waitFor({ timeout: 60_000 });
  const name = `sx:${id}:redraw`;
  console.log(`Spectrum explorer, lesson 1: control change → redrawn bars (median of 5; budget 1,000 ms)`);
  for (const row of rows) {
    await root.locator('[data-input="shape"]').selectOption(row.shape);
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const before = await page.evaluate((n) => performance.getEntriesByName(n).length, name);
      const slider = root.locator('[data-input="rate"]');
      await slider.fill(row.positions[i % 2] as string);
      const shown = await slider.getAttribute('aria-valuetext');
      if (shown !== `${row.rates[i % 2]} req/s`)
        throw new Error(
          `slider position ${row.positions[i % 2]} shows ${shown}, not ${row.rates[i % 2]} req/s`,
        );
      await page.waitForFunction(
        ([n, b]) => performance.getEntriesByName(n as string).length > (b as number),
        [name, before] as const,
        { timeout: 60_000 },
      );
      const last = await page.evaluate(
        (n) => performance.getEntriesByName(n).at(-1)?.duration ?? Number.NaN,
        name,
      );
      // The first change of a row also switched the shape: not counted.
      if (i > 0) times.push(last);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
    console.log(
      `  ${row.label.padEnd(46)} median ${median.toFixed(0).padStart(5)} ms (min ${times[0]?.toFixed(0)}, max ${times.at(-1)?.toFixed(0)})`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
