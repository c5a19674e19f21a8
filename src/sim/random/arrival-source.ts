/**
 * Arrival sources: each produces the next arrival time (ms) of one pattern, or Infinity when exhausted.
 * Time-varying patterns (ramp, diurnal) are non-homogeneous Poisson processes drawn by thinning
 * (Lewis & Shedler 1979): candidates at the peak rate, each kept with probability rate(t) / peak.
 * Steps are exact: a Poisson process is memoryless, so at a step boundary we restart at the new rate.
 */

import type { ArrivalPattern, RateStep } from '../model/arrival-pattern.ts';
import type { Rng } from './rng.ts';

const DAY_MS = 86_400_000;
// Pattern codes: the hot methods switch on a small integer, not on the pattern's kind string.
const POISSON = 0;
const CONSTANT = 1;
const BURST = 2;
const REPLAY = 3;
const STEPS = 4;
const RAMP = 5;
const DIURNAL = 6;
const CODES: Record<ArrivalPattern['kind'], number> = {
  poisson: POISSON,
  constant: CONSTANT,
  burst: BURST,
  replay: REPLAY,
  steps: STEPS,
  ramp: RAMP,
  diurnal: DIURNAL,
};

/** Produces arrival times of one pattern, in increasing order. */
export class ArrivalSource {
  /** A steps pattern's steps (empty for the others). */
  readonly #steps: readonly RateStep[];
  readonly #rng: Rng;
  readonly #code: number;
  /** Mean gap for Poisson and constant patterns, ms. */
  // The number fields hold a fraction once at creation (see Sampler): V8 stores them as doubles from the
  // start, so no later source changes the hidden class that the drawing code was optimized for.
  readonly #gapMs: number = 0.5;
  #t = 0.5;
  #k = 0;
  readonly #peakPerMs: number = 0.5;
  readonly #times: Float64Array;
  // The rate curve's constants, read once: ramp start and end (ms) and rates (per second); diurnal mean
  // rate (per second), cosine amplitude and the time of the peak (ms). Burst: its count and time (ms).
  readonly #a: number = 0.5;
  readonly #b: number = 0.5;
  readonly #c: number = 0.5;
  readonly #d: number = 0.5;
  /** Set by `fillUntil` once the pattern has passed its limit. */
  done = false;

