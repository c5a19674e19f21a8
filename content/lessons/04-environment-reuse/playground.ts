import type { FunctionConfig, Scenario } from '@lab/sim';

const api = {
  name: 'api',
  memoryMb: 512,
  durationMs: { kind: 'fixed', valueMs: 200 },
  initMs: { kind: 'fixed', valueMs: 300 },
  idleLifetimeMs: { kind: 'fixed', valueMs: 420_000 },
} satisfies Omit<FunctionConfig, 'arrivals'>;

/**
 * Three waves of 50 simultaneous requests: at 0 s, 2 min and 10 min. The second wave finds the first
 * wave's environments idle and reuses them; by the third they have been reclaimed.
 */
export const waves = {
  seed: 6,
  horizonSeconds: 900,
  functions: [
    {
      ...api,
      arrivals: [
        { kind: 'burst', count: 50, atSeconds: 0 },
        { kind: 'burst', count: 50, atSeconds: 120 },
        { kind: 'burst', count: 50, atSeconds: 600 },
      ],
    },
  ],
} satisfies Scenario;

/** 1,000 requests at once, then a trickle of one request every 2 s on average for 15 minutes. */
export const burstThenTrickle = {
  seed: 7,
  horizonSeconds: 900,
  functions: [
    {
      ...api,
      arrivals: [
        { kind: 'burst', count: 1000, atSeconds: 0 },
        { kind: 'poisson', ratePerSecond: 0.5 },
      ],
    },
  ],
} satisfies Scenario;

/**
 * For the request walk: three requests at once, one at 1:00, one at 10:00, with the default 7-minute idle
 * lifetime. The 1:00 request reuses a warm environment; by 10:00 all three have been reclaimed, so that
 * request starts cold on a new one.
 */
export const reuseThenReclaim = {
  seed: 6,
  horizonSeconds: 660,
  functions: [
    {
      ...api,
      arrivals: [
        { kind: 'burst', count: 3, atSeconds: 0 },
        { kind: 'replay', timestampsMs: [60_000, 600_000] },
      ],
    },
  ],
} satisfies Scenario;
