import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, type OpenPageOptions, openPage } from './browser.ts';
import { runSandbox, sandbox } from './sandbox-page.ts';

/**
 * Classes of hostile or clumsy learner code (issue 16), each with several variants written from the class:
 * output that tries to get around the one output budget, thrown values that cannot be read, huge errors,
 * errors from timers and rejections, output before a blocking loop, and what the time limit says.
 */
afterAll(closeBrowser);

const LESSON_4 = 'lessons/04-environment-reuse/';
const allow: OpenPageOptions['allow'] = [/Content Security Policy/, /Refused to/];
/** The output budget is 256 KB plus a reserve for the answer and the final error; the page shows at most this. */
const MAX_SHOWN_CHARS = 600_000;

async function run(page: Page, code: string): Promise<{ output: string; status: string; nodes: number }> {
  await runSandbox(page, code, 60_000);
  const el = sandbox(page);
  // Let sliced rendering finish.
  await page.waitForTimeout(300);
  return {
    output: (await el.locator('[data-output]').textContent()) ?? '',
    status: (await el.locator('[data-status]').textContent()) ?? '',
    nodes: await el.locator('[data-output] *').count(),
  };
}

describe('sandbox: output cannot get around its budget', () => {
  const floods: [string, string][] = [
    [
      '1,500 unhandled rejections of 20 KB',
      "for (let i = 0; i < 1500; i++) Promise.reject(new Error('r'.repeat(20000)));\nawait new Promise((r) => setTimeout(r, 200));",
    ],
    [
      '1,000 timer callbacks throwing 20 KB errors',
      "for (let i = 0; i < 1000; i++) setTimeout(() => { throw new Error('t'.repeat(20000)); }, 0);\nawait new Promise((r) => setTimeout(r, 300));",
    ],
    [
      '40 lines of 1 MB with JSON.stringify and String.prototype.slice patched',
      "JSON.stringify = () => '';\n(String.prototype as any).slice = function () { return String(this); };\nfor (let i = 0; i < 40; i++) console.log('x'.repeat(1_000_000));",
    ],
    [
      'an answer of shared sub-arrays (a million leaves)',
      'export default Array(100).fill(Array(100).fill(Array(100).fill(7)));',
    ],
    [
      'a result-shaped answer with 20,000 functions',
      "const f = { name: 'f', requests: 1, served: 1, throttled: 0, coldStarts: 0, coldStartProbability: 0, latencyMs: { p50: 1, p99: 1 }, concurrency: { max: 1, mean: 1 }, environments: { created: 1, max: 1 }, utilization: 0, costUsd: { total: 0 } };\nexport default { horizonMs: 1000, total: f, functions: Array.from({ length: 20000 }, (_, i) => ({ ...f, name: 'fn' + i })) };",
    ],
    [
      'console.table of a huge matrix',
      "console.table(Array.from({ length: 5000 }, (_, i) => Object.fromEntries(Array.from({ length: 500 }, (_, j) => ['c' + j, i * j]))));",
    ],
  ];

  it.each(floods)('caps %s', async (_name, code) => {
    const { page, expectNoProblems, close } = await openPage(LESSON_4, { allow });
    const { output, status, nodes } = await run(page, code);
    expect(output.length).toBeLessThan(MAX_SHOWN_CHARS);
    expect(nodes).toBeLessThan(20_000);
    expect(status).toMatch(/Finished|Failed/);
    // The page still answers and the sandbox still runs.
    expect((await run(page, "console.log('after', 1 + 1);")).output).toContain('after 2');
    expectNoProblems();
    await close();
  });
});

