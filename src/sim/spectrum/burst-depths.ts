/**
 * The level model's bursts (level-model.ts): cold starts come in bursts, the concurrency climbing several new
 * levels in a few milliseconds, and a burst's cold requests hold their levels through INIT. Going up the levels
 * of a step, this tracks two kinds of new level:
 * - the model's own creations (the function without INIT), by depth in their burst (the d-th new level of a
 *   burst has its burst's other requests d levels below it): they go on from the level below's with φ (the
 *   others reach the burst's next level before one of the burst's d requests leaves, `reachWithin`, rate dμ);
 *   the rest start new bursts (depth 1);
 * - levels that INIT alone makes: concurrency held up by h cold requests still in their INIT while the
 *   requests' own count is h below it ("holds"). Each own creation makes the level above this way with q^(d)
 *   (`initExtension` with S₁ ~ Exp(dμ): the others reach it only in the INIT the first leaver adds), one hold.
 *   A level INIT made goes on like any burst: with φ to the next level, holds unchanged, and with q to the next
 *   level, one hold more. Their depth is tracked as a mean (the tables vary slowly with depth).
 * Such a level is a cold start the function without INIT would not have had only when the requests' own count
 * does not reach it within the idle lifetime either (level-model.ts weighs it by the no-return probabilities).
 */
import { PULL_DEPTHS, type PullTables } from './init-extension.ts';

/** Most holds told apart (more are counted as this many: the weight of more holds barely grows). */
export const HOLDS = 6;

/** Own creations by depth, and INIT-made levels by holds, for the level below and this level. */
export class BurstDepths {
  #below = new Float64Array(PULL_DEPTHS + 1);
  #here = new Float64Array(PULL_DEPTHS + 1);
  /** Deepest depth holding mass in `#below`. */
  #belowTop = 0;
  // INIT-made levels arriving at the next level: mass by holds (index h), and Σ mass × depth there.
  #mass = new Float64Array(HOLDS + 1);
  #nextMass = new Float64Array(HOLDS + 1);
  #depthMass = 0;
  /** Most holds with mass in `#mass` (0: none). */
  #massTop = 0;

  /** Starts a step (the lowest level has nothing below it). */
  reset(): void {
    this.none();
  }

  /** INIT-made levels arriving at the next level, in all (a field, not a return value: a returned double is boxed). */
  readonly carried = new Float64Array(1);

  /** INIT-made levels arriving at the next level with h holds (index h = 1…HOLDS). */
  arriving(h: number): number {
    return this.#mass[h] as number;
  }

  /** Most holds among the INIT-made levels arriving at the next level (0: none). */
  get arrivingTop(): number {
    return this.#massTop;
  }

  /**
   * Level j: `own` creations without INIT; `take` of the INIT-made levels arriving here are cold starts (the
   * rest found the level alive and go no further). Sets what arrives at j + 1.
   */
  level(j: number, own: number, take: number, q: PullTables): void {
    // Plain loops over at most PULL_DEPTHS entries; table entries read inline (a helper returning a double
    // would box it: this runs about a million times for a day at 1,000 req/s).
    const top = q.levels;
    const stride = top + 1;
    const stay = q.stay;
    const pull = q.pull;
    const below = this.#below;
    const here = this.#here;
    const belowTop = this.#belowTop;
    const hereMax = belowTop < PULL_DEPTHS ? belowTop + 1 : PULL_DEPTHS;
    for (let d = 1; d <= hereMax; d++) here[d] = 0;
    // Own creations one level below that go on to this one, one deeper.
    let goOn = 0;
    for (let d = 1; d <= belowTop; d++) {
      const b = below[d] as number;
      const k = j - d;
      if (b > 0 && k >= 1 && k <= top) {
        const g = b * (stay[(d - 1) * stride + k] as number);
        const to = d < PULL_DEPTHS ? d + 1 : PULL_DEPTHS;
        here[to] = (here[to] as number) + g;
        goOn += g;
      }
    }
    const fit = goOn > own ? own / goOn : 1;
    here[1] = Math.max(0, own - goOn * fit);
    const nextMass = this.#nextMass;
    for (let h = 1; h <= HOLDS; h++) nextMass[h] = 0;
    let nextTop = 0;
    // Depths holding less than 1e-12 of this level's creations are dropped.
    const cut = 1e-12 * own;
    let hereTop = 1;
    let pulledOwn = 0;
    let pulledDepth = 0;
    for (let d = 1; d <= hereMax; d++) {
      const v = d > 1 ? (here[d] as number) * fit : (here[1] as number);
      here[d] = v;
      const k = j - d + 1;
      if (v > cut && k >= 1 && k <= top) {
        hereTop = d;
        const p = v * (pull[(d - 1) * stride + k] as number);
        pulledOwn += p;
        pulledDepth += p * (d + 1);
      }
    }
    nextMass[1] = pulledOwn;
    if (pulledOwn > 0) nextTop = 1;
    // INIT-made levels here: each goes on with φ (same holds) and is pulled with q (one hold more), at the
    // tables' values for their mean depth, rounded (the tables vary slowly with depth).
    let carried = pulledOwn;
    let depthMass = pulledDepth;
    const arrived = this.carried[0] as number;
    if (take > 0 && arrived > 0) {
      let depth = Math.round(this.#depthMass / arrived);
      if (depth > PULL_DEPTHS) depth = PULL_DEPTHS;
      const k = j - depth + 1;
      if (k >= 1 && k <= top) {
        const x = (depth - 1) * stride + k;
        const go = take * (stay[x] as number);
        const pl = take * (pull[x] as number);
        const mass = this.#mass;
        let from = 0;
        for (let h = 1; h <= this.#massTop; h++) {
          const m = mass[h] as number;
          nextMass[h] = (nextMass[h] as number) + m * go + from;
          from = m * pl;
        }
        const t = this.#massTop;
        if (t > 0) {
          if (t < HOLDS) nextMass[t + 1] = (nextMass[t + 1] as number) + from;
          else nextMass[HOLDS] = (nextMass[HOLDS] as number) + from;
          nextTop = t < HOLDS ? t + 1 : HOLDS;
        }
        const moved = arrived * (go + pl);
        carried += moved;
        depthMass += moved * (depth + 1);
      }
    }
    // This level becomes the level below; what it sends up becomes what arrives.
    this.#below = here;
    this.#here = below;
    this.#belowTop = hereTop;
    this.#nextMass = this.#mass;
    this.#mass = nextMass;
    this.#depthMass = depthMass;
    this.#massTop = nextTop;
    this.carried[0] = carried;
  }

  /** A level with no creations: nothing goes on from it. */
  none(): void {
    this.#belowTop = 0;
    for (let h = 1; h <= this.#massTop; h++) this.#mass[h] = 0;
    this.#massTop = 0;
    this.#depthMass = 0;
    this.carried[0] = 0;
  }
}
