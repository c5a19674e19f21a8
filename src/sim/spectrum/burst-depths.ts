/**
 * The level model's bursts (level-model.ts): cold starts come in bursts, the concurrency climbing several new
 * levels in a few milliseconds, and a burst's d cold requests all hold their levels through INIT. Going up the
 * levels of a step, this tracks each level's creations by depth in their burst (the d-th new level of a burst
 * has its burst's other requests d levels below it) and the INIT pull they pass to the level above:
 * - a level's own creations (the model without INIT) go on from the level below's with φ: the others reach the
 *   burst's next level before one of the burst's d requests leaves (`reachWithin`, rate dμ); the rest start
 *   new bursts (depth 1);
 * - each pulls the level above with q^(d) (`initExtension` with S₁ ~ Exp(dμ)): the others reach it only in the
 *   INIT the first leaver adds; a level so pulled is one deeper in the same burst.
 */
import { PULL_DEPTHS, type PullTables } from './init-extension.ts';

/** Creations and pulls by depth (index d = depth d, 1…PULL_DEPTHS) for the level below and this level. */
export class BurstDepths {
  #below = new Float64Array(PULL_DEPTHS + 1);
  #here = new Float64Array(PULL_DEPTHS + 1);
  #carry = new Float64Array(PULL_DEPTHS + 1);
  #next = new Float64Array(PULL_DEPTHS + 1);
  /** Deepest depth holding mass in `#below` and `#carry`. */
  #belowTop = 0;
  #carryTop = 0;

  /** Starts a step (the lowest level has nothing below it). */
  reset(): void {
    this.none();
  }

  /** The pull to the level above, set by `level` (a field, not a return value: a returned double is boxed). */
  readonly carried = new Float64Array(1);

  /** Level j: `own` creations without INIT, `pulledShare` of the pull carried into it taken; sets `carried`. */
  level(j: number, own: number, pulledShare: number, q: PullTables): void {
    // Plain loops over at most PULL_DEPTHS entries; table entries read inline (a helper returning a double
    // would box it: this runs about a million times for a day at 1,000 req/s).
    const top = q.levels;
    const stride = top + 1;
    const stay = q.stay;
    const pull = q.pull;
    const below = this.#below;
    const here = this.#here;
    const carry = this.#carry;
    const next = this.#next;
    const belowTop = this.#belowTop;
    const carryTop = this.#carryTop;
    const hereMax = belowTop < PULL_DEPTHS ? belowTop + 1 : PULL_DEPTHS;
    for (let d = 1; d <= hereMax; d++) here[d] = 0;
    // Creations one level below that go on to this one, one deeper.
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
    // Depths holding less than 1e-12 of this level's creations are dropped.
    const cut = 1e-12 * own;
    const nextMax = Math.max(hereMax, carryTop < PULL_DEPTHS ? carryTop + 1 : PULL_DEPTHS);
    for (let d = 1; d <= nextMax; d++) next[d] = 0;
    let carried = 0;
    let hereTop = 1;
    let nextTop = 0;
    for (let d = 1; d <= hereMax; d++) {
      const v = d > 1 ? (here[d] as number) * fit : (here[1] as number);
      here[d] = v;
      const k = j - d + 1;
      if (v > cut && k >= 1 && k <= top) {
        hereTop = d;
        const p = v * (pull[(d - 1) * stride + k] as number);
        next[d] = (next[d] as number) + p;
        carried += p;
        if (p > 0 && d > nextTop) nextTop = d;
      }
    }
    if (pulledShare > 0)
      for (let d = 1; d <= carryTop; d++) {
        const c = carry[d] as number;
        const depth = d < PULL_DEPTHS ? d + 1 : PULL_DEPTHS;
        const k = j - depth + 1;
        if (c > 0 && k >= 1 && k <= top) {
          const p = c * pulledShare * (pull[(depth - 1) * stride + k] as number);
          next[depth] = (next[depth] as number) + p;
          carried += p;
          if (p > 0 && depth > nextTop) nextTop = depth;
        }
      }
    // This level becomes the level below; the pull to j + 1 becomes the carry.
    this.#below = here;
    this.#here = below;
    this.#carry = next;
    this.#next = carry;
    this.#belowTop = hereTop;
    this.#carryTop = nextTop;
    this.carried[0] = carried;
  }

  /** A level with no creations: nothing goes on from it. */
  none(): void {
    this.#belowTop = 0;
    this.#carryTop = 0;
    this.carried[0] = 0;
  }
}
