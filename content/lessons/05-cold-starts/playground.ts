import { coldStartPreset, type Scenario } from '@lab/sim';
import type { PlaygroundClaim } from '~/explorables/claim.ts';

/**
 * Lesson 5 scenarios. One Node.js API function with a "kitchen sink" package (30 MB of dependencies),
 * served two ways: steady traffic and spiky traffic with the same number of requests per hour.
 */
const kitchenSinkInit = coldStartPreset({ runtime: 'nodejs22.x', packageMb: 30, memoryMb: 512 });

const api = {
  name: 'api',
  memoryMb: 512,
  durationMs: { kind: 'lognormal', medianMs: 60, p99Ms: 250 },
  initMs: kitchenSinkInit,
  timeoutMs: 10_000,
} as const;

/** 10 requests per second, all hour long: 36,000 requests. */
export const steady = {
  seed: 5,
  horizonSeconds: 3600,
  functions: [{ ...api, arrivals: { kind: 'poisson', ratePerSecond: 10 } }],
} satisfies Scenario;

/** Four 20-second rushes of 230 requests per second, 5 per second in between: 36,000 requests in all. */
const spikyArrivals = {
  kind: 'steps',
  steps: [
    { atSeconds: 0, ratePerSecond: 5 },
    { atSeconds: 600, ratePerSecond: 230 },
    { atSeconds: 620, ratePerSecond: 5 },
    { atSeconds: 1500, ratePerSecond: 230 },
    { atSeconds: 1520, ratePerSecond: 5 },
    { atSeconds: 2400, ratePerSecond: 230 },
    { atSeconds: 2420, ratePerSecond: 5 },
    { atSeconds: 3300, ratePerSecond: 230 },
    { atSeconds: 3320, ratePerSecond: 5 },
  ],
} as const;

/**
 * The same 36,000 requests, half of them in four 20-second rushes (a newsletter goes out, a push
 * notification lands): 5 requests per second in between, 230 per second during a rush.
 */
export const spiky = {
  seed: 5,
  horizonSeconds: 3600,
  functions: [
    {
      ...api,
      arrivals: spikyArrivals,
    },
  ],
} satisfies Scenario;

const route = (name: string, ratePerSecond: number, packageMb: number) =>
  ({
    name,
    memoryMb: 512,
    arrivals: { kind: 'poisson', ratePerSecond },
    durationMs: { kind: 'lognormal', medianMs: 60, p99Ms: 250 },
    initMs: coldStartPreset({ runtime: 'nodejs22.x', packageMb, memoryMb: 512 }),
    timeoutMs: 10_000,
  }) as const;

/** One function serving five routes: it loads every route's dependencies (30 MB) and sees all the traffic. */
export const monolith = {
  seed: 9,
  horizonSeconds: 3600,
  functions: [route('app', 0.5, 30)],
} satisfies Scenario;

/** The same five routes as five functions, each loading only its own 6 MB and seeing a fifth of the traffic. */
export const split = {
  seed: 9,
  horizonSeconds: 3600,
  functions: [
    route('orders', 0.1, 6),
    route('users', 0.1, 6),
    route('search', 0.1, 6),
    route('cart', 0.1, 6),
    route('admin', 0.1, 6),
  ],
} satisfies Scenario;

/**
 * The spiky traffic on a lean function: Node.js 22 with a 5 MB package (the playground's runtime and
 * package controls start from these values). Slide the package size up to see the kitchen sink return.
 */
export const lean = {
  seed: 5,
  horizonSeconds: 3600,
  functions: [
    {
      ...api,
      arrivals: spikyArrivals,
      initMs: coldStartPreset({ runtime: 'nodejs22.x', packageMb: 5, memoryMb: 512 }),
    },
  ],
} satisfies Scenario;

/** What `l5-steady-vs-spiky` exists to show. */
export const steadyVsSpikyClaim = {
  sentence:
    'The same 36,000 requests, spiky instead of steady, make about 40 times as many cold starts and a p99 three times higher.',
  matters: [
    { path: 'coldStarts', better: 'lower', expect: 'a' },
    { path: 'latencyMs.p99', better: 'lower', expect: 'a' },
  ],
  shows: [
    { side: 'a', path: 'coldStarts', atMost: 30 },
    { side: 'b', path: 'coldStarts', atLeast: 400 },
    { side: 'a', path: 'latencyMs.p99', atMost: 300 },
    { side: 'b', path: 'latencyMs.p99', atLeast: 700 },
  ],
} satisfies PlaygroundClaim;

/** What `l5-package` exists to show. */
export const leanClaim = {
  sentence:
    'With a 5 MB package the spiky hour has about 200 cold starts and a p99 under 300 ms (30 MB: 538 and 882 ms).',
  matters: [],
  shows: [
    { side: 'a', path: 'coldStarts', atMost: 250 },
    { side: 'a', path: 'latencyMs.p99', atMost: 300 },
  ],
} satisfies PlaygroundClaim;

/** What `l5-monolith-vs-split` exists to show. */
export const monolithVsSplitClaim = {
  sentence:
    'Five functions with a fifth of the traffic each have about three times the cold starts of one function serving it all.',
  matters: [{ path: 'coldStarts', better: 'lower', expect: 'a' }],
  shows: [
    { side: 'a', path: 'coldStarts', atMost: 6 },
    { side: 'b', path: 'coldStarts', atLeast: 10 },
  ],
} satisfies PlaygroundClaim;
