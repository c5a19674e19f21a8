/**
 * Playground budgets, measured on the built site in the system Chromium (a measurement, not a test):
 *  1. JavaScript shipped once a lesson page with a playground is hydrated and the playground has drawn
 *     (every script and worker fetched, gzip -9 sizes), in total and for the playground's own chunks;
 *  2. control change → redrawn chart, median over 15 changes of the default preset, from the performance
 *     marks `<sim-playground>` sets (`pg:<id>:input` → `pg:<id>:redrawn`, after the next animation frame).
 * Budgets: ≤ 120 KB gzip hydrated; ≤ 100 ms median redraw.
 *
 * Usage: `npm run build && npm run perf:playground [-- <dist dir> <lesson path> <playground id>]`.
 */

import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const [distArg = 'dist', pagePath = 'lessons/02-concurrency/', id = 'l2-rate-duration'] =
  process.argv.slice(2);
const dist = resolve(distArg);
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

function serve(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    let file = join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, url: `http://127.0.0.1:${port}/` });
    }),
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const { server, url } = await serve(dist);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('javascript')) return;
    try {
      scripts.set(response.url(), gzipSync(await response.body(), { level: 9 }).length);
    } catch {
      // A body that cannot be read (redirect) carries no script.
    }
  });
  await page.goto(new URL(pagePath, url).href, { waitUntil: 'load' });
  const root = page.locator(`#pg-${id}-root`);
  await root.scrollIntoViewIfNeeded();
  const skip = root.locator('[data-action="skip"]');
  if (await skip.count()) await skip.click();
  await root.locator('[data-status]').filter({ hasText: 'Whole run computed' }).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);

  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  const own = [...scripts.entries()].filter(([u]) =>
    /SimPlayground|sim\.worker|sim-client|uPlot|lz-string/.test(u),
  );
  console.log(`Page: ${pagePath} (playground ${id})`);
  console.log(`JS fetched once hydrated: ${kb(total)} gzip in ${scripts.size} files (budget 120 KB)`);
  console.log(`  of which the playground's own chunks: ${kb(own.reduce((a, [, b]) => a + b, 0))}`);
  for (const [u, size] of [...scripts.entries()].sort((a, b) => b[1] - a[1])) {
    console.log(`    ${kb(size).padStart(9)}  ${new URL(u).pathname}`);
  }

  // Control change → redraw: alternate the first slider right and left so the preset stays the default.
  const slider = root.locator('input[type="range"][data-control]').first();
  await slider.focus();
  const name = `pg:${id}:control-redraw`;
  for (let i = 0; i < 15; i++) {
    const before = await page.evaluate((n) => performance.getEntriesByName(n).length, name);
    await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForFunction(
      ([n, b]) => performance.getEntriesByName(n as string).length > (b as number),
      [name, before],
      {
        timeout: 10_000,
      },
    );
  }
  const durations = await page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
  const sorted = [...durations].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  console.log(
    `Control change → redrawn chart: median ${median.toFixed(1)} ms over ${sorted.length} changes ` +
      `(min ${sorted[0]?.toFixed(1)}, max ${sorted.at(-1)?.toFixed(1)}; budget 100 ms)`,
  );
} finally {
  await browser.close();
  server.close();
}
