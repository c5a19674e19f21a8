/**
 * Sandbox budgets, measured on the built site in the system Chromium (a measurement, not a test):
 *  1. JavaScript before interaction on a lesson page with a sandbox: every script fetched by the time the
 *     page has loaded and idled, gzip -9, Monaco excluded (it loads later, near the viewport or on focus);
 *     reported again once the sandbox is near the viewport (runtime worker bundle + Monaco fetched).
 *     Also the CSS fetched by then, and whether any of Monaco's rules are already in the page's
 *     stylesheets (they must not be: Monaco's CSS travels in its lazy chunks, see src/build/monaco-css-plugin.ts).
 *  2. Run → first output, median of 7, for a 1-day simulation (issue 3's example scenario), before Monaco
 *     has loaded (Monaco held back by the network) and after, from the `data-first-output-ms` the sandbox
 *     records (click handled → first output rendered).
 *  3. Monaco's load cost: gzip KB of its chunks (its CSS included), workers and any CSS files, and ms from
 *     the dynamic import to ready.
 * Budgets: ≤ 80 KB gzip before interaction (Monaco excluded); ≤ 500 ms median Run → first output.
 *
 * Usage: `npm run build && npm run perf:sandbox [-- <dist dir> <lesson path>]`. Writes
 * test-results/sandbox-budget.json as well.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { serveStatic } from '../e2e/static-server.ts';

const [distArg = 'dist', pagePath = 'lessons/02-concurrency/'] = process.argv.slice(2);
const RUNS = 7;
const MONACO =
  /monaco-setup|editor\.api|editor\.worker|ts\.worker|tsMode|typescript\.|codicon|\/editor\.[^/]*\.css/;
/** The sandbox's own page chunks (the rest of a lesson page's JS belongs to the shell, quiz and playground). */
const SANDBOX_OWN = /Sandbox\.astro|lz-string|\/store\.|preload-helper/;

const ONE_DAY = `import { simulate } from '@lab/sim';

const result = simulate({
  seed: 7,
  horizonSeconds: 86400,
  account: { concurrencyLimit: 1000, scaling: 'per-function' },
  functions: [
    {
      name: 'api',
      memoryMb: 512,
      arrivals: { kind: 'poisson', ratePerSecond: 2.5 },
      durationMs: { kind: 'exponential', meanMs: 800 },
      initMs: { kind: 'exponential', meanMs: 300 },
      idleLifetimeMs: { kind: 'fixed', valueMs: 600000 },
    },
  ],
});
console.log('cold starts', result.total.coldStarts);
export default result;
`;

/** Any rule of Monaco's in the page's stylesheets (a `.monaco-editor` selector). */
const hasMonacoRules = () =>
  [...document.styleSheets].some((sheet) => {
    try {
      return [...sheet.cssRules].some((rule) => rule.cssText.includes('.monaco-editor'));
    } catch {
      return false; // a cross-origin sheet: not ours
    }
  });

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Records gzip sizes of every script, worker and stylesheet the page fetches. */
function recordTransfers(page: Page) {
  const sizes = new Map<string, { gzip: number; type: string }>();
  page.on('response', async (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!/javascript|css/.test(type)) return;
    try {
      sizes.set(response.url(), { gzip: gzipSync(await response.body(), { level: 9 }).length, type });
    } catch {
      // No body (redirect): nothing shipped.
    }
  });
  return sizes;
}

async function runOnce(page: Page): Promise<number> {
  const sandbox = page.locator('lab-sandbox').first();
  await sandbox.evaluate((node, code) => Object.assign(node, { code }), ONE_DAY);
  const before = Number((await sandbox.getAttribute('data-runs')) ?? 0);
  await sandbox.locator('[data-action=run]').click();
  await page.waitForFunction(
    (n) => Number(document.querySelector('lab-sandbox')?.getAttribute('data-runs') ?? 0) > n,
    before,
    { timeout: 60_000 },
  );
  const output = (await sandbox.locator('[data-output]').textContent()) ?? '';
  if (!output.includes('cold starts'))
    throw new Error(`the 1-day run printed no output:\n${output.slice(0, 500)}`);
  return Number(await sandbox.getAttribute('data-first-output-ms'));
}

