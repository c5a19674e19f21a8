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

import { type LevelRings, MAX_HAZARD, SAT_ABOVE, SAT_BELOW, SAT_IN } from './level-rings.ts';
import type { PoissonBand } from './poisson-band.ts';

/** What a step of the level model needs. */
export interface LevelStep {
  /** Step index (the ring slot is `step % window`). */
  step: number;
  /** Arrivals in the step (λ·dt). */
  arrivals: number;
  /** Poisson(m) of the step over its band (`poissonBand`), `pmf[n]` = P(concurrency = n). */
  band: PoissonBand;
  pmf: Float64Array;
  /** The previous step's band (the levels whose state may change lie in both). */
  previous: PoissonBand;
  /** Levels 1..covered never cold-start (provisioned). */
  covered: number;
  /** Hazards of a jump's climb by level (init-ramp.ts), up to `rampTop`; null without a jump. */
  ramp: Float64Array | null;
  rampTop: number;
  /** q_j for this step's concurrency (init-extension.ts), computed on first need. */
  pull: () => Float64Array;
}

/** Expected creations over the levels in one step; updates the rings. */
export function levelStep(rings: LevelRings, levels: number, s: LevelStep): number {
  const { window: w, hazard, below: belowRing, made: madeRing, sums, alive: initAlive } = rings;
  const { lo, hi, total } = s.band;
  const slot = s.step % w;
  // Levels below both bands were visited all along, levels above both never reached: both are skipped.
  const first = Math.max(1, Math.min(lo, s.previous.lo) + 1);
  let last = Math.min(levels, Math.max(hi, s.previous.hi) + 2);
  if (s.ramp) last = Math.min(levels, Math.max(last, s.rampTop));
  let created = 0;
  let below = 0;
  let gaps = 0;
  let carried = 0;
  let q: Float64Array | null = null;
  const touched = rings.touched;
  for (let j = first; j <= last; j++) {
    if ((touched[j] as number) < s.step - 1) rings.catchUp(j, s.step);
    const k = j * w + slot;
    const sum = sums[j] as number;
    // P(level j is absent at the step's start) = P(no visit in the last T): below j a window ago and no
    // long gap ended since (natural), less the INIT-made visits that keep it alive.
    const natural = sum < 40 ? (belowRing[k] as number) * Math.exp(-sum) : 0;
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
      const pj = total > 0 ? (s.pmf[j - 1] as number) / total : 0;
      below += pj;
      if (pj > 0) gaps += (below * below) / pj;
      h = gaps > 0 ? Math.min(MAX_HAZARD, (s.arrivals * below) / gaps) : MAX_HAZARD;
      f = below;
      sat = SAT_IN;
    }
    if (s.ramp && j <= s.rampTop && (s.ramp[j] as number) > h) h = s.ramp[j] as number;
    // Over the step the window's sum goes from `sum` to `sum − old + h`, linearly: the creations are
    // ∫₀¹ absent·h·e^(−(h − old)u) du (exact in a steady state, never above `absent` after a jump).
    const old = hazard[k] as number;
    const x = h - old;
    let made =
      absent > 0 && h > 0 && j > s.covered
        ? absent * h * (Math.abs(x) < 1e-6 ? 1 - x / 2 : (1 - Math.exp(-x)) / x)
        : 0;
    // A cold start one level below pulls this level up with probability q; the level is then absent (it was
    // last visited no later than the one below).
    const pulled = j > s.covered ? Math.min(carried, Math.max(0, absent - made)) : 0;
    made += pulled;
    created += made;
    carried = 0;
    if (made > 1e-12) {
      q ??= s.pull();
      carried = made * ((q[j] as number) || 0);
    }
    const next = sum - old + h;
    sums[j] = next > 1e-12 ? next : 0;
    hazard[k] = h;
    belowRing[k] = f;
    // INIT-made visits still keeping the level alive: decayed by this step's hazard, the one a window ago
    // dropped.
    if (alive > 0 || pulled > 0 || (madeRing[k] as number) > 0) {
      const kept = alive * Math.exp(-h) + pulled - (madeRing[k] as number) * Math.exp(-(sums[j] as number));
      initAlive[j] = kept > 1e-15 ? kept : 0;
      madeRing[k] = pulled;
    }
    touched[j] = s.step;
    rings.sat[j] = sat;
  }
  return created;
}
