/**
 * The level model's memory (functions-fast.ts): for every concurrency level, what each step of the last idle
 * lifetime (one window of steps) did to it. A level far below the concurrency (visited all the time) or far above
 * it (never reached) changes in a known way, so the model skips it and `catchUp` writes the skipped steps when
 * the level matters again: a day at 1,000 req/s touches a few hundred levels a step, not every level.
 */

/** How a level sat out the steps it was skipped. */
export const SAT_IN = 0;
/** Below the concurrency all along: visited (hazard 50), never below. */
export const SAT_BELOW = 1;
/** Above the concurrency all along: not reached (hazard 0), always below it. */
export const SAT_ABOVE = 2;

/** The largest hazard a step records (e^−50 is 0 for every sum the model reads). */
export const MAX_HAZARD = 50;

/** Per-level rings over one window of steps, and their running sums. */
export class LevelRings {
  readonly window: number;
  /** hazard[j·window + i % window] = θ_j·dt in step i: the hazard of ending a long gap below level j. */
  readonly hazard: Float64Array;
  /** below[j·window + i % window] = P(concurrency < j) in step i. */
  readonly below: Float64Array;
  /** Σ hazard over the window. */
  readonly sums: Float64Array;
  /** The last step each level was worked out in (−1: never). */
  readonly touched: Int32Array;
  /** How each level sits out the steps until it is next worked out (SAT_IN, SAT_BELOW, SAT_ABOVE). */
  readonly sat: Uint8Array;

  constructor(levels: number, window: number) {
    this.window = window;
    this.hazard = new Float64Array((levels + 1) * window);
    this.below = new Float64Array((levels + 1) * window).fill(1);
    this.sums = new Float64Array(levels + 1);
    this.touched = new Int32Array(levels + 1).fill(-1);
    this.sat = new Uint8Array(levels + 1).fill(SAT_ABOVE);
  }

  /**
   * Writes the steps level j sat out since it was last touched, up to step `step` − 1, as the kind it was
   * touched with (a level inside the band is only skipped by a steady run, whose steps are all alike).
   */
  catchUp(j: number, step: number): void {
    const from = (this.touched[j] as number) + 1;
    const sat = this.sat[j] as number;
    if (from >= step || sat === SAT_IN) return;
    const w = this.window;
    const h = sat === SAT_BELOW ? MAX_HAZARD : 0;
    const b = sat === SAT_BELOW ? 0 : 1;
    if (step - from >= w) {
      this.hazard.fill(h, j * w, (j + 1) * w);
      this.below.fill(b, j * w, (j + 1) * w);
      this.sums[j] = h * w;
      return;
    }
    let sum = this.sums[j] as number;
    for (let s = from; s < step; s++) {
      const k = j * w + (s % w);
      sum += h - (this.hazard[k] as number);
      this.hazard[k] = h;
      this.below[k] = b;
    }
    this.sums[j] = sum > 1e-12 ? sum : 0;
  }
}
