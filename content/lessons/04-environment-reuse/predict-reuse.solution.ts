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
// Wave by wave (an idle environment lives 420 s after its last request):
//   0 s:     nothing exists yet → 10 new (10 cold starts).
//   300 s:   the 10 are idle (used at 0 s) → 10 reused, 5 new.
//   600 s:   15 idle (last used at 300 s) → 10 reused, 0 new.
//   1,200 s: the 10 used at 600 s went at 1,020 s, the other 5
//            at 720 s → nothing is left: 20 new.
const environments = 10 + 5 + 0 + 20;
// Every new environment begins with exactly one cold start.
const coldStarts = environments;

// 2. Once both checks pass, set this to true and run again
//    to see the simulation behind them.
const reveal = true;
if (reveal) show(simulate(waves));

/** The answer: your two predictions. */
export type Answer = { environments: number; coldStarts: number };

export default { environments, coldStarts } satisfies Answer;
