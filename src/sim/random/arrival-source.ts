/**
 * Arrival sources: each produces the next arrival time (ms) of one pattern, or Infinity when exhausted.
 * Time-varying patterns (ramp, diurnal) are non-homogeneous Poisson processes drawn by thinning
 * (Lewis & Shedler 1979): candidates at the peak rate, each kept with probability rate(t) / peak.
 * Steps are exact: a Poisson process is memoryless, so at a step boundary we restart at the new rate.
 */

import type { ArrivalPattern } from '../model/arrival-pattern.ts';
import type { Rng } from './rng.ts';

const DAY_MS = 86_400_000;
const POISSON = 0;
const CONSTANT = 1;
const OTHER = 2;

/** Produces arrival times of one pattern, in increasing order. */
export class ArrivalSource {
  readonly #p: ArrivalPattern;
  readonly #rng: Rng;
  /** Fast-path code: Poisson and constant skip the general switch. */
  readonly #code: number;
  /** Mean gap for Poisson and constant patterns, ms. */
  readonly #gapMs: number;
  #t = 0;
  #k = 0;
  readonly #peakPerMs: number;
  readonly #times: Float64Array;

  constructor(pattern: ArrivalPattern, rng: Rng) {
    this.#p = pattern;
    this.#rng = rng;
    this.#code = pattern.kind === 'poisson' ? POISSON : pattern.kind === 'constant' ? CONSTANT : OTHER;
    this.#gapMs =
      pattern.kind === 'poisson' || pattern.kind === 'constant' ? 1000 / pattern.ratePerSecond : 0;
    this.#times =
      pattern.kind === 'replay' ? Float64Array.from(pattern.timestampsMs).sort() : new Float64Array(0);
    this.#peakPerMs =
      pattern.kind === 'ramp'
        ? Math.max(pattern.fromPerSecond, pattern.toPerSecond) / 1000
        : pattern.kind === 'diurnal'
          ? (pattern.meanPerSecond * (1 + amplitude(pattern.peakToTrough))) / 1000
          : 0;
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

  #nonPoisson(): number {
    if (this.#code === CONSTANT) return this.#k++ * this.#gapMs;
    const p = this.#p;
    switch (p.kind) {
      case 'burst':
        return this.#k++ < p.count ? (p.atSeconds ?? 0) * 1000 : Number.POSITIVE_INFINITY;
      case 'replay':
        return this.#k < this.#times.length ? (this.#times[this.#k++] ?? 0) : Number.POSITIVE_INFINITY;
      case 'steps':
        return this.#nextStep(p.steps);
      default:
        return this.#thinned();
    }
  }

  /** Rate at time t, requests per ms (ramp and diurnal only). */
  #ratePerMs(t: number): number {
    const p = this.#p;
    if (p.kind === 'ramp') {
      const start = (p.startSeconds ?? 0) * 1000;
      const end = (p.endSeconds ?? 0) * 1000;
      const f = t <= start ? 0 : t >= end ? 1 : (t - start) / (end - start);
      return (p.fromPerSecond + f * (p.toPerSecond - p.fromPerSecond)) / 1000;
    }
    if (p.kind === 'diurnal') {
      const phase = (2 * Math.PI * (t - p.peakHour * 3_600_000)) / DAY_MS;
      return (p.meanPerSecond * (1 + amplitude(p.peakToTrough) * Math.cos(phase))) / 1000;
    }
    return 0;
  }

  #thinned(): number {
    const peak = this.#peakPerMs;
    if (peak <= 0) return Number.POSITIVE_INFINITY;
    for (;;) {
      this.#t += -Math.log(this.#rng.uniform()) / peak;
      if (this.#rng.uniform() * peak <= this.#ratePerMs(this.#t)) return this.#t;
      // A ramp that ends at rate 0 would loop for ever: nothing more can arrive after its end.
      if (
        this.#p.kind === 'ramp' &&
        this.#p.toPerSecond === 0 &&
        this.#t >= (this.#p.endSeconds ?? 0) * 1000
      ) {
        return Number.POSITIVE_INFINITY;
      }
    }
  }

  #nextStep(steps: readonly { atSeconds: number; ratePerSecond: number }[]): number {
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
