/** Placeholder, replaced below. */

import type { LatencyStats } from './result-types.ts';
import type { ArrivalPattern, Distribution, FunctionConfig } from './types.ts';

/** A workload to place on three kinds of compute. */
export interface Workload {
  /** When requests arrive. */
  arrivals: ArrivalPattern | readonly ArrivalPattern[];
  /** Work per request, ms. */
  durationMs: Distribution;
  /** Simulated span, seconds. @default 3600 */
  horizonSeconds?: number;
  /** @default 1 */
  seed?: number;
}

/** A fixed fleet of virtual machines. */
export interface VmOptions {
  /** Number of servers (≥ 1). @default 2 */
  servers?: number;
  /** Requests one server handles at once. @default 8 */
  perServerConcurrency?: number;
  /** USD per server-hour. @default 0.0832 */
  hourlyUsd?: number;
  /** A request waiting longer than this is dropped, ms. @default 30000 */
  maxQueueMs?: number;
}

/** A container service scaled by target tracking. */
export interface ContainerOptions {
  /** @default 1 */
  minTasks?: number;
  /** @default 100 */
  maxTasks?: number;
  /** Requests one task handles at once. @default 4 */
  perTaskConcurrency?: number;
  /** Target utilization, 0–1. @default 0.7 */
  targetUtilization?: number;
  /** Delay between a breach and new capacity, seconds. @default 120 */
  reactionDelaySeconds?: number;
  /** USD per task-hour. @default 0.04 */
  hourlyUsdPerTask?: number;
  /** A request waiting longer than this is dropped, ms. @default 30000 */
  maxQueueMs?: number;
}

/** Options for `compareSpectrum`. */
export interface SpectrumOptions {
  vm?: VmOptions;
  containers?: ContainerOptions;
  /** Extra Lambda settings (memory, limits) for the functions column. */
  functions?: Partial<Omit<FunctionConfig, 'arrivals' | 'durationMs'>>;
}

/** One column of the comparison. */
export interface SpectrumOutcome {
  requests: number;
  served: number;
  /** Requests rejected or given up. */
  dropped: number;
  /** Requests that had to wait for capacity. */
  queued: number;
  /** Busy capacity ÷ paid capacity, 0–1. */
  utilization: number;
  costUsd: number;
  latencyMs: LatencyStats;
}

/** The three columns. */
export interface SpectrumResult {
  vm: SpectrumOutcome;
  containers: SpectrumOutcome;
  functions: SpectrumOutcome;
}

/** Compares a VM fleet, a container service and Lambda functions on one workload. */
export function compareSpectrum(_workload: Workload, _options: SpectrumOptions = {}): SpectrumResult {
  throw new Error('compareSpectrum: not implemented yet');
}
