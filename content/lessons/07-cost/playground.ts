import type { FunctionConfig, Scenario } from '@lab/sim';

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
