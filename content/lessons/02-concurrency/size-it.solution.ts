import { simulate } from '@lab/sim';

// A checkout API receives 250 requests per second on average,
// and each request takes 400 ms on average.
const ratePerSecond = 250;
const meanDurationMs = 400;

// 1. Little's law: concurrency = requests per second × duration (s)
//    = 250 × 0.4 = 100.
const estimate = ratePerSecond * (meanDurationMs / 1000);

// 2. Ten minutes of the same traffic in the simulator.
const result = simulate({
  seed: 1,
  horizonSeconds: 600,
  functions: [
    {
      name: 'checkout',
      memoryMb: 512,
      timeoutMs: 30_000,
      arrivals: { kind: 'poisson', ratePerSecond },
      durationMs: { kind: 'exponential', meanMs: meanDurationMs },
    },
  ],
});

/** The answer: your estimate, and the simulation that should confirm it. */
export type Answer = { estimate: number; result: ReturnType<typeof simulate> };

export default { estimate, result } satisfies Answer;
