/**
 * Public types of the simulation core. Every field carries its unit: hover a name in the editor to read it.
 * A scenario is plain JSON-compatible data; `validateScenario` checks it and fills the defaults.
 * Arrival patterns have their own file (arrival-pattern.ts).
 */

import type { ArrivalPattern } from './arrival-pattern.ts';

/** Always the same value. @example { kind: 'fixed', valueMs: 120 } */
export interface FixedDistribution {
  kind: 'fixed';
  /** The value, in milliseconds (≥ 0). */
  valueMs: number;
}

/** Exponential (memoryless) values: many short, a few long. @example { kind: 'exponential', meanMs: 800 } */
export interface ExponentialDistribution {
  kind: 'exponential';
  /** Mean, in milliseconds (> 0). */
  meanMs: number;
}

/** Any value between two bounds, equally likely. @example { kind: 'uniform', minMs: 50, maxMs: 150 } */
export interface UniformDistribution {
  kind: 'uniform';
  /** Lower bound, in milliseconds (≥ 0). */
  minMs: number;
  /** Upper bound, in milliseconds (≥ minMs). */
  maxMs: number;
}

/**
 * Log-normal values described the way dashboards report them: the median and the 99th percentile.
 * @example { kind: 'lognormal', medianMs: 180, p99Ms: 900 }
 */
export interface LognormalDistribution {
  kind: 'lognormal';
  /** Median (p50), in milliseconds (> 0). */
  medianMs: number;
  /** 99th percentile, in milliseconds (≥ medianMs). */
  p99Ms: number;
}

/** Draws uniformly from measured samples. @example { kind: 'empirical', samplesMs: [90, 110, 130, 700] } */
export interface EmpiricalDistribution {
  kind: 'empirical';
  /** Measured values, in milliseconds (1 to 100,000 of them, each ≥ 0). */
  samplesMs: readonly number[];
}

/** A random duration in milliseconds. */
export type Distribution =
  | FixedDistribution
  | ExponentialDistribution
  | UniformDistribution
  | LognormalDistribution
  | EmpiricalDistribution;

/** A provisioned concurrency level that starts at a given time (a scheduled scaling action). */
export interface ProvisionedStep {
  /** From this time on, in seconds. */
  atSeconds: number;
  /** Number of provisioned environments (≥ 0). */
  count: number;
}

/** How an idle environment is picked for the next request. */
export type ReusePolicy = 'newest' | 'oldest' | 'random';

/** CPU architecture; it sets the price per GB-second. */
export type Architecture = 'x86_64' | 'arm64';

/** One Lambda function in a scenario. */
export interface FunctionConfig {
  /** Unique name, used in results and series. @example 'api' */
  name: string;
  /** Memory size in MB, 128–10240 (it sets the GB-second cost). @default 128 */
  memoryMb?: number;
  /** When requests arrive; an array is merged. @example { kind: 'poisson', ratePerSecond: 2.5 } */
  arrivals: ArrivalPattern | readonly ArrivalPattern[];
  /** Handler duration per request, milliseconds. @example { kind: 'exponential', meanMs: 800 } */
  durationMs: Distribution;
  /**
   * INIT duration of a cold start, milliseconds.
   * @default coldStartPreset({ runtime: 'nodejs22.x', packageMb: 1 })
   */
  initMs?: Distribution;
  /**
   * How long an idle environment lives after its last request before it is reclaimed, milliseconds.
   * @default { kind: 'fixed', valueMs: 600000 } (10 min; see DEFAULT_IDLE_LIFETIME_MS)
   */
  idleLifetimeMs?: Distribution;
  /** Reserved concurrency: caps this function and carves its share out of the account pool. */
  reservedConcurrency?: number | null;
  /** Provisioned environments (always warm, never reclaimed): a number, or a daily-peak schedule. */
  provisionedConcurrency?: number | readonly ProvisionedStep[];
  /**
   * Timeout in milliseconds, 1–900000; a handler running longer is a timeout error.
   * @default 900000 (the maximum; Lambda's console default is 3000)
   */
  timeoutMs?: number;
  /** `sync` callers get a 429 when throttled; `async` events wait and are retried. @default 'sync' */
  invocation?: 'sync' | 'async';
  /** Probability (0–1) that a handler run ends in a function error. @default 0 */
  errorRate?: number;
  /** CPU architecture. @default 'x86_64' */
  architecture?: Architecture;
  /** Which idle environment serves the next request. @default 'newest' */
  reusePolicy?: ReusePolicy;
  /**
   * Async only: the maximum age of every event, seconds 60–21600; an event whose next attempt (after a
   * throttle or a function error) would start later than this after its arrival is discarded.
   * @default 21600 (6 h)
   */
  maxEventAgeSeconds?: number;
  /** Async only: retries after a function error, 0–2. @default 2 */
  maxRetryAttempts?: number;
  /**
   * Probability (0–1) that a cold start also pre-initializes one extra on-demand environment ahead of
   * demand ("Lambda may occasionally pre-initialize execution environments ahead of invocation requests",
   * AWS docs, lambda-runtime-environment, read 2026-12-06). Its INIT is counted in `proactiveInits`, not in
   * `coldStarts`. AWS publishes no rate, so it is off unless set. @default 0
   */
  proactiveInitProbability?: number;
  /**
   * Extra time, seconds (0–3600), before a provisioned schedule step's new environments begin INIT (AWS
   * allocates asynchronously, status IN_PROGRESS until READY, and publishes no duration). A step at 0 s is
   * ready at the start. @default 0
   */
  provisionedAllocationSeconds?: number;
  /**
   * Provisioned environments are recycled (replaced, re-running INIT) after this many seconds (60–86400);
   * `null` never. AWS recycles them periodically without publishing the period ("every few hours",
   * Trek10, 2019). @default null
   */
  provisionedRecycleSeconds?: number | null;
}

