/**
 * "Your traffic" answer times on the built site in the system Chromium (a measurement, not a test): file
 * chosen → "simulated in" status, for a day and a week at 1,000 req/s (fast method), a day of the sample shape
 * at 1-minute periods and the sample week (both exact). Median of 3 per row, each in a fresh page; prints the
 * load average before and after. Optional `--shots <dir>`: screenshots of the sample result (and an A/B
 * comparison) at 1280 and 390 px, light and dark.
 *
 * Usage: `npm run build && npm run perf:traffic-page [-- <dist dir>] [--shots <dir>]`.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { sampleWeekCsv } from '../../src/traffic/sample-week.ts';
import { chromiumPath } from '../e2e/chromium-path.ts';
import { serveStatic } from '../e2e/static-server.ts';

const args = process.argv.slice(2);
const shotsAt = args.indexOf('--shots');
const shots = shotsAt >= 0 ? args[shotsAt + 1] : undefined;
const dist = resolve(args.find((a, i) => !a.startsWith('--') && i !== shotsAt + 1) ?? 'dist');
const firstDay = (csv: string) => `${csv.split('\n').slice(0, 1441).join('\n')}\n`;
const large = sampleWeekCsv({ peakPerSecond: 1875, periodSeconds: 60 });
const rows: { label: string; name: string; csv: string }[] = [
  { label: 'a day at 1,000 req/s, 1-min (fast)', name: 'day-1000.csv', csv: firstDay(large) },
  { label: 'a week at 1,000 req/s, 1-min (fast)', name: 'week-1000.csv', csv: large },
  {
    label: 'a day of the sample shape, 1-min (exact)',
    name: 'day-sample.csv',
    csv: firstDay(sampleWeekCsv({ periodSeconds: 60 })),
  },
  { label: 'the sample week, 5-min (exact)', name: 'sample.csv', csv: sampleWeekCsv() },
];

const server = await serveStatic(dist);
const page_ = new URL('your-traffic/', server.url).href;
const browser: Browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  console.log(
    `load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  for (const row of rows) {
    const times: number[] = [];
    let requests = '';
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(page_, { waitUntil: 'load' });
      const root = page.locator('your-traffic');
      await root.locator('[data-action="sample"]:not([disabled])').waitFor();
      const started = Date.now();
      await root
        .locator('[data-input="file"]')
        .setInputFiles({ name: row.name, mimeType: 'text/csv', buffer: Buffer.from(row.csv) });
      await root
        .locator('[data-status]')
        .filter({ hasText: /simulated in/ })
        .waitFor({ timeout: 600_000 });
      times.push(Date.now() - started);
      requests =
        (
          await root.locator('.pg-side[data-side="a"] [data-view="summary"] [data-sentence]').textContent()
        )?.split(' requests')[0] ?? '';
      await page.close();
    }
    times.sort((a, b) => a - b);
    console.log(
      `  ${row.label.padEnd(44)} ${requests.padStart(12)} requests: median ${((times[1] ?? 0) / 1000).toFixed(1)} s (${times.map((t) => (t / 1000).toFixed(1)).join(', ')})`,
    );
  }
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  if (shots) {
    for (const scheme of ['light', 'dark'] as const)
      for (const width of [1280, 390]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(page_, { waitUntil: 'load' });
        await page.evaluate((s) => localStorage.setItem('starlight-theme', s), scheme);
        await page.reload({ waitUntil: 'load' });
        const root = page.locator('your-traffic');
        await root.locator('[data-action="sample"]:not([disabled])').click();
        await root
          .locator('[data-status]')
          .filter({ hasText: /simulated in/ })
          .waitFor({ timeout: 600_000 });
        await root.screenshot({ path: `${shots}/traffic-${width}-${scheme}.png` });
        await root.locator('[data-option="compare"]').check();
        await root.locator('fieldset[data-side="b"] [data-input="memoryMb"]').selectOption('1024');
        await root
          .locator('[data-status]')
          .filter({ hasText: /simulated in/ })
          .waitFor({ timeout: 600_000 });
        await root.screenshot({ path: `${shots}/traffic-ab-${width}-${scheme}.png` });
        await page.close();
      }
  }
} finally {
  await browser.close();
  await server.close();
}
