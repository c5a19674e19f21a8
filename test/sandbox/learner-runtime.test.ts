import * as sim from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { runLearnerCode, type Sim } from '../../src/sandbox/learner-runtime.ts';
import type { OutputEntry, WorkerMessage } from '../../src/sandbox/protocol.ts';

class FakeScenarioError extends RangeError {
  readonly issues = [
    { path: 'functions[0].memoryMb', message: 'functions[0].memoryMb must be 128–10240, got 50' },
  ];
  constructor() {
    super('functions[0].memoryMb must be 128–10240, got 50');
    this.name = 'ScenarioError';
  }
}

/** The real core with a stand-in `simulate` that answers at once (its own behaviour is tested in test/sim). */
const fakeSim: Sim = {
  ...sim,
  simulate: ((scenario: { memoryMb?: number }) => {
    if (scenario.memoryMb === 50) throw new FakeScenarioError();
    return { horizonMs: 1000, total: { requests: 3 }, functions: [] };
  }) as unknown as Sim['simulate'],
};

async function run(source: string, limits?: { maxLines: number; maxBytes: number }) {
  const messages: WorkerMessage[] = [];
  await runLearnerCode(source, {
    sim: fakeSim,
    post: (m) => messages.push(m),
    now: () => 0,
    ...(limits ? { limits } : {}),
  });
  const entries: OutputEntry[] = messages.flatMap((m) => (m.type === 'output' ? m.entries : []));
  const done = messages.find((m) => m.type === 'done');
  if (done?.type !== 'done') throw new Error('no done message');
  return { entries, done };
}

describe('runLearnerCode', () => {
  it('captures console output and the default export', async () => {
    const { entries, done } = await run(
      "const m = new Map([['a', 1]]);\nconsole.log('hi', m);\nexport default 42;\n",
    );
    expect(entries).toEqual([
      {
        kind: 'console',
        level: 'log',
        args: [
          { kind: 'primitive', type: 'string', text: 'hi' },
          {
            kind: 'map',
            size: 1,
            entries: [
              [
                { kind: 'primitive', type: 'string', text: 'a' },
                { kind: 'primitive', type: 'number', text: '1' },
              ],
            ],
          },
        ],
      },
    ]);
    expect(done).toMatchObject({ failed: false, checkable: { ok: true, value: 42 } });
  });

  it('awaits a promised default export and supports top-level await', async () => {
    const { done } = await run(
      'const x = await Promise.resolve(2);\nexport default Promise.resolve(x * 3);\n',
    );
    expect(done.checkable).toEqual({ ok: true, value: 6 });
  });

  it('points a thrown error at its line and column in the TypeScript', async () => {
    const source =
      "import { simulate } from '@lab/sim';\ntype T = number;\nconst a: T = 1;\n    throw new TypeError('boom');\n";
    const { entries, done } = await run(source);
    expect(done.failed).toBe(true);
    expect(entries.at(-1)).toMatchObject({
      kind: 'error',
      name: 'TypeError',
      message: 'boom',
      position: { line: 4, column: 11 },
    });
  });

  it('reports an invalid scenario with its issues at the calling line', async () => {
    const source =
      "import { simulate } from '@lab/sim';\n\nconst r = simulate({ memoryMb: 50 });\nexport default r;\n";
    const { entries } = await run(source);
    expect(entries.at(-1)).toMatchObject({
      kind: 'error',
      name: 'ScenarioError',
      position: { line: 3 },
      issues: [{ path: 'functions[0].memoryMb' }],
    });
  });

  it('reports a syntax error at its position and still ends the run', async () => {
    const { entries, done } = await run('const a = 1;\nconst b = (;\n');
    expect(entries).toEqual([
      { kind: 'error', name: 'SyntaxError', message: expect.any(String), position: { line: 2, column: 12 } },
    ]);
    expect(done.failed).toBe(true);
  });

  it('reports a rejected default export', async () => {
    const { entries } = await run("export default Promise.reject(new Error('nope'));\n");
    expect(entries.at(-1)).toMatchObject({ kind: 'error', message: 'nope' });
  });

  it('survives deep recursion', async () => {
    const { entries } = await run(
      'function f(n: number): number { return f(n + 1) + 1; }\nexport default f(0);\n',
    );
    expect(entries.at(-1)).toMatchObject({ kind: 'error', name: 'RangeError', position: { line: 1 } });
  });

  it('truncates output past the cap with one notice', async () => {
    const { entries } = await run('for (let i = 0; i < 10000; i++) console.log(i);\n', {
      maxLines: 5,
      maxBytes: 100_000,
    });
    expect(entries).toHaveLength(6);
    expect(entries.at(-1)).toMatchObject({ kind: 'truncated' });
  });

  it('renders a simulation result given to show()', async () => {
    const { entries } = await run(
      "import { simulate, show } from '@lab/sim';\nshow(simulate({}), 'base');\n",
    );
    expect(entries[0]).toMatchObject({
      kind: 'show',
      label: 'base',
      results: [{ label: '', view: { columns: ['total'] } }],
    });
  });

  it('refuses imports other than the simulator', async () => {
    const { entries } = await run("import fs from 'node:fs';\nexport default fs;\n");
    expect(entries.at(-1)).toMatchObject({ kind: 'error', message: expect.stringContaining("'node:fs'") });
  });

  it('says when an answer cannot be checked', async () => {
    const { done } = await run('export default { f: () => 1 };\n');
    expect(done.checkable).toMatchObject({ ok: false });
  });
});

