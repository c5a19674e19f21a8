import type { FunctionConfig, Scenario } from '@lab/sim';
import type { PlaygroundClaim } from '~/explorables/claim.ts';

const clicks = {
  name: 'clicks',
  memoryMb: 512,
  durationMs: { kind: 'fixed', valueMs: 100 },
} satisfies Omit<FunctionConfig, 'arrivals'>;

/** 1,000 requests in the same instant: every one overlaps every other. */
export const burst = {
  seed: 2,
  horizonSeconds: 600,
  functions: [{ ...clicks, arrivals: { kind: 'burst', count: 1000, atSeconds: 0 } }],
} satisfies Scenario;

/** The same 1,000 requests, one every 0.6 s over 10 minutes: they almost never overlap. */
export const spread = {
  ...burst,
  functions: [
    {
      ...clicks,
      arrivals: { kind: 'replay', timestampsMs: Array.from({ length: 1000 }, (_, i) => i * 600) },
    },
  ],
} satisfies Scenario;

/** Steady random traffic: 20 requests per second, 500 ms each on average, so about 10 in flight. */
export const rateTimesDuration = {
  seed: 3,
  horizonSeconds: 600,
  functions: [
    {
      name: 'api',
      memoryMb: 512,
      arrivals: { kind: 'poisson', ratePerSecond: 20 },
      durationMs: { kind: 'exponential', meanMs: 500 },
      timeoutMs: 30000,
    },
  ],
} satisfies Scenario;

/** What `l2-burst` exists to show. */
export const burstClaim = {
  sentence:
    '1,000 requests at once need 1,000 environments, each with a cold start; the same 1,000 spread over 10 minutes need 1.',
  matters: [{ path: 'environments.created', better: 'lower', expect: 'b' }],
  shows: [
    { side: 'a', path: 'environments.created', atLeast: 1000, atMost: 1000 },
    { side: 'a', path: 'coldStarts', atLeast: 1000, atMost: 1000 },
    { side: 'b', path: 'environments.created', atMost: 1 },
  ],
} satisfies PlaygroundClaim;

/** What `l2-rate-duration` exists to show. */
export const rateTimesDurationClaim = {
  sentence:
    '20 requests per second of 500 ms keep about 10 in flight on average (rate × duration), while the peak reaches more than twice that.',
  matters: [],
  shows: [
    { side: 'a', path: 'concurrency.mean', atLeast: 9, atMost: 11 },
    { side: 'a', path: 'concurrency.max', atLeast: 20 },
  ],
} satisfies PlaygroundClaim;

/**
 * For the request walk: 5 clicks at the same instant, then 5 more 0.6 s apart. The five at once need five
 * environments (five cold starts); the five spaced ones all land, warm, on one of them.
 */
export const fewClicks = {
  seed: 2,
  horizonSeconds: 6,
  functions: [
    {
      ...clicks,
      durationMs: { kind: 'fixed', valueMs: 400 },
      initMs: { kind: 'fixed', valueMs: 300 },
      arrivals: [
        { kind: 'burst', count: 5, atSeconds: 0 },
        { kind: 'replay', timestampsMs: [2000, 2600, 3200, 3800, 4400] },
      ],
    },
  ],
} satisfies Scenario;
