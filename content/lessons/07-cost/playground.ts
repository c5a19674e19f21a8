import type { FunctionConfig, Scenario } from '@lab/sim';
import type { PlaygroundClaim } from '~/explorables/claim.ts';

/**
 * Lesson 7 scenarios. `orders` is I/O-bound: most of its 120 ms is spent waiting for a database, so more
 * memory (and CPU) does not make it faster. 20 requests per second for one hour.
 */
const orders = {
  name: 'orders',
  memoryMb: 256,
  timeoutMs: 10_000,
  arrivals: { kind: 'poisson', ratePerSecond: 20 },
  durationMs: { kind: 'lognormal', medianMs: 120, p99Ms: 400 },
} as const satisfies FunctionConfig;

/** The I/O-bound function at 256 MB. */
export const ioBound = {
  seed: 7,
  horizonSeconds: 3600,
  functions: [orders],
} satisfies Scenario;

/** The same function at 1,024 MB: four times the price per millisecond, no faster. */
export const ioBoundBig = {
  ...ioBound,
  functions: [{ ...orders, memoryMb: 1024 }],
} satisfies Scenario;

/**
 * A busy, steady function: 50 requests per second of 200 ms (about 10 in flight) at 1,024 MB, on demand.
 * Its twin below has 12 provisioned environments, which it keeps busy most of the time.
 */
const busy = {
  name: 'busy',
  memoryMb: 1024,
  timeoutMs: 10_000,
  arrivals: { kind: 'poisson', ratePerSecond: 50 },
  durationMs: { kind: 'lognormal', medianMs: 180, p99Ms: 500 },
} as const satisfies FunctionConfig;

/** Steady traffic on demand. */
export const steadyOnDemand = {
  seed: 7,
  horizonSeconds: 3600,
  functions: [busy],
} satisfies Scenario;

/** The same traffic with provisioned concurrency sized for it. */
export const steadyProvisioned = {
  ...steadyOnDemand,
  functions: [{ ...busy, provisionedConcurrency: 12 }],
} satisfies Scenario;

/** What `l7-io-bound` exists to show. */
export const ioBoundClaim = {
  sentence: 'At 1,024 MB the I/O-bound function costs about 3 times as much and is no faster.',
  matters: [
    { path: 'costUsd.total', better: 'lower', expect: 'a' },
    { path: 'latencyMs.p99', better: 'lower', expect: 'same' },
  ],
  shows: [
    { side: 'a', path: 'costUsd.total', atMost: 0.07 },
    { side: 'b', path: 'costUsd.total', atLeast: 0.15 },
    { side: 'b', path: 'latencyMs.p99', atLeast: 350 },
  ],
} satisfies PlaygroundClaim;

/** What `l7-provisioned-cost` exists to show. */
export const provisionedCostClaim = {
  sentence:
    '12 provisioned environments kept busy by steady traffic make the hour about 6% cheaper, with the same latency.',
  matters: [
    { path: 'costUsd.total', better: 'lower', expect: 'b' },
    { path: 'latencyMs.p99', better: 'lower', expect: 'same' },
  ],
  shows: [
    { side: 'a', path: 'costUsd.total', atLeast: 0.62 },
    { side: 'b', path: 'costUsd.total', atMost: 0.6 },
  ],
} satisfies PlaygroundClaim;
