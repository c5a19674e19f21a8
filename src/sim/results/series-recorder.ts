/**
 * Time series at a fixed resolution, built while the run streams: at each bucket boundary the integrals
 * and counters of every function are differenced, and a per-bucket latency histogram gives p50/p99.
 */
import type { FunctionState } from '../engine/function-state.ts';
import { Histogram, quantilesOf } from './histogram.ts';
import type { Series, SeriesSet } from './result-types.ts';

/** Instantaneous peaks since the current bucket began, kept by the engine and reset here at each bucket. */
export interface BucketPeaks {
  /** Requests in flight. */
  concurrency: number;
  /** Environments alive. */
  environments: number;
}

function emptySet(): SeriesSet {
  return {
    concurrency: [],
    concurrencyMax: [],
    environmentsMax: [],
    busy: [],
    idle: [],
    initializing: [],
    coldStarts: [],
    throttles: [],
    asyncOldestEventAgeMs: [],
    p50: [],
    p99: [],
  };
}

const FIELDS = 6;

/** Builds `Series` bucket by bucket. */
export class SeriesRecorder {
  readonly resolutionMs: number;
  /** End of the current bucket, ms. */
  next: number;
  #start = 0;
  readonly #t: number[] = [];
  readonly #total = emptySet();
  readonly #sets: SeriesSet[];
  readonly #hists: Histogram[];
  /** Per function: conc, init, busy, idle integrals, cold starts, throttles at the bucket start. */
  readonly #prev: Float64Array;

  constructor(resolutionMs: number, functions: number) {
    this.resolutionMs = resolutionMs;
    this.next = resolutionMs;
    this.#sets = Array.from({ length: functions }, emptySet);
    this.#hists = Array.from({ length: functions }, () => new Histogram());
    this.#prev = new Float64Array(functions * FIELDS);
  }

  /**
   * Records a completed request's latency in the current bucket, in its function's histogram only: the
   * total's percentiles are read from the union of those (the same counts a total histogram would hold).
   */
  latency(f: number, ms: number): void {
    this.#hists[f]?.record(ms);
  }

  /** Closes every bucket that ends at or before t. */
  flushTo(t: number, fns: readonly FunctionState[], peaks: BucketPeaks): void {
    while (this.next <= t) {
      this.#close(this.next, fns, peaks);
      this.next += this.resolutionMs;
    }
  }

  /**
   * The series up to `nowMs`: complete buckets plus the current partial one. With `final`, the recorder
   * is closed for good; without, it is left untouched (a view for a stepping simulation).
   */
  view(nowMs: number, fns: readonly FunctionState[], peaks: BucketPeaks, final: boolean): Series {
    this.flushTo(nowMs, fns, peaks);
    const sets = final ? this.#sets : this.#sets.map(copySet);
    const total = final ? this.#total : copySet(this.#total);
    const t = final ? this.#t : this.#t.slice();
    if (this.#start < nowMs) this.#close(nowMs, fns, peaks, sets, total, t, final);
    const functions: Record<string, SeriesSet> = {};
    fns.forEach((f, i) => {
      functions[f.name] = sets[i] ?? emptySet();
    });
    return { resolutionMs: this.resolutionMs, t, total, functions };
  }

  #close(
    end: number,
    fns: readonly FunctionState[],
    peaks: BucketPeaks,
    sets = this.#sets,
    totalSet = this.#total,
    times = this.#t,
    commit = true,
  ): void {
    const span = end - this.#start;
    const total = [0, 0, 0, 0, 0, 0];
    let oldestAge = 0;
    fns.forEach((f, i) => {
      f.advance(end);
      const now = [f.concInt, f.initInt, f.busyInt, f.idleInt, f.coldStarts, f.throttled];
      const d = now.map((v, k) => v - (this.#prev[i * FIELDS + k] ?? 0));
      d.forEach((v, k) => {
        total[k] = (total[k] ?? 0) + v;
        if (commit) this.#prev[i * FIELDS + k] = now[k] ?? 0;
      });
      const set = sets[i] as SeriesSet;
      set.concurrencyMax.push(f.peakConc);
      set.environmentsMax.push(f.peakEnvs);
      set.asyncOldestEventAgeMs.push(f.bucketEventAge);
      if (f.bucketEventAge > oldestAge) oldestAge = f.bucketEventAge;
      push(set, d, span, [this.#hists[i] as Histogram]);
    });
    totalSet.concurrencyMax.push(peaks.concurrency);
    totalSet.environmentsMax.push(peaks.environments);
    totalSet.asyncOldestEventAgeMs.push(oldestAge);
    push(totalSet, total, span, this.#hists);
    times.push(this.#start);
    if (commit) {
      for (const h of this.#hists) h.reset();
      this.#start = end;
      // The next bucket's peaks start from what is in flight / alive at its start.
      let inFlight = 0;
      let alive = 0;
      for (const f of fns) {
        f.peakConc = f.inFlight;
        f.peakEnvs = f.envs;
        f.bucketEventAge = 0;
        inFlight += f.inFlight;
        alive += f.envs;
      }
      peaks.concurrency = inFlight;
      peaks.environments = alive;
    }
  }
}

function copySet(s: SeriesSet): SeriesSet {
  return {
    concurrency: s.concurrency.slice(),
    concurrencyMax: s.concurrencyMax.slice(),
    environmentsMax: s.environmentsMax.slice(),
    busy: s.busy.slice(),
    idle: s.idle.slice(),
    initializing: s.initializing.slice(),
    coldStarts: s.coldStarts.slice(),
    throttles: s.throttles.slice(),
    asyncOldestEventAgeMs: s.asyncOldestEventAgeMs.slice(),
    p50: s.p50.slice(),
    p99: s.p99.slice(),
  };
}

const P50_P99 = [0.5, 0.99];

function push(set: SeriesSet, d: number[], span: number, hists: readonly Histogram[]): void {
  set.concurrency.push((d[0] ?? 0) / span);
  set.initializing.push((d[1] ?? 0) / span);
  set.busy.push((d[2] ?? 0) / span);
  set.idle.push((d[3] ?? 0) / span);
  set.coldStarts.push(d[4] ?? 0);
  set.throttles.push(d[5] ?? 0);
  const count = hists.reduce((n, h) => n + h.count, 0);
  const [p50 = 0, p99 = 0] = count > 0 ? quantilesOf(hists, P50_P99) : [];
  set.p50.push(count > 0 ? p50 : null);
  set.p99.push(count > 0 ? p99 : null);
}
