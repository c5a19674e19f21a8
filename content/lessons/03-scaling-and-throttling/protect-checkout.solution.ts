import { simulate } from '@lab/sim';

// Checkout needs about 100 × 0.5 = 50 concurrent executions on average,
// with random peaks above that. Reserving 100 guarantees it that much
// whatever reports does; the other 900 stay shared.

const result = simulate({
  seed: 4,
  horizonSeconds: 180,
  account: { concurrencyLimit: 1000 },
  functions: [
    {
      name: 'checkout',
      memoryMb: 512,
      timeoutMs: 10_000,
      reservedConcurrency: 100,
      arrivals: { kind: 'poisson', ratePerSecond: 100 },
      durationMs: { kind: 'exponential', meanMs: 500 },
    },
    {
      name: 'reports',
      memoryMb: 1024,
      timeoutMs: 10_000,
      arrivals: {
        kind: 'steps',
        steps: [
          { atSeconds: 0, ratePerSecond: 0 },
          { atSeconds: 60, ratePerSecond: 2000 },
          { atSeconds: 120, ratePerSecond: 0 },
        ],
      },
      durationMs: { kind: 'fixed', valueMs: 1000 },
    },
  ],
});

/** The answer: the simulation of the two functions with your limits. */
export type Answer = typeof result;

export default result;