  /** `sortedMs`: for a replay, its times already sorted (used as they are, not copied; `timestampsMs` ignored). */
  constructor(pattern: ArrivalPattern, rng: Rng, sortedMs?: Float64Array) {
    this.#steps = pattern.kind === 'steps' ? pattern.steps : [];
    this.#rng = rng;
    this.#code = CODES[pattern.kind];
    this.#times =
      pattern.kind !== 'replay'
        ? new Float64Array(0)
        : (sortedMs ?? Float64Array.from(pattern.timestampsMs).sort());
    let [gap, peak, a, b, c, d] = [0, 0, 0, 0, 0, 0];
    if (pattern.kind === 'poisson' || pattern.kind === 'constant') gap = 1000 / pattern.ratePerSecond;
    else if (pattern.kind === 'burst') [a, b] = [pattern.count, (pattern.atSeconds ?? 0) * 1000];
    else if (pattern.kind === 'ramp') {
      peak = Math.max(pattern.fromPerSecond, pattern.toPerSecond) / 1000;
      [a, b] = [(pattern.startSeconds ?? 0) * 1000, (pattern.endSeconds ?? 0) * 1000];
      [c, d] = [pattern.fromPerSecond, pattern.toPerSecond];
    } else if (pattern.kind === 'diurnal') {
      const amp = amplitude(pattern.peakToTrough);
      peak = (pattern.meanPerSecond * (1 + amp)) / 1000;
      [a, b, c] = [pattern.meanPerSecond, amp, pattern.peakHour * 3_600_000];
    }
    [this.#gapMs, this.#peakPerMs, this.#t] = [gap, peak, 0];
    [this.#a, this.#b, this.#c, this.#d] = [a, b, c, d];
  }

  /** The next arrival time, ms (Infinity when the pattern has no more). */
  next(): number {
    // Poisson inline, the rest in another method: the engine calls this once per request, and V8 inlines
    // only short methods into their caller.
    if (this.#code === POISSON) {
      this.#t -= Math.log(this.#rng.uniform()) * this.#gapMs;
      return this.#t;
    }
    return this.#nonPoisson();
  }

  /**
   * Writes the next arrival times ≤ `limitMs` into `out` from index `n` until `out` is full or the pattern
   * passes the limit (then `done` is set); returns the new count. The same times as `next()` calls, in one
   * tight loop for Poisson: compareSpectrum draws a whole run's arrivals at once.
   */
  fillUntil(limitMs: number, out: Float64Array, n: number): number {
    let k = n;
    if (this.#code === POISSON) {
      const rng = this.#rng;
      const gap = this.#gapMs;
      let t = this.#t;
      while (k < out.length) {
        t -= Math.log(rng.uniform()) * gap;
        if (!(t <= limitMs)) break;
        out[k++] = t;
      }
      this.#t = t;
      this.done = !(t <= limitMs);
      return k;
    }
    while (k < out.length) {
      const t = this.next();
      if (!(t <= limitMs)) {
        this.done = true;
        break;
      }
      out[k++] = t;
    }
    return k;
  }

  #nonPoisson(): number {
    const code = this.#code;
    if (code === CONSTANT) return this.#k++ * this.#gapMs;
    if (code === BURST) return this.#k++ < this.#a ? this.#b : Number.POSITIVE_INFINITY;
    if (code === REPLAY)
      return this.#k < this.#times.length ? (this.#times[this.#k++] ?? 0) : Number.POSITIVE_INFINITY;
    if (code === STEPS) return this.#nextStep(this.#steps);
    return this.#thinned();
  }

  /** Rate at time t, requests per ms (ramp and diurnal only). */
  #ratePerMs(t: number): number {
    if (this.#code === DIURNAL) {
      const phase = (2 * Math.PI * (t - this.#c)) / DAY_MS;
      return (this.#a * (1 + this.#b * Math.cos(phase))) / 1000;
    }
    const start = this.#a;
    const end = this.#b;
    const f = t <= start ? 0 : t >= end ? 1 : (t - start) / (end - start);
    return (this.#c + f * (this.#d - this.#c)) / 1000;
  }

  #thinned(): number {
    const peak = this.#peakPerMs;
    if (peak <= 0) return Number.POSITIVE_INFINITY;
    const rng = this.#rng;
    for (;;) {
      this.#t += -Math.log(rng.uniform()) / peak;
      if (rng.uniform() * peak <= this.#ratePerMs(this.#t)) return this.#t;
      // A ramp that ends at rate 0 would loop for ever: nothing more can arrive after its end.
      if (this.#code === RAMP && this.#d === 0 && this.#t >= this.#b) return Number.POSITIVE_INFINITY;
    }
  }

  #nextStep(steps: readonly RateStep[]): number {
    for (;;) {
      const step = steps[this.#k - 1];
      const boundary =
        this.#k < steps.length ? (steps[this.#k]?.atSeconds ?? 0) * 1000 : Number.POSITIVE_INFINITY;
      const rate = step ? step.ratePerSecond : 0;
      const candidate =
        rate > 0 ? this.#t + (-Math.log(this.#rng.uniform()) * 1000) / rate : Number.POSITIVE_INFINITY;
      if (candidate < boundary) {
        this.#t = candidate;
        return candidate;
      }
      if (boundary === Number.POSITIVE_INFINITY) return boundary;
      this.#t = boundary;
      this.#k++;
    }
  }
}

/** Cosine amplitude a from the peak ÷ trough ratio r: (1 + a) / (1 − a) = r. */
export function amplitude(peakToTrough: number): number {
  return (peakToTrough - 1) / (peakToTrough + 1);
}