describe('error positions', () => {
  it('points a failing simulator call at the call in the TypeScript', async () => {
    const messages: WorkerMessage[] = [];
    const source =
      "import { simulate } from '@lab/sim';\n// note\nconst result = simulate({ memoryMb: 50 });\n";
    await runLearnerCode(source, { sim: fakeSim, post: (m) => messages.push(m), now: () => 0 });
    const entries = messages.flatMap((m) => (m.type === 'output' ? m.entries : []));
    expect(entries.at(-1)).toMatchObject({ position: { line: 3, column: 16 } });
  });
});

describe('hostile learner code', () => {
  it('ends at once, naming it, when the thrown value cannot be read', async () => {
    const variants = [
      "throw { get message() { throw new Error('no'); } };",
      'throw new Proxy({}, { get() { throw 1; }, getPrototypeOf() { throw 1; }, getOwnPropertyDescriptor() { throw 1; } });',
      "const e = new Error('hidden');\nObject.defineProperty(e, 'stack', { get() { throw new Error('no stack'); } });\nthrow e;",
      'throw Object.create(null);',
    ];
    for (const code of variants) {
      const { entries, done } = await run(code);
      expect(done.failed).toBe(true);
      const last = entries.at(-1);
      expect(last).toMatchObject({ kind: 'error' });
      expect(JSON.stringify(last)).not.toContain('no stack');
    }
    const { entries } = await run('throw new Proxy({}, { getPrototypeOf() { throw 1; } });');
    expect(entries.at(-1)).toMatchObject({ message: 'threw a value that could not be shown' });
  });

  it('shows a huge error message cut, with its line', async () => {
    const { entries } = await run("const x = 1;\nthrow new Error('x'.repeat(300000));\n");
    const last = entries.at(-1);
    expect(last).toMatchObject({ kind: 'error', name: 'Error', position: { line: 2 } });
    expect(last?.kind === 'error' && last.message.length).toBeLessThan(3000);
    expect(last?.kind === 'error' && last.message).toMatch(/message cut: 300,000 characters/);
  });

  it('keeps the budget when the learner patches the built-ins it would measure with', async () => {
    const { stringify } = JSON;
    const { slice } = String.prototype;
    const { entries } = await run(
      "JSON.stringify = () => '';\n(String.prototype as any).slice = function () { return this; };\nfor (let i = 0; i < 40; i++) console.log('x'.repeat(1_000_000));\n",
    ).finally(() => {
      JSON.stringify = stringify;
      String.prototype.slice = slice;
    });
    const size = entries.reduce((sum, e) => sum + JSON.stringify(e).length, 0);
    expect(size).toBeLessThan(300_000);
    expect(entries.at(-1)).toMatchObject({ kind: 'truncated' });
  });

  it('caps an answer made of shared sub-arrays', async () => {
    const { done } = await run('export default Array(100).fill(Array(100).fill(Array(100).fill(1)));\n');
    expect(JSON.stringify(done.answer).length).toBeLessThan(200_000);
  });

  it('logs before and after a flood keep their order, and the final error still shows', async () => {
    const { entries, done } = await run(
      "for (let i = 0; i < 2000; i++) console.log(i);\nthrow new Error('end');\n",
    );
    expect(done.failed).toBe(true);
    expect(entries.at(-1)).toMatchObject({ kind: 'error', message: 'end' });
    expect(entries.filter((e) => e.kind === 'truncated')).toHaveLength(1);
  });
});