/** How fast new environments may be created. */
export type ScalingMode = 'per-function' | 'legacy-burst' | 'unlimited';

/** Account-wide settings, shared by every function of the scenario. */
export interface AccountConfig {
  /**
   * Concurrent executions for the whole account (10–1,000,000; new accounts may start below the default
   * of 1,000, Lambda quotas page, read 2026-12-06). Reserved concurrency needs a limit ≥ 100 + the amount
   * reserved. @default 1000
   */
  concurrencyLimit?: number;
  /**
   * `per-function`: 1,000 new environments per 10 s per function (AWS since Nov 2023);
   * `legacy-burst`: an account burst of `legacyBurst`, then +500 per minute (before Nov 2023);
   * `unlimited`: no rate limit (for theory). @default 'per-function'
   */
  scaling?: ScalingMode;
  /** Initial burst of the legacy rule, 500–3000 (it varied by region). @default 3000 */
  legacyBurst?: number;
}

/** What the result should carry besides the summaries. */
export interface OutputOptions {
  /** Time-series bucket width in seconds; omit for no series. @example 60 */
  seriesResolutionSeconds?: number | null;
  /** Record environment lifecycle spans: `true` (up to 1,000) or a maximum count. */
  spans?: boolean | number;
  /** Record per-request records: `true` (up to 10,000) or a maximum count. */
  records?: boolean | number;
}

/** A scenario: what runs, what arrives, for how long. JSON-compatible. */
export interface Scenario {
  /** The JSON Schema of scenario files, for editors (ignored by the simulator). @example './scenario.schema.json' */
  $schema?: string;
  /** Random seed (an integer); the same seed gives the same result. @default 1 */
  seed?: number;
  /** Simulated time span, seconds (> 0, up to 1 year). @default 3600 */
  horizonSeconds?: number;
  /** Account limits. */
  account?: AccountConfig;
  /** The functions (1 to 50), each with its own traffic. */
  functions: readonly FunctionConfig[];
  /** Extra outputs (series, spans, records). */
  output?: OutputOptions;
}

/** A function with every default filled in (what `validateScenario` returns). */
export interface ResolvedFunction {
  name: string;
  memoryMb: number;
  arrivals: readonly ArrivalPattern[];
  durationMs: Distribution;
  initMs: Distribution;
  idleLifetimeMs: Distribution;
  /** `null` when the function has no reserved concurrency. */
  reservedConcurrency: number | null;
  /** Provisioned schedule; a plain number N becomes `[{ atSeconds: 0, count: N }]`. */
  provisionedConcurrency: readonly ProvisionedStep[];
  timeoutMs: number;
  invocation: 'sync' | 'async';
  errorRate: number;
  architecture: Architecture;
  reusePolicy: ReusePolicy;
  maxEventAgeSeconds: number;
  maxRetryAttempts: number;
  proactiveInitProbability: number;
  provisionedAllocationSeconds: number;
  /** `null` when provisioned environments are never recycled. */
  provisionedRecycleSeconds: number | null;
}

/** A validated scenario with every default filled in. */
export interface ResolvedScenario {
  seed: number;
  horizonSeconds: number;
  account: Required<AccountConfig>;
  functions: readonly ResolvedFunction[];
  output: { seriesResolutionSeconds: number | null; spans: number; records: number };
}
