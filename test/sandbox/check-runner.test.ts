import * as sim from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { createCheckRunner, runCheckFile } from '../../src/sandbox/check-runner.ts';
import type { Sim } from '../../src/sandbox/learner-runtime.ts';
import type { WorkerMessage } from '../../src/sandbox/protocol.ts';

/** A check file whose one check compares the answer with a simulated count (as lesson checks do). */
const CHECK = `import { defineChecks, simulate } from '@lab/sim';
const truth = () => simulate({ seed: 1, horizonSeconds: 60, functions: [{ name: 'a', arrivals: { kind: 'poisson', ratePerSecond: 4 }, durationMs: { kind: 'fixed', valueMs: 50 } }] }).total.requests;
export default defineChecks<number>([{ name: 'count', hints: ['h1', 'h2', 'h3'], test: (a) => a === truth() }]);
`;
const STARTER = 'export default 0;\n';

/** The real core, counting simulations; `host` collects what the runner posts. */
function setup() {
  let runs = 0;
  const messages: WorkerMessage[] = [];
  const core: Sim = {
    ...sim,
    simulate: (s) => {
      runs++;
      return sim.simulate(s);
    },
  };
  const host = { sim: core, post: (m: WorkerMessage) => messages.push(m), now: () => 0 };
  return { host, messages, runs: () => runs };
}
const truth = sim.simulate({
  seed: 1,
  horizonSeconds: 60,
  functions: [
    {
      name: 'a',
      arrivals: { kind: 'poisson', ratePerSecond: 4 },
      durationMs: { kind: 'fixed', valueMs: 50 },
    },
  ],
}).total.requests;
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('runCheckFile', () => {
  it('runs the check file on an answer', async () => {
    const { host, messages } = setup();
    const source =
      "import { defineChecks } from '@lab/sim';\nimport type { Answer } from './x.solution';\nexport default defineChecks<number>([{ name: 'big', hints: ['more', 'x', 'y'], test: (a) => a > 10 }]);\n";
    await runCheckFile(source, 3, host);
    expect(messages).toEqual([
      { type: 'checks', outcomes: [{ name: 'big', hints: ['more', 'x', 'y'], passed: false }] },
    ]);
  });
});

describe('createCheckRunner', () => {
  it('does the answer-independent work ahead: the check then simulates nothing', async () => {
    const { host, messages, runs } = setup();
    const runner = createCheckRunner(host);
    runner.prime(CHECK, STARTER);
    await settle();
    expect(runs()).toBe(1);
    await runner.check(CHECK, truth);
    expect(runs()).toBe(1);
    expect(messages).toEqual([{ type: 'checks', outcomes: [{ name: 'count', hints: [], passed: true }] }]);
  });

  it('gives the same verdict with or without work ahead, even after a forged suggestion', async () => {
    const { host, messages } = setup();
    const runner = createCheckRunner(host);
    runner.suggest({
      seed: 1,
      horizonSeconds: 60,
      functions: [
        {
          name: 'a',
          arrivals: { kind: 'poisson', ratePerSecond: 9 },
          durationMs: { kind: 'fixed', valueMs: 50 },
        },
      ],
    });
    runner.suggest({ total: { requests: 7 } });
    await settle();
    await runner.check(CHECK, 7);
    expect(messages).toEqual([
      { type: 'checks', outcomes: [{ name: 'count', hints: ['h1', 'h2', 'h3'], passed: false }] },
    ]);
  });

  it('uses what a suggestion computed when the check simulates the same scenario', async () => {
    const { host, runs } = setup();
    const runner = createCheckRunner(host);
    runner.suggest({
      seed: 1,
      horizonSeconds: 60,
      functions: [
        {
          name: 'a',
          arrivals: { kind: 'poisson', ratePerSecond: 4 },
          durationMs: { kind: 'fixed', valueMs: 50 },
        },
      ],
    });
    await settle();
    await runner.check(CHECK, truth);
    expect(runs()).toBe(1);
  });

  it('pauses its work ahead while held (a run goes on), and goes on with suggestions', async () => {
    const { host, runs } = setup();
    const runner = createCheckRunner(host);
    runner.hold(true);
    runner.prime(CHECK, 'export default 1;\n');
    await settle();
    expect(runs()).toBe(0);
    runner.suggest({
      seed: 2,
      horizonSeconds: 60,
      functions: [
        {
          name: 'a',
          arrivals: { kind: 'poisson', ratePerSecond: 1 },
          durationMs: { kind: 'fixed', valueMs: 50 },
        },
      ],
    });
    await settle();
    expect(runs()).toBe(1);
    runner.hold(false);
    await settle();
    expect(runs()).toBe(2);
  });

  it('reports a check file that does not export checks', async () => {
    const { host, messages } = setup();
    await createCheckRunner(host).check('export default 1;\n', 1);
    expect(messages).toEqual([
      { type: 'check-error', message: 'the check file must export defineChecks([...]) as default' },
    ]);
  });
});
