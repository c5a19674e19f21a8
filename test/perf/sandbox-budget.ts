/**
 * Sandbox timings a learner waits for (issue 12's table), measured on the built site in the system Chromium:
 * a measurement, not a test. Each row is the median of RUNS runs, each on a fresh page, timed from the
 * learner's click (its input event time) to the first output painted and to the run's end (checks included):
 *
 *  1. scroll to the sandbox and click Run at once (Monaco may be loading), desktop, every lesson, warm cache;
 *  2. the same with a cold browser cache (a new browser context per run), lesson 4;
 *  3. Run with the editor (Monaco) loaded: lessons 4, 2 and 8, their starter code;
 *  4. lesson 7's reference solution, editor loaded (click → checks done);
 *  5. a phone (390 px, touch: the plain editor, no Monaco), lesson 2;
 *  6. Stop on a runaway loop (click → "Stopped.").
 * Plus the JavaScript a lesson page loads before interaction (gzip, Monaco excluded).
 *
 * Usage: `npm run build && npm run perf:sandbox [-- <dist dir>]`; `PERF_RUNS=7` for more runs, `PERF_ONLY=<regex>`
 * to measure only the rows whose description matches (e.g. `PERF_ONLY='02-|phone'`). Prints the
 * table and writes test-results/sandbox-budget.json. Note the machine's load average next to the numbers.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/static-server.ts';
import {
  clickRun,
  exerciseFiles,
  freshPage,
  median,
  type RunTiming,
  waitForMonaco,
} from './sandbox-timing.ts';

const [distArg = 'dist'] = process.argv.slice(2);
const RUNS = Math.max(5, Number(process.env['PERF_RUNS'] ?? 5));
const ONLY = new RegExp(process.env['PERF_ONLY'] ?? '');
const LESSONS = [
  '01-compute-spectrum',
  '02-concurrency',
  '03-scaling-and-throttling',
  '04-environment-reuse',
  '05-cold-starts',
  '06-provisioned-concurrency',
  '07-cost',
  '08-capstone',
];
const MONACO = /monaco-setup|editor\.api|editor\.worker|ts\.worker|tsMode|typescript\.|codicon/;
const DESKTOP = { viewport: { width: 1280, height: 900 } };

interface Row {
  what: string;
  goal: string;
  firstOutputMs: number[];
  doneMs: number[];
  status: string;
}

const rows: Row[] = [];
const server = await serveStatic(resolve(distArg), '/');
const browser: Browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
const url = (lesson: string) => new URL(`lessons/${lesson}/`, server.url).href;

/** Runs `measure` RUNS times, each on a fresh page of `context()`, and records a row. */
async function row(
  what: string,
  goal: string,
  lesson: string,
  context: () => Promise<BrowserContext>,
  measure: (page: Awaited<ReturnType<typeof freshPage>>) => Promise<RunTiming>,
): Promise<void> {
  if (!ONLY.test(what)) return;
  const timings: RunTiming[] = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await context();
    const page = await freshPage(ctx, url(lesson));
    timings.push(await measure(page));
    await page.close();
  }
  const r: Row = {
    what,
    goal,
    firstOutputMs: timings.map((t) => t.firstOutputMs),
    doneMs: timings.map((t) => t.doneMs),
    status: timings.at(-1)?.status ?? '',
  };
  rows.push(r);
  console.error(`${what}: first output ${median(r.firstOutputMs)} ms, done ${median(r.doneMs)} ms`);
}