const server = await serveStatic(resolve(distArg), '/');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const url = new URL(pagePath, server.url).href;
try {
  // 1. JavaScript before interaction (no scrolling: the sandbox is further down the lesson).
  const first = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const transfers = recordTransfers(first);
  await first.goto(url, { waitUntil: 'load' });
  await first.waitForTimeout(1500);
  const scripts = [...transfers.entries()].filter(([, t]) => t.type.includes('javascript'));
  const beforeInteraction = scripts.filter(([u]) => !MONACO.test(u)).reduce((sum, [, t]) => sum + t.gzip, 0);
  const monacoEarly = scripts.filter(([u]) => MONACO.test(u)).length;
  const stylesheets = [...transfers.entries()].filter(([, t]) => t.type.includes('css'));
  const cssBeforeInteraction = stylesheets.reduce((sum, [, t]) => sum + t.gzip, 0);
  const monacoCssEarly = await first.evaluate(hasMonacoRules);

  // 2a. Run → first output before Monaco: hold Monaco's chunks back, fresh page per run.
  const before: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route(/monaco-setup.*\.js$/, () => undefined); // never answered: Monaco stays unloaded
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    before.push(await runOnce(page));
    const editor = await page.locator('lab-sandbox').first().getAttribute('data-editor');
    if (editor === 'monaco') throw new Error('Monaco loaded although it was held back');
    await page.close();
  }

  // 3. Monaco's load cost, then 2b. Run → first output with Monaco loaded.
  await first.locator('lab-sandbox').first().scrollIntoViewIfNeeded();
  await first.waitForFunction(
    () => document.querySelector('lab-sandbox')?.getAttribute('data-editor') === 'monaco',
    null,
    {
      timeout: 60_000,
    },
  );
  // The TypeScript worker starts when the model is created; give it time to be fetched.
  await first.waitForTimeout(3000);
  const monacoMs = Number(await first.evaluate(() => document.documentElement.dataset.monacoMs));
  const monacoFiles = [...transfers.entries()].filter(([u]) => MONACO.test(u));
  const monacoJs = monacoFiles
    .filter(([, t]) => t.type.includes('javascript'))
    .reduce((s, [, t]) => s + t.gzip, 0);
  const monacoCss = monacoFiles.filter(([, t]) => t.type.includes('css')).reduce((s, [, t]) => s + t.gzip, 0);
  const monacoCssLoaded = await first.evaluate(hasMonacoRules);
  const runtime = [...transfers.entries()].filter(([u]) => /\/sandbox-runtime[^/]*\.js$/.test(u));
  const after: number[] = [];
  for (let i = 0; i < RUNS; i++) after.push(await runOnce(first));

  const report = {
    page: pagePath,
    jsBeforeInteractionKbGzip: kb(beforeInteraction),
    sandboxOwnJsBeforeInteractionKbGzip: kb(
      scripts.filter(([u]) => SANDBOX_OWN.test(u)).reduce((sum, [, t]) => sum + t.gzip, 0),
    ),
    jsBeforeInteractionFiles: scripts
      .filter(([u]) => !MONACO.test(u))
      .map(([u, t]) => [new URL(u).pathname, kb(t.gzip)]),
    monacoChunksFetchedBeforeInteraction: monacoEarly,
    cssBeforeInteractionKbGzip: kb(cssBeforeInteraction),
    cssBeforeInteractionFiles: stylesheets.map(([u, t]) => [new URL(u).pathname, kb(t.gzip)]),
    monacoCssBeforeInteraction: monacoCssEarly,
    monacoCssAfterLoad: monacoCssLoaded,
    runtimeWorkerKbGzip: kb(runtime.reduce((s, [, t]) => s + t.gzip, 0)),
    runToFirstOutputMs: {
      beforeMonaco: { median: median(before), runs: before },
      afterMonaco: { median: median(after), runs: after },
    },
    monaco: {
      jsKbGzip: kb(monacoJs),
      cssKbGzip: kb(monacoCss),
      loadMs: monacoMs,
      files: monacoFiles.map(([u, t]) => [new URL(u).pathname, kb(t.gzip)]),
    },
    budgets: {
      jsBeforeInteraction: beforeInteraction / 1024 <= 80 ? 'ok (≤ 80 KB)' : 'OVER (> 80 KB)',
      monacoCss: !monacoCssEarly && monacoCssLoaded ? 'ok (with Monaco only)' : 'WRONG (see monacoCss*)',
      runBeforeMonaco: median(before) <= 500 ? 'ok (≤ 500 ms)' : 'OVER (> 500 ms)',
      runAfterMonaco: median(after) <= 500 ? 'ok (≤ 500 ms)' : 'OVER (> 500 ms)',
    },
  };
  console.log(JSON.stringify(report, null, 2));
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/sandbox-budget.json', `${JSON.stringify(report, null, 2)}\n`);
} finally {
  await browser.close();
  await server.close();
}
