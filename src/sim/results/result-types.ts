/** Public types of what a simulation returns. Units are in every name or comment. */
import type { ResolvedScenario } from '../model/types.ts';

/** Latency statistics in milliseconds. Percentiles come from a log histogram (relative error ≤ 0.4%). */
export interface LatencyStats {
  /** Completed requests measured. All other fields are 0 when this is 0. */
  count: number;
  /** Mean, ms (exact). */
  mean: number;
  /** Median, ms. */
  p50: number;
  /** 90th percentile, ms. */
  p90: number;
  /** 99th percentile, ms. */
  p99: number;
  /** Maximum, ms (exact). */
  max: number;
}

/** Latency of completed requests (arrival to response, retries and INIT included), ms. */
export interface Latency extends LatencyStats {
  /** Requests whose final attempt hit a cold start. */
  cold: LatencyStats;
  /** Requests whose final attempt ran on a warm environment. */
  warm: LatencyStats;
}

/** Throttles by cause. */
export interface ThrottledBy {
  /** Account concurrency (the unreserved pool) was full. */
  account: number;
  /** The function's reserved concurrency was full. */
  reserved: number;
  /** No new environment allowed yet by the scaling rate. */
  scaling: number;
  /** The invocation-rate quota: 10 requests per second per unit of concurrency limit. */
  invocationRate: number;
}

/** Why an attempt was throttled. */
export type ThrottleReason = keyof ThrottledBy;

/** Dollars, split by what is billed. */
export interface CostUsd {
  /** $0.20 per million invocations. */
  requests: number;
  /**
   * GB-seconds of INIT + handler time (on provisioned environments at the lower rate; on-demand at the
   * monthly tier price, prorated to the horizon).
   */
  duration: number;
  /** Provisioned concurrency: GB-seconds configured, whether used or not. */
  provisioned: number;
  /** Sum of the above. */
  total: number;
}

/**
 * Totals for one function or for the whole scenario. Accounting identity, per request:
 * `requests = served + errors + dropped + pending`.
 */
export interface Summary {
  /** Requests that arrived (retries are not new requests). */
  requests: number;
  /** Requests that completed successfully. */
  served: number;
  /** Throttle responses (429): every rejected attempt, async retries included. */
  throttled: number;
  /**
   * Throttles by the limit that caused them: account or reserved concurrency, the scaling rate, or the
   * invocation-rate quota (10 requests per second per unit of concurrency limit; AWS reasons
   * `FunctionInvocationRateLimitExceeded` / `ReservedFunctionInvocationRateLimitExceeded`).
   */
  throttledBy: ThrottledBy;
  /** Requests that gave up without running: sync throttles, async events past their maximum age. */
  dropped: number;
  /** Of `dropped`, async events discarded because their next retry would pass the maximum event age. */
  expired: number;
  /**
   * Oldest age an async event reached in the queue, ms: from its arrival to a retry attempt or to its
   * discarding (0 when no event waited). CloudWatch's `AsyncEventAge`, maximum.
   */
  asyncOldestEventAgeMs: number;
  /** Async retry attempts (after a throttle or a function error). */
  retried: number;
  /** Requests whose final attempt failed (function errors and timeouts). */
  errors: number;
  /** Of `errors`, those whose final attempt ran past the timeout. */
  timeouts: number;
  /** Requests still queued or running at the horizon. */
  pending: number;
  /** Attempts that ran (billed invocations). */
  invocations: number;
  /** Attempts that needed a new environment (INIT on the request path). */
  coldStarts: number;
  /** Of `coldStarts`, those whose INIT passed the 10 s limit and was retried within the invocation. */
  initTimeouts: number;
  /** Environments initialized ahead of any request (proactive initialization; not cold starts). */
  proactiveInits: number;
  /** INITs of provisioned environments during the run (schedule steps after 0 s and recycling). */
  provisionedInits: number;
  /** coldStarts ÷ requests (0 when there are no requests). */
  coldStartProbability: number;
  /** Latency of completed requests. */
  latencyMs: Latency;
  /** Requests in flight (INIT or handler). `mean` is time-averaged over the horizon. */
  concurrency: { max: number; mean: number };
  /** Environments, time-averaged by state, plus lifetime counts. */
  environments: {
    mean: number;
    meanBusy: number;
    meanIdle: number;
    meanInitializing: number;
    max: number;
    created: number;
    reclaimed: number;
  };
  /** Busy environment time ÷ total environment time (0–1). */
  utilization: number;
  /** Billed GB-seconds of duration (INIT + handler). */
  gbSeconds: number;
  /** Cost breakdown, USD. */
  costUsd: CostUsd;
}

/** A summary for one named function. */
export interface FunctionSummary extends Summary {
  /** The function's name. */
  name: string;
}

