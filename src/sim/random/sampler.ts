/**
 * Samplers for duration distributions, precomputed once per scenario: the hot loop calls `sample` with no
 * allocation and one switch on a small integer.
 */

import type { Distribution } from '../model/types.ts';
import type { Rng } from './rng.ts';

// z such that Φ(z) = 0.99: a log-normal with median m and 99th percentile q has σ = ln(q/m) / z.
const Z99 = 2.3263478740408408;

const FIXED = 0;
const EXPONENTIAL = 1;
const UNIFORM = 2;
const LOGNORMAL = 3;
const EMPIRICAL = 4;

/** A ready-to-sample distribution (milliseconds). */
export class Sampler {
  // Numeric fields start as numbers, not undefined: a field V8 first sees holding undefined keeps later
  // numbers as heap boxes, and `sample` would then box (allocate) every value it returns. And `a`, `b`,
  // `mean` and the spare normal hold a fraction once at creation: V8 then stores them as doubles from the
  // start, and a later sampler with fractional parameters does not change the hidden class that `sample`
  // was optimized for (a "wrong map" deopt mid-run); `kind` stays a small integer (assigned
  // alone: read from an array literal that also holds fractions, it would come out as a double).
  readonly kind: number = FIXED;
  readonly a: number = 0.5;
  readonly b: number = 0.5;
  readonly values: Float64Array;
  /** Exact mean of the distribution, ms. */
  readonly mean: number = 0.5;
  #spare = 0.5;
  #hasSpare = false;

  constructor(d: Distribution) {
    let values = new Float64Array(0);
    let kind = FIXED;
    let [a, b, mean] = [0, 0, 0];
    switch (d.kind) {
      case 'fixed':
        [a, mean] = [d.valueMs, d.valueMs];
        break;
      case 'exponential':
        kind = EXPONENTIAL;
        [a, mean] = [d.meanMs, d.meanMs];
        break;
      case 'uniform':
        kind = UNIFORM;
        [a, b] = [d.minMs, d.maxMs - d.minMs];
        mean = (d.minMs + d.maxMs) / 2;
        break;
      case 'lognormal': {
        const sigma = Math.log(d.p99Ms / d.medianMs) / Z99;
        kind = LOGNORMAL;
        [a, b] = [Math.log(d.medianMs), sigma];
        mean = d.medianMs * Math.exp((sigma * sigma) / 2);
        break;
      }
      case 'empirical':
        values = Float64Array.from(d.samplesMs);
        kind = EMPIRICAL;
        a = values.length;
        mean = values.reduce((s, v) => s + v, 0) / values.length;
        break;
    }
    this.kind = kind;
    this.a = a;
    this.b = b;
    this.mean = mean;
    this.values = values;
    this.#spare = 0;
  }

  /** One value, ms (≥ 0). */
  sample(rng: Rng): number {
    switch (this.kind) {
      case FIXED:
        return this.a;
      case EXPONENTIAL:
        return -this.a * Math.log(rng.uniform());
      case UNIFORM:
        return this.a + this.b * rng.uniform();
      case LOGNORMAL:
        return Math.exp(this.a + this.b * this.#normal(rng));
      default:
        return this.values[Math.floor(rng.uniform() * this.a)] ?? 0;
    }
  }

  /**
   * Fills `out[start]`, `out[start + step]`, … to the end of `out` with samples: the same values, in the
   * same order, as that many `sample` calls. One tight loop, quick to optimize, for a run's many requests.
   */
  fill(rng: Rng, out: Float64Array, start: number, step: number): void {
    if (this.kind === EXPONENTIAL) {
      const a = this.a;
      for (let i = start; i < out.length; i += step) out[i] = -a * Math.log(rng.uniform());
    } else for (let i = start; i < out.length; i += step) out[i] = this.sample(rng);
  }

  // Box–Muller: two uniforms give two independent standard normals; the second is kept for the next call.
  #normal(rng: Rng): number {
    if (this.#hasSpare) {
      this.#hasSpare = false;
      return this.#spare;
    }
    const r = Math.sqrt(-2 * Math.log(rng.uniform()));
    const theta = 2 * Math.PI * rng.uniform();
    this.#spare = r * Math.sin(theta);
    this.#hasSpare = true;
    return r * Math.cos(theta);
  }
}
