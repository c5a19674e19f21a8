/**
 * Spectrum explorer budget, measured on the built site in the system Chromium (a measurement, not a test):
 * control change → redrawn bars (the `sx:<id>:change` → `sx:<id>:redraw` measure the explorer records, after
 * the next animation frame), for a day at 1,000 req/s of each shape and for the exact path at 5 req/s.
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
// Slider positions: 100 = 1,000 req/s, 31 = 5.3 req/s, 30 = 4.9 req/s (see the lesson's slider values).
const rows: { label: string; shape: string; positions: [string, string] }[] = [
  { label: 'steady, 1,000 req/s (fast path)', shape: 'steady', positions: ['100', '99'] },
  { label: 'daily cycle, 1,000 req/s (fast path)', shape: 'diurnal', positions: ['100', '99'] },
  { label: 'spiky, 1,000 req/s (fast path)', shape: 'spiky', positions: ['100', '99'] },
  { label: 'steady, ~5 req/s (every request simulated)', shape: 'steady', positions: ['31', '30'] },
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
      await root.locator('[data-input="rate"]').fill(row.positions[i % 2] as string);
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
