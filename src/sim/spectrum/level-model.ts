/**
 * One step of the level model (functions-fast.ts): the expected new environments (cold starts) in a step, level
 * by level. Lambda keeps an environment until it has been idle for the idle lifetime T and reuses the newest
 * idle one first, so level j has an environment exactly when concurrency reached j in the last T.
 *
 * Concurrency is M/M/∞ (Poisson arrivals λ, exponential work with rate μ), Poisson(m) in the step. Below level j
 * the concurrency makes gaps; a gap long enough to outlive T ends the quasi-stationary way, at the rate
 * θ_j = λ·F(j−1) / Σ_{i<j} F(i)²/π(i) (F the distribution function: one over the mean first-passage time to j
 * from the distribution below j), so level j is absent with probability P(below j a window ago) · e^(−∫θ_j),
 * and each step creates it with that probability times the step's share of the hazard. INIT adds visits
 * (init-extension.ts: a cold start pulls the next level up; init-ramp.ts: the climb after a jump).
 */

import { BurstDepths } from './burst-depths.ts';
import type { PullTables } from './init-extension.ts';
import { type LevelRings, MAX_HAZARD, SAT_ABOVE, SAT_BELOW, SAT_IN } from './level-rings.ts';
import type { PoissonBand } from './poisson-band.ts';

const bursts = new BurstDepths();

/** What a step of the level model needs. */
export interface LevelStep {
  /** Step index (the ring slot is `step % window`). */
  step: number;
  /** Poisson(m) of the step over its band (`poissonBand`). */
  band: PoissonBand;
  /** Per level j in the band: the step's hazard θ_j·dt and P(concurrency < j) (`bandHazards`). */
  hazards: Float64Array;
  below: Float64Array;
  /** The previous step's band (the levels whose state may change lie in both). */
  previous: PoissonBand;
  /** Levels 1..covered never cold-start (provisioned). */
  covered: number;
  /** Hazards of a jump's climb by level (init-ramp.ts), up to `rampTop`; null without a jump. */
  ramp: Float64Array | null;
  rampTop: number;
  /** Pull tables by burst depth for this step's concurrency (`initTables`), computed on first need. */
  pull: () => PullTables;
}

/**
 * Each band level's hazard over a step with `arrivals` (λ·dt) and Poisson(m) in `pmf` (`poissonBand`):
 * `hazards[j]` = θ_j·dt (at most 50) and `below[j]` = P(concurrency < j), for j − 1 in the band.
 */
export function bandHazards(
  band: PoissonBand,
  pmf: Float64Array,
  arrivals: number,
  hazards: Float64Array,
  below: Float64Array,
): void {
  let [f, gaps] = [0, 0];
  for (let n = band.lo; n <= band.hi; n++) {
    const p = band.total > 0 ? (pmf[n] as number) / band.total : 0;
    f += p;
    if (p > 0) gaps += (f * f) / p;
    hazards[n + 1] = gaps > 0 ? Math.min(MAX_HAZARD, (arrivals * f) / gaps) : MAX_HAZARD;
    below[n + 1] = f;
  }
}

/** Expected creations over the levels in one step; updates the rings. */
export function levelStep(rings: LevelRings, levels: number, s: LevelStep): number {
  const { window: w, hazard, below: belowRing, made: madeRing, sums, alive: initAlive } = rings;
  const { lo, hi } = s.band;
  const slot = s.step % w;
  // Levels below both bands were visited all along, levels above both never reached: both are skipped.
  const first = Math.max(1, Math.min(lo, s.previous.lo) + 1);
  let last = Math.min(levels, Math.max(hi, s.previous.hi) + 2);
  if (s.ramp) last = Math.min(levels, Math.max(last, s.rampTop));
  let created = 0;
  let carried = 0;
  bursts.reset();
  let q: PullTables | null = null;
  const touched = rings.touched;
  for (let j = first; j <= last; j++) {
    if ((touched[j] as number) < s.step - 1) rings.catchUp(j, s.step);
    const k = j * w + slot;
    const sum = sums[j] as number;
    // P(level j is absent at the step's start) = P(no visit in the last T): below j a window ago and no
    // long gap ended since (natural), less the INIT-made visits that keep it alive.
    const natural =
      sum === 0 ? (belowRing[k] as number) : sum < 40 ? (belowRing[k] as number) * expNeg(sum) : 0;
    const alive = initAlive[j] as number;
    const absent = natural > alive ? natural - alive : 0;
    let h = 0;
    let f = 1;
    let sat = SAT_ABOVE;
    if (j - 1 < lo) {
      h = MAX_HAZARD;
      f = 0;
      sat = SAT_BELOW;
    } else if (j - 1 <= hi) {
      h = s.hazards[j] as number;
      f = s.below[j] as number;
      sat = SAT_IN;
    }
    if (s.ramp && j <= s.rampTop && (s.ramp[j] as number) > h) h = s.ramp[j] as number;
    // Over the step the window's sum goes from `sum` to `sum − old + h`, linearly: the creations are
    // ∫₀¹ absent·h·e^(−(h − old)u) du (exact in a steady state, never above `absent` after a jump).
    const old = hazard[k] as number;
    const x = h - old;
    let made =
      absent > 0 && h > 0 && j > s.covered
        ? absent * h * (Math.abs(x) < 1e-3 ? 1 - (x / 2) * (1 - x / 3) : (1 - Math.exp(-x)) / x)
        : 0;
    // A cold start one level below pulls this level up with probability q; the level is then absent (it was
    // last visited no later than the one below).
    const pulled = j > s.covered && carried > 1e-9 ? Math.min(carried, Math.max(0, absent - made)) : 0;
    const share = carried > 1e-9 ? pulled / carried : 0;
    const own = made;
    made += pulled;
    created += made;
    carried = 0;
    if (made > 1e-12) {
      q ??= s.pull();
      bursts.level(j, own, share, q);
      carried = bursts.carried[0] as number;
    } else bursts.none();
    const next = sum - old + h;
    sums[j] = next > 1e-12 ? next : 0;
    hazard[k] = h;
    belowRing[k] = f;
    // INIT-made visits still keeping the level alive: decayed by this step's hazard, the one a window ago
    // dropped.
    const dropped = madeRing[k] as number;
    if (alive > 0 || pulled > 0 || dropped > 0) {
      const kept = alive * expNeg(h) + pulled - (dropped > 0 ? dropped * expNeg(sums[j] as number) : 0);
      initAlive[j] = kept > 1e-9 ? kept : 0;
      madeRing[k] = pulled;
    }
    touched[j] = s.step;
    rings.sat[j] = sat;
  }
  return created;
}

// e^(−x) for x ≥ 0, by its series where x is small (most levels' hazards are).
function expNeg(x: number): number {
  return x < 1e-3 ? 1 - x * (1 - x / 2) : Math.exp(-x);
}
