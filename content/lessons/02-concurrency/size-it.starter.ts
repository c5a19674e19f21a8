import { simulate } from '@lab/sim';

// A checkout API receives 250 requests per second on average,
// and each request takes 400 ms on average.

// 1. Estimate: how many requests are in flight at once,
//    on average? (Little's law)
const estimate = 0; // TODO

// 2. Confirm: simulate ten minutes of this traffic.
//    Fix the two TODO lines so that the scenario matches
//    the workload.
const result = simulate({
  seed: 1,
  horizonSeconds: 600,
  functions: [
    {
      name: 'checkout',
      memoryMb: 512,
      timeoutMs: 30_000,
      // TODO: the workload's rate
      arrivals: { kind: 'poisson', ratePerSecond: 25 },
      // TODO: the workload's mean duration
      durationMs: { kind: 'exponential', meanMs: 40 },
    },
  ],
});

export default { estimate, result };
