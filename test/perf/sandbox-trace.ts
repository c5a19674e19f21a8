/**
 * A profiling aid for the sandbox (not a measurement of record): records a Chromium trace (all processes and
 * threads: page, sandbox iframe, its workers) of one "click Run at once" on a built lesson, after a first
 * visit primed the HTTP cache, and writes it to test-results/trace-<lesson>-<mode>.json (open it in Chrome
 * DevTools' Performance panel or Perfetto). Prints the run's timing.
 * Usage: `npm run build && npx node test/perf/sandbox-trace.ts [<lesson folder>] [desktop|phone] [editor]`;
 * `editor` waits for Monaco to load before the click (the "Run with the editor loaded" row).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/static-server.ts';
import { clickRun, freshPage, waitForMonaco } from './sandbox-timing.ts';

const [lesson = '01-compute-spectrum', mode = 'desktop', when = 'at-once'] = process.argv.slice(2);
const server = await serveStatic(resolve('dist'), '/');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
const phone = mode === 'phone';
const ctx = await browser.newContext(
  phone
    ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }
    : { viewport: { width: 1280, height: 900 } },
);
const url = new URL(`lessons/${lesson}/`, server.url).href;
// prime the HTTP cache
const primer = await ctx.newPage();
await primer.goto(url, { waitUntil: 'load' });
await primer.waitForTimeout(4000);
await primer.close();
const trace = () =>
  browser.startTracing(undefined, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'v8',
      'blink.user_timing',
      'loading',
      'toplevel',
      'disabled-by-default-v8.compile',
    ],
  });
// With `editor`, the trace starts once Monaco has loaded: it holds the Run alone.
if (when !== 'editor') await trace();
const page = await freshPage(ctx, url);
if (when === 'editor') {
  await waitForMonaco(page);
  await trace();
}
const t = await clickRun(page);
await page.waitForTimeout(300);
const buf = await browser.stopTracing();
await mkdir('test-results', { recursive: true });
await writeFile(`test-results/trace-${lesson}-${mode}-${when}.json`, buf);
console.log(JSON.stringify(t));
await browser.close();
await server.close();
