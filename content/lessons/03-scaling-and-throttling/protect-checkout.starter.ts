import { simulate } from '@lab/sim';

// Two functions share one account (1,000 concurrent executions).
// Checkout is critical. Reports is a batch job that floods the
// account for one minute, and while it runs checkout loses
// requests. Change the limits (not the traffic) so that checkout
// is never throttled and reports still gets its work done.

export default simulate({
  seed: 4,
  horizonSeconds: 180,
  account: { concurrencyLimit: 1000 },
  functions: [
    {
      name: 'checkout',
      memoryMb: 512,
      timeoutMs: 10_000,
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