describe('sandbox: errors the learner can read', () => {
  const unreadable: [string, string][] = [
    [
      'an object whose getters throw',
      "throw { get message() { throw new Error('no'); }, get name() { throw 1; } };",
    ],
    [
      'a Proxy whose traps throw',
      'throw new Proxy({}, { get() { throw 1; }, getPrototypeOf() { throw 1; }, getOwnPropertyDescriptor() { throw 1; }, ownKeys() { throw 1; } });',
    ],
    [
      'an Error whose stack getter throws',
      "const e = new Error('hidden');\nObject.defineProperty(e, 'stack', { get() { throw new Error('no'); } });\nthrow e;",
    ],
    ['an object whose toString throws', "throw { toString() { throw new Error('no'); } };"],
    ['a rejected Proxy', 'await Promise.reject(new Proxy({}, { getPrototypeOf() { throw 1; } }));'],
  ];

  it.each(unreadable)('ends at once when the code throws %s', async (_name, code) => {
    const { page, expectNoProblems, close } = await openPage(LESSON_4, { allow });
    const { output, status } = await run(page, code);
    expect(status).toMatch(/^Failed/);
    expect(output).not.toMatch(/time limit/);
    // Whatever could be read is shown: the message, or that the value could not be shown.
    expect(output).toMatch(/Error: hidden|could not be shown|Uncaught: an object/);
    expectNoProblems();
    await close();
  });

  it('shows a huge error message cut, at its line, however it is thrown', async () => {
    const { page, expectNoProblems, close } = await openPage(LESSON_4, { allow });
    for (const [code, line] of [
      ["const a = 1;\nthrow new Error('x'.repeat(300000));", 2],
      ["function fail() {\n  throw new TypeError('y'.repeat(500000));\n}\nfail();", 2],
      ["const a = 1;\n\nawait Promise.reject(new RangeError('z'.repeat(300000)));", 3],
    ] as const) {
      const { output, status } = await run(page, code);
      expect(status).toMatch(/^Failed/);
      expect(output).toMatch(new RegExp(`line ${line}:\\d+\\s+(Type|Range)?Error: [xyz]{100}`));
      expect(output).toMatch(/message cut: [\d,]+ characters/);
      expect(output).not.toMatch(/kept running/);
    }
    expectNoProblems();
    await close();
  });

  it('shows errors from timer callbacks and unhandled rejections at their line, and never on the page', async () => {
    const { page, expectNoProblems, close } = await openPage(LESSON_4, { allow });
    const wait = '\nawait new Promise((r) => setTimeout(r, 100));';
    const timer = await run(page, `setTimeout(() => {\n  throw new Error('late');\n}, 10);${wait}`);
    expect(timer.output).toMatch(/line 2:\d+\s+Error: late/);
    const interval = await run(
      page,
      `const id = setInterval(() => {\n  clearInterval(id);\n  null!.x;\n}, 5);${wait}`,
    );
    expect(interval.output).toMatch(/line 3:\d+\s+TypeError/);
    const rejection = await run(page, `Promise.reject(new Error('nobody catches'));${wait}`);
    expect(rejection.output).toMatch(/line 1:\d+\s+Unhandled rejection: Error: nobody catches/);
    const thrownString = await run(page, `Promise.reject('plain text');${wait}`);
    expect(thrownString.output).toMatch(/Unhandled rejection: plain text/);
    expectNoProblems();
    await close();
  });
});

describe('sandbox: stopping and the time limit', () => {
  it('keeps what was logged before a blocking loop when the run is stopped or times out', async () => {
    const { page, close } = await openPage(LESSON_4, { allow });
    const el = sandbox(page);
    await el.evaluate((node) =>
      Object.assign(node, {
        code: "console.log('logged before');\nconsole.log('and this');\nwhile (true) {}",
      }),
    );
    await el.locator('[data-action=run]').click();
    await expect
      .poll(() => el.locator('[data-output]').textContent(), { timeout: 30_000 })
      .toContain('and this');
    await el.locator('[data-action=stop]').click();
    await expect
      .poll(() => el.locator('[data-output]').textContent())
      .toMatch(/logged before[\s\S]*Stopped\./);
    const timedOut = await run(page, "console.log('just before');\nfor (;;) {}");
    expect(timedOut.output).toMatch(/just before[\s\S]*time limit: the program was still computing/);
    await close();
  });

  it.each([
    ['a promise that never settles', 'await new Promise(() => {});'],
    [
      'an interval that keeps the program waiting',
      'setInterval(() => {}, 10);\nawait new Promise(() => {});',
    ],
    [
      'a timer chain that never resolves the answer',
      'const tick = () => setTimeout(tick, 50);\ntick();\nexport default new Promise(() => {});',
    ],
  ])('says the program was still waiting for %s', async (_name, code) => {
    const { page, close } = await openPage(LESSON_4, { allow });
    const { output } = await run(page, code);
    expect(output).toMatch(/time limit: the program was still waiting/);
    await close();
  });
});
