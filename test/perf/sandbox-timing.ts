/**
 * What a learner waits for in a sandbox, measured in the page from the learner's own input: the click's
 * event time (when the input happened, even if the page was too busy to handle it) to the first output
 * node appearing in the sandbox's output and the next frame after it (painted), and to the run's end
 * (checks included). Independent of the sandbox's own instrumentation, so any version can be measured.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** One measured Run. All times in ms from the click. */
export interface RunTiming {
  /** Click → the first output entry is in the DOM and a frame has been produced after it. */
  firstOutputMs: number;
  /** Click → the run (and its checks) ended. */
  doneMs: number;
  /** The sandbox's status line at the end. */
  status: string;
  /** The editor showing when Run was clicked. */
  editor: string;
}

/** Init script: records the click on Run and what followed, in `window.__sandboxTiming`. */
function recordTimings(): void {
  if (window.top !== window) return;
  const state = { click: Number.NaN, first: Number.NaN, done: Number.NaN };
  Object.assign(window, { __sandboxTiming: state });
  addEventListener(
    'click',
    (event) => {
      const target = event.target as Element | null;
      if (!target?.closest('[data-action=run]')) return;
      state.click = event.timeStamp;
      state.first = Number.NaN;
      state.done = Number.NaN;
      const sandbox = target.closest('lab-sandbox');
      const output = sandbox?.querySelector('[data-output]');
      if (!sandbox || !output) return;
      const seen = new MutationObserver((records) => {
        const added = records.some((r) =>
          [...r.addedNodes].some((n) => !(n instanceof Element && n.classList.contains('sb-placeholder'))),
        );
        if (!added || !Number.isNaN(state.first)) return;
        seen.disconnect();
        requestAnimationFrame(() => {
          state.first = performance.now();
        });
      });
      seen.observe(output, { childList: true, subtree: true });
      const runs = Number(sandbox.getAttribute('data-runs') ?? 0);
      const ended = new MutationObserver(() => {
        if (Number(sandbox.getAttribute('data-runs') ?? 0) <= runs) return;
        ended.disconnect();
        state.done = performance.now();
      });
      ended.observe(sandbox, { attributes: true, attributeFilter: ['data-runs'] });
    },
    true,
  );
}

/** Opens `url` in a fresh page of `context`, with the timing recorder installed. */
export async function freshPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(recordTimings);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('lab-sandbox[data-ready]', { state: 'attached', timeout: 60_000 });
  return page;
}

/** Waits until the first sandbox shows Monaco and its TypeScript worker has had time to start. */
export async function waitForMonaco(page: Page): Promise<void> {
  await page.locator('lab-sandbox').first().scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => document.querySelector('lab-sandbox')?.getAttribute('data-editor') === 'monaco',
    null,
    { timeout: 90_000 },
  );
  await page.waitForTimeout(2000);
}

/** Wheel steps a learner's scroll is made of, and the time between two, in ms (a quick flick per screen). */
const WHEEL_GAP_MS = 80;

/**
 * Scrolls until the first sandbox's Run button is on screen. `wheel` (the default) scrolls as a learner does,
 * one screen per wheel step every {@link WHEEL_GAP_MS} (the page sees the scroll begin); `jump` puts the
 * button on screen at once, as if the learner clicked Run within a few ms of the page loading
 * (`PERF_SCROLL=jump`).
 */
async function scrollToRun(page: Page): Promise<void> {
  const run = page.locator('lab-sandbox').first().locator('[data-action=run]');
  if (process.env['PERF_SCROLL'] === 'jump') return run.scrollIntoViewIfNeeded();
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  for (let i = 0; i < 100; i++) {
    const box = await run.boundingBox();
    if (!box) break;
    const below = box.y + box.height - (viewport.height - 40);
    const above = box.y - 40;
    if (below <= 0 && above >= 0) return;
    const delta = below > 0 ? Math.min(below + viewport.height / 3, viewport.height) : above;
    await page.mouse.wheel(0, Math.max(-viewport.height, delta));
    await page.waitForTimeout(WHEEL_GAP_MS);
  }
  await run.scrollIntoViewIfNeeded();
}

/** Clicks Run on the first sandbox (scrolling to it, as a learner does) and waits for the run to end. */
export async function clickRun(page: Page, code?: string): Promise<RunTiming> {
  const sandbox = page.locator('lab-sandbox').first();
  if (code !== undefined) await sandbox.evaluate((node, c) => Object.assign(node, { code: c }), code);
  const editor = (await sandbox.getAttribute('data-editor')) ?? 'static';
  await scrollToRun(page);
  await sandbox.locator('[data-action=run]').click();
  await page.waitForFunction(
    () => {
      const t = (window as unknown as { __sandboxTiming: Record<string, number> }).__sandboxTiming;
      return !Number.isNaN(t['done'] ?? Number.NaN) && !Number.isNaN(t['first'] ?? Number.NaN);
    },
    null,
    { timeout: 90_000, polling: 50 },
  );
  const t = await page.evaluate(
    () => (window as unknown as { __sandboxTiming: Record<string, number> }).__sandboxTiming,
  );
  const click = t['click'] ?? Number.NaN;
  return {
    firstOutputMs: Math.round((t['first'] ?? Number.NaN) - click),
    doneMs: Math.round((t['done'] ?? Number.NaN) - click),
    status: (await sandbox.locator('[data-status]').textContent()) ?? '',
    editor,
  };
}

/** The exercise files embedded in the first sandbox. */
export async function exerciseFiles(page: Page): Promise<{ starter: string; solution: string | null }> {
  const text = await page.locator('lab-sandbox script[data-files]').first().textContent();
  return JSON.parse(text ?? '{}') as { starter: string; solution: string | null };
}

/** The median of `values` (the upper one of an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
