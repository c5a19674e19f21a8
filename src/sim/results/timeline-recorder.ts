/** Optional, capped timelines: environment lifecycle spans and per-attempt request records. */
import type { EnvironmentState, Outcome, RequestRecord, Span, ThrottleReason } from './result-types.ts';

/** Most phases kept over all spans (a long-lived environment adds two per request). */
export const MAX_PHASES = 200_000;

const STATE_NAMES: readonly EnvironmentState[] = ['idle', 'initializing', 'busy', 'idle'];

/** Collects spans and records up to their caps; does nothing when both caps are 0. */
export class Recorder {
  readonly spans: Span[] = [];
  readonly records: RequestRecord[] = [];
  readonly #spanCap: number;
  readonly #recordCap: number;
  #phases = 0;

  constructor(spanCap: number, recordCap: number) {
    this.#spanCap = spanCap;
    this.#recordCap = recordCap;
  }

  /** True when request records are wanted and there is room for another. */
  get wantsRecords(): boolean {
    return this.records.length < this.#recordCap;
  }

  /** Starts a span; returns its index, or -1 when the cap is reached. */
  openSpan(envId: number, functionName: string, provisioned: boolean, t: number): number {
    if (this.spans.length >= this.#spanCap) return -1;
    this.spans.push({ envId, functionName, provisioned, phases: [], coldStartAtMs: t });
    return this.spans.length - 1;
  }

  /** Adds a finished phase (state code from env-pool) to span i. */
  phase(i: number, state: number, startMs: number, endMs: number): void {
    const span = this.spans[i];
    if (!span || this.#phases >= MAX_PHASES) return;
    this.#phases++;
    span.phases.push({ state: STATE_NAMES[state] ?? 'idle', startMs, endMs });
  }

  /** Marks span i reclaimed at t. */
  close(i: number, t: number): void {
    const span = this.spans[i];
    if (span) span.reclaimedAtMs = t;
  }

  /** Adds one attempt's record (if there is room). */
  record(
    functionName: string,
    arrivalMs: number,
    startMs: number,
    endMs: number,
    attempt: number,
    envId: number,
    cold: boolean,
    outcome: Outcome,
    reason?: ThrottleReason,
  ): void {
    if (this.records.length >= this.#recordCap) return;
    const r: RequestRecord = { functionName, arrivalMs, startMs, endMs, attempt, envId, cold, outcome };
    if (reason) r.reason = reason;
    this.records.push(r);
  }
}
