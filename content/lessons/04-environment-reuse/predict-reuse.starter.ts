import { type Scenario, show, simulate } from '@lab/sim';

// Four waves of simultaneous requests hit one function:
//   10 requests at 0 s,
//   15 requests at 5 min (300 s),
//   10 requests at 10 min (600 s),
//   20 requests at 20 min (1,200 s).
// Each request takes 200 ms. An idle environment is reclaimed
// 7 minutes (420 s) after its last request.
const waves = {
  seed: 1,
  horizonSeconds: 1500,
  functions: [
    {
      name: 'api',
      memoryMb: 512,
      durationMs: { kind: 'fixed', valueMs: 200 },
      initMs: { kind: 'fixed', valueMs: 300 },
      idleLifetimeMs: { kind: 'fixed', valueMs: 420_000 },
      arrivals: [
        { kind: 'burst', count: 10, atSeconds: 0 },
        { kind: 'burst', count: 15, atSeconds: 300 },
        { kind: 'burst', count: 10, atSeconds: 600 },
        { kind: 'burst', count: 20, atSeconds: 1200 },
      ],
    },
  ],
} satisfies Scenario;

// 1. Predict on paper, write your numbers here, press Run.
//    The checks compare them with the simulator.
// TODO: how many execution environments are created in total?
const environments = 0;
// TODO: how many requests have a cold start?
const coldStarts = 0;

// 2. Once both checks pass, set this to true and run again
//    to see the simulation behind them.
const reveal = false;
if (reveal) show(simulate(waves));

/** The answer: your two predictions. */
export type Answer = { environments: number; coldStarts: number };

export default { environments, coldStarts } satisfies Answer;
