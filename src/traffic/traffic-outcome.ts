import type { SummaryJson } from '../sim/index.ts';

/** How a run was computed: request by request (`exact`), or from the rates (`fast`, see fast-traffic.ts). */
export type TrafficMethod = 'exact' | 'fast';

/** The numbers both methods give for the whole range (a part of the simulator's `Summary`). */
export interface TrafficTotals {
  /** Requests that arrived. */
  requests: number;
  /** Throttle responses. */
  throttled: number;
  /** Requests that needed a new environment. */
  coldStarts: number;
  /** coldStarts ÷ requests (0–1). */
  coldStartProbability: number;
  /** Requests in flight (INIT or handler): highest, and time-averaged. */
  concurrency: { max: number; mean: number };
  /** Latency including INIT, ms. */
  latencyMs: { p50: number; p99: number };
  /** Cost over the file's range, USD. */
  costUsd: { requests: number; duration: number; provisioned: number; total: number };
}

/** Per-period values, one entry per period of the file. */
export interface TrafficSeries {
  /** Period starts, ms since the file's start. */
  t: number[];
  /** Most requests in flight in the period. */
  peak: number[];
  /** Time-averaged requests in flight. */
  mean: number[];
  /** Cold starts in the period (expected value on the fast path). */
  coldStarts: number[];
  /** Throttles in the period (expected value on the fast path). */
  throttles: number[];
}

/** What either method gives for a file under a what-if. */
export interface TrafficOutcome {
  method: TrafficMethod;
  totals: TrafficTotals;
  series: TrafficSeries;
  /** Range simulated, s. */
  horizonSeconds: number;
  /** The simulator's full summary (exact method only). */
  full: SummaryJson | null;
  /** What the method left out for these settings, in words (empty when nothing). */
  notes: string[];
}