try {
  // A context whose HTTP cache holds the site's assets, Monaco included (a learner on their second lesson).
  const warm = await browser.newContext(DESKTOP);
  const sizes = new Map<string, number>();
  const primer = await warm.newPage();
  primer.on('response', async (response) => {
    if (!/javascript/.test(response.headers()['content-type'] ?? '')) return;
    const body = await response.body().catch(() => undefined);
    if (body) sizes.set(response.url(), gzipSync(body, { level: 9 }).length);
  });
  await primer.goto(url('02-concurrency'), { waitUntil: 'load' });
  await primer.waitForTimeout(1500);
  const beforeInteraction = [...sizes].filter(([u]) => !MONACO.test(u)).reduce((s, [, b]) => s + b, 0);
  await waitForMonaco(primer);
  await primer.close();
  const warmContext = async () => warm;

  for (const lesson of LESSONS) {
    await row(`click Run at once, Monaco loading: ${lesson}`, '≤ 500', lesson, warmContext, (p) =>
      clickRun(p),
    );
  }
  const coldContexts: BrowserContext[] = [];
  await row(
    'same, cold browser cache: 04-environment-reuse',
    '≤ 1500',
    '04-environment-reuse',
    async () => {
      const ctx = await browser.newContext(DESKTOP);
      coldContexts.push(ctx);
      return ctx;
    },
    (p) => clickRun(p),
  );
  for (const ctx of coldContexts) await ctx.close();
  for (const lesson of ['04-environment-reuse', '02-concurrency', '08-capstone']) {
    const goal = lesson === '08-capstone' ? '≤ 1000' : '≤ 300';
    await row(`Run with the editor loaded: ${lesson}`, goal, lesson, warmContext, async (page) => {
      await waitForMonaco(page);
      return clickRun(page);
    });
  }
  await row(
    'lesson 7 reference solution, editor loaded',
    '≤ 1000 (done)',
    '07-cost',
    warmContext,
    async (page) => {
      await waitForMonaco(page);
      const { solution } = await exerciseFiles(page);
      return clickRun(page, solution ?? undefined);
    },
  );
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  });
  await row(
    'phone (390 px, touch), no Monaco: 02-concurrency',
    '≤ 700',
    '02-concurrency',
    async () => phone,
    (p) => clickRun(p),
  );
  await phone.close();
  const stops: number[] = [];
  for (let i = 0; i < (ONLY.test('Stop') ? RUNS : 0); i++) {
    const page = await freshPage(warm, url('04-environment-reuse'));
    const sandbox = page.locator('lab-sandbox').first();
    await sandbox.evaluate((node) => Object.assign(node, { code: 'while (true) {}' }));
    await sandbox.locator('[data-action=run]').click();
    await page.waitForTimeout(300);
    const started = Date.now();
    await sandbox.locator('[data-action=stop]').click();
    await page.waitForFunction(() =>
      document.querySelector('[data-output]')?.textContent?.includes('Stopped.'),
    );
    stops.push(Date.now() - started);
    await page.close();
  }
  if (stops.length)
    rows.push({
      what: 'Stop a runaway loop (click → "Stopped.")',
      goal: '≤ 3000',
      firstOutputMs: stops,
      doneMs: stops,
      status: 'Stopped.',
    });

  const load = loadavg().map((l) => l.toFixed(2));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const table = [
    line([
      'what the learner does',
      'click → first output (median)',
      'click → done (median)',
      'goal',
      'runs (first output)',
    ]),
    line(['---', '---:', '---:', '---', '---']),
    ...rows.map((r) =>
      line([
        r.what,
        `${median(r.firstOutputMs)} ms`,
        `${median(r.doneMs)} ms`,
        r.goal,
        r.firstOutputMs.join(', '),
      ]),
    ),
  ].join('\n');
  console.log(
    `${table}\n\nJS before interaction (lesson 2, gzip, Monaco excluded): ${(beforeInteraction / 1024).toFixed(1)} KB`,
  );
  console.log(
    `Load average at the end (1/5/15 min): ${load.join(' ')}; ${RUNS} runs per row, each on a fresh page.`,
  );
  console.log(
    `Status line after the last L7 run: ${rows.find((r) => r.what.startsWith('lesson 7'))?.status}`,
  );
  await mkdir('test-results', { recursive: true });
  await writeFile(
    'test-results/sandbox-budget.json',
    `${JSON.stringify({ runs: RUNS, loadAverage: load, jsBeforeInteractionBytesGzip: beforeInteraction, rows }, null, 2)}\n`,
  );
  await warm.close();
} finally {
  await browser.close();
  await server.close();
}