/** Per-bucket values; index i covers [t[i], t[i] + resolutionMs). */
export interface SeriesSet {
  /** Time-averaged requests in flight. */
  concurrency: number[];
  /** Most requests in flight at any instant of the bucket (what limits are compared against). */
  concurrencyMax: number[];
  /** Most environments alive (any state) at any instant of the bucket. */
  environmentsMax: number[];
  /** Time-averaged busy environments (handler running). */
  busy: number[];
  /** Time-averaged idle environments. */
  idle: number[];
  /** Time-averaged initializing environments. */
  initializing: number[];
  /** Cold starts in the bucket. */
  coldStarts: number[];
  /** Throttles in the bucket. */
  throttles: number[];
  /** Oldest age an async event reached in the queue during the bucket (at a retry or discard), ms; 0 if none. */
  asyncOldestEventAgeMs: number[];
  /** Median latency of requests completed in the bucket, ms; `null` when none completed. */
  p50: (number | null)[];
  /** 99th-percentile latency of requests completed in the bucket, ms; `null` when none completed. */
  p99: (number | null)[];
}

/** Time series at a fixed resolution. */
export interface Series {
  /** Bucket width, ms. */
  resolutionMs: number;
  /** Bucket start times, ms. */
  t: number[];
  /** All functions together. */
  total: SeriesSet;
  /** Per function name. */
  functions: Record<string, SeriesSet>;
}

/** The state an environment is in. */
export type EnvironmentState = 'initializing' | 'busy' | 'idle';

/** One phase of an environment's life. */
export interface SpanPhase {
  state: EnvironmentState;
  /** Start, ms. */
  startMs: number;
  /** End, ms (the horizon if still open). */
  endMs: number;
}

/** The life of one execution environment, for timelines. */
export interface Span {
  envId: number;
  functionName: string;
  provisioned: boolean;
  phases: SpanPhase[];
  /** When its INIT began, ms. */
  coldStartAtMs: number;
  /** When it was reclaimed, ms (absent if alive at the horizon). */
  reclaimedAtMs?: number;
}

/** How an attempt or a request ended. */
export type Outcome = 'served' | 'error' | 'timeout' | 'throttled' | 'dropped';

/** One attempt of one request, for timelines. */
export interface RequestRecord {
  functionName: string;
  /** Original arrival of the request, ms. */
  arrivalMs: number;
  /** This attempt's start, ms. */
  startMs: number;
  /** This attempt's end, ms (equal to startMs for throttles). */
  endMs: number;
  /** Attempt number, 1 for the first. */
  attempt: number;
  /** Environment id, or -1 when throttled. */
  envId: number;
  cold: boolean;
  outcome: Outcome;
  /** The limit that throttled it, if any. */
  reason?: ThrottleReason;
}

/** Everything a run produced. */
export interface SimulationResult {
  /** The validated scenario, defaults filled. */
  scenario: ResolvedScenario;
  /** Simulated span, ms. */
  horizonMs: number;
  /** All functions together. */
  total: Summary;
  /** One summary per function, in scenario order. */
  functions: FunctionSummary[];
  /** When `output.seriesResolutionSeconds` was set. */
  series?: Series;
  /** When `output.spans` was set (capped). */
  spans?: Span[];
  /** When `output.records` was set (capped). */
  records?: RequestRecord[];
}

/** One live environment in a snapshot. */
export interface EnvironmentSnapshot {
  id: number;
  functionName: string;
  state: EnvironmentState;
  /** When it entered this state, ms. */
  since: number;
  provisioned: boolean;
  requestsServed: number;
}

/** The state of a stepping simulation at `atMs`. */
export interface Snapshot {
  atMs: number;
  environments: EnvironmentSnapshot[];
  /** Async events waiting for a retry, per function name. */
  queueLengths: Record<string, number>;
  /** Requests in flight, per function name. */
  concurrency: Record<string, number>;
  /** Running totals so far. */
  counts: { requests: number; served: number; throttled: number; coldStarts: number };
}

/** What one step did. */
export interface SimEvent {
  kind: 'arrival' | 'retry' | 'init-end' | 'complete' | 'reclaim' | 'provision' | 'recycle';
  atMs: number;
  functionName: string;
  /** Environment involved, or -1. */
  envId: number;
  /** For arrivals and retries: what happened to the attempt. */
  outcome?: 'warm' | 'cold' | 'throttled' | 'dropped';
}

/** A simulation you advance yourself (animations). */
export interface Simulation {
  /** Current simulated time, ms. */
  readonly now: number;
  /** True once the horizon is reached. */
  readonly done: boolean;
  /** Processes one event; `null` when done. */
  step(): SimEvent | null;
  /** Processes every event up to `ms` (capped at the horizon). */
  advanceTo(ms: number): void;
  /** Advances by `ms`. */
  advanceBy(ms: number): void;
  /** Every live environment and the counters, now. */
  snapshot(): Snapshot;
  /** The result so far (summaries up to `now`). */
  result(): SimulationResult;
}
