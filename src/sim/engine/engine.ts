/**
 * The discrete-event engine. Arrivals come from per-pattern sources (not the heap); everything else
 * (INIT end, handler end, idle timers, async retries, provisioned-schedule steps) is a heap event whose
 * payload packs `id * 8 + type` (event-kinds.ts). Environments live in typed arrays; the hot loop allocates
 * nothing. Ties: at equal times heap events run before arrivals, so a request arriving as another ends
 * reuses it. This file is the clock and the dispatch; a request's life is in request-flow.ts.
 */

import type { ArrivalPattern } from '../model/arrival-pattern.ts';
import type { ResolvedScenario } from '../model/types.ts';
import { ArrivalSource } from '../random/arrival-source.ts';
import { createStreams } from '../random/rng.ts';
import { retryDue } from './async-retry.ts';
import {
  EV_ARRIVAL,
  EV_COMPLETE,
  EV_ID_SHIFT,
  EV_INIT_END,
  EV_RECYCLE,
  EV_RETRY,
  EV_TIMER,
  EV_TYPE_MASK,
  STEP_NONE,
} from './event-kinds.ts';
import { FunctionState, LATE_STREAMS_PER_FUNCTION, STREAMS_PER_FUNCTION } from './function-state.ts';
import { ProvisionedSchedule, recycleDue } from './provisioning.ts';
import { RequestFlow } from './request-flow.ts';

const INF = Number.POSITIVE_INFINITY;

/** The simulation state machine; `run` is the fast path, `step` the observable one. */
export class Engine extends RequestFlow {
  /** End of the simulated window, ms. */
  readonly horizonMs: number;
  readonly #sources: ArrivalSource[] = [];
  readonly #srcFunc: Int32Array;
  readonly #srcNext: Float64Array;
  #nextSrc = -1;
  #nextArrival = INF;
  #seriesNext = INF;
  readonly #provisioning: ProvisionedSchedule;

  /**
   * `arrivalsMs`, for a one-function scenario only: its arrival times, already drawn (in order, from the
   * streams the engine would use, as compareSpectrum does for its other columns), replayed instead of drawn
   * again. The random streams are laid out as without it, so every other draw is the same.
   */
  constructor(scenario: ResolvedScenario, arrivalsMs?: Float64Array) {
    // One random stream per function role, then one per arrival source, in scenario order, then the late
    // ones (added after the others so that earlier streams did not move).
    const nFns = scenario.functions.length;
    const nSources = scenario.functions.reduce((n, f) => n + f.arrivals.length, 0);
    const nEarly = nFns * STREAMS_PER_FUNCTION + nSources;
    const streams = createStreams(scenario.seed, nEarly + nFns * LATE_STREAMS_PER_FUNCTION);
    let s = 0;
    const fns = scenario.functions.map((cfg) => {
      const fs = new FunctionState(cfg, streams.slice(s, s + STREAMS_PER_FUNCTION));
      s += STREAMS_PER_FUNCTION;
      return fs;
    });
    fns.forEach((fs, f) => {
      fs.proactiveRng = streams[nEarly + f] ?? null;
    });
    super(scenario, fns);
    this.horizonMs = scenario.horizonSeconds * 1000;
    this.#srcFunc = new Int32Array(arrivalsMs ? 1 : nSources);
    this.#srcNext = new Float64Array(arrivalsMs ? 1 : nSources);
    if (arrivalsMs && nFns !== 1) throw new RangeError(`Engine: arrivalsMs needs one function, got ${nFns}`);
    scenario.functions.forEach((cfg, f) => {
      const patterns: readonly ArrivalPattern[] = arrivalsMs
        ? [{ kind: 'replay', timestampsMs: [] }]
        : cfg.arrivals;
      for (const pattern of patterns) {
        const src = new ArrivalSource(pattern, streams[s++] as (typeof streams)[number], arrivalsMs);
        this.#srcFunc[this.#sources.length] = f;
        this.#srcNext[this.#sources.length] = src.next();
        this.#sources.push(src);
      }
    });
    this.#pickNextSource();
    this.#seriesNext = this.series ? this.series.next : INF;
    this.#provisioning = new ProvisionedSchedule(this);
  }

  /** Runs every item with time ≤ limit (fast path, no step bookkeeping). */
  run(limit: number): void {
    const end = Math.min(limit, this.horizonMs);
    const heap = this.heap;
    for (;;) {
      const te = heap.topTime;
      const ta = this.#nextArrival;
      const t = Math.min(te, ta);
      if (t > end) break;
      if (t >= this.#seriesNext) this.#flushSeries(t);
      this.now = t;
      if (te <= ta) this.#event(heap.pop());
      else this.#arrival();
    }
    if (end > this.now) this.now = end;
  }

  /**
   * Processes one observable item (≤ horizon); returns false when there is none. Sets the `last*` fields.
   * Idle timers that reclaim nothing (the environment was reused meanwhile) are skipped.
   */
  step(): boolean {
    for (;;) {
      const te = this.heap.topTime;
      const ta = this.#nextArrival;
      const t = Math.min(te, ta);
      if (t > this.horizonMs) {
        this.now = this.horizonMs;
        return false;
      }
      if (t >= this.#seriesNext) this.#flushSeries(t);
      this.now = t;
      this.lastOutcome = STEP_NONE;
      this.lastEnv = -1;
      if (te <= ta) this.#event(this.heap.pop());
      else this.#arrival();
      if (this.lastKind !== EV_TIMER || this.lastEnv >= 0) return true;
    }
  }

  /** Async events waiting for a retry, per function index. */
  waiting(f: number): number {
    return this.fns[f]?.waiting ?? 0;
  }

  #flushSeries(t: number): void {
    if (!this.series) return;
    this.series.flushTo(t, this.fns, this.peaks);
    this.#seriesNext = this.series.next;
  }

  #pickNextSource(): void {
    let best = -1;
    let bt = INF;
    const next = this.#srcNext;
    for (let i = 0; i < next.length; i++) {
      const v = next[i] as number;
      if (v < bt) {
        bt = v;
        best = i;
      }
    }
    this.#nextSrc = best;
    this.#nextArrival = bt;
  }

  #arrival(): void {
    const s = this.#nextSrc;
    const f = this.#srcFunc[s] as number;
    this.#srcNext[s] = (this.#sources[s] as ArrivalSource).next();
    if (this.#sources.length === 1) this.#nextArrival = this.#srcNext[0] as number;
    else this.#pickNextSource();
    const fs = this.fns[f] as FunctionState;
    fs.requests++;
    this.lastKind = EV_ARRIVAL;
    this.lastFunc = f;
    this.attempt(fs, f, 1, -1);
  }

  #event(payload: number): void {
    const type = payload & EV_TYPE_MASK;
    const id = payload >>> EV_ID_SHIFT;
    this.lastKind = type;
    // Completions are the common event; the rest sit in another method so that this one stays small
    // enough for V8 to inline into the loop, leaving its inlining budget to the arrival path.
    if (type === EV_COMPLETE) this.complete(id);
    else this.#otherEvent(type, id);
  }

  #otherEvent(type: number, id: number): void {
    if (type === EV_TIMER) this.timer(id);
    else if (type === EV_INIT_END) this.initEnd(id);
    else if (type === EV_RETRY) retryDue(this, id);
    else if (type === EV_RECYCLE) recycleDue(this, id);
    else this.#provisioning.due(id);
  }
}
