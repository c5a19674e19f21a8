import type { FunctionConfig, Scenario } from '@lab/sim';
import type { PlaygroundClaim } from '~/explorables/claim.ts';

/** The critical function: steady checkout traffic, about 50 requests in flight. */
const checkout = {
  name: 'checkout',
  memoryMb: 512,
  timeoutMs: 10_000,
  arrivals: { kind: 'poisson', ratePerSecond: 100 },
  durationMs: { kind: 'exponential', meanMs: 500 },
} satisfies FunctionConfig;

/** The noisy neighbour: a report job that floods the account for one minute. */
const reports = {
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
} satisfies FunctionConfig;

/** Two functions share the default 1,000 account concurrency; the report job crowds checkout out. */
export const noisyNeighbour = {
  seed: 4,
  horizonSeconds: 180,
  account: { concurrencyLimit: 1000, scaling: 'per-function' },
  functions: [checkout, reports],
} satisfies Scenario;

/** The same account with 100 concurrency reserved for checkout. */
export const protectedCheckout = {
  ...noisyNeighbour,
  functions: [{ ...checkout, reservedConcurrency: 100 }, reports],
} satisfies Scenario;

/** A flash sale: traffic jumps from nothing to 3,000 requests per second, each taking one second. */
export const flashSale = {
  seed: 5,
  horizonSeconds: 120,
  account: { concurrencyLimit: 10_000, scaling: 'per-function' },
  functions: [
    {
      name: 'shop',
      memoryMb: 512,
      timeoutMs: 10_000,
      arrivals: {
        kind: 'steps',
        steps: [
          { atSeconds: 0, ratePerSecond: 0 },
          { atSeconds: 10, ratePerSecond: 3000 },
        ],
      },
      durationMs: { kind: 'fixed', valueMs: 1000 },
    },
  ],
} satisfies Scenario;

/** The same flash sale under the pre-November-2023 rule, in a Region whose initial burst was 500. */
export const flashSaleLegacy = {
  ...flashSale,
  account: { concurrencyLimit: 10_000, scaling: 'legacy-burst', legacyBurst: 500 },
} satisfies Scenario;

/** What `l3-flash-sale` exists to show. */
export const flashSaleClaim = {
  sentence:
    'Under today’s scaling rule the sale loses about 19,000 requests to throttling; under the old rule with a 500 burst, about 224,000.',
  matters: [{ path: 'throttled', better: 'lower', expect: 'a' }],
  shows: [
    { side: 'a', path: 'throttled', atLeast: 15_000, atMost: 25_000 },
    { side: 'b', path: 'throttled', atLeast: 200_000 },
  ],
} satisfies PlaygroundClaim;

/** What `l3-noisy-neighbour` exists to show (read from checkout alone). */
export const noisyNeighbourClaim = {
  sentence: 'Reserving 100 for checkout takes its throttles from about 3,000 to 0 while reports runs.',
  fn: 'checkout',
  matters: [{ path: 'throttled', better: 'lower', expect: 'b' }],
  shows: [
    { side: 'a', path: 'throttled', atLeast: 2500 },
    { side: 'b', path: 'throttled', atMost: 0 },
  ],
} satisfies PlaygroundClaim;
