/**
 * One step of the level model (functions-fast.ts): the expected new environments (cold starts) in a step, level
 * by level. Lambda keeps an environment until it has been idle for the idle lifetime T and reuses the newest
 * idle one first, so level j has an environment exactly when concurrency reached j in the last T.
 *
 * Concurrency is M/M/∞ (Poisson arrivals λ, exponential work with rate μ), Poisson(m) in the step. Below level j
 * the concurrency makes gaps; a gap long enough to outlive T ends the quasi-stationary way, at the rate
 * θ_j = λ·F(j−1) / Σ_{i<j} F(i)²/π(i) (F the distribution function: one over the mean first-passage time to j
 * from the distribution below j), so level j is absent with probability P(below j a window ago) · e^(−∫θ_j),
 * and each step creates it with that probability times the step's share of the hazard.
 *
 * INIT adds levels (burst-depths.ts: a cold request's INIT holds concurrency up while the requests' own count
 * climbs; init-climb.ts: the climb after a jump, simulated). Let the count of requests be the concurrency
 * without INIT: a level INIT made while that count stayed below it with h cold requests holding is a cold
 * start the function would not have had unless the count reaches the level within T anyway, so it counts with
 * the probability that the count, h below it, does not: 1 − Π (1 − G_i) over the h levels up to it
 * (G_i = P(T_(i−1→i) > T), `noReturnWithin`; every level must be reached on the way up, each passage mostly
 * quick or longer than T).
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
  /** Hazards of a jump's climb by level, INIT included (init-climb.ts), up to `rampTop`; null without a jump. */
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
  const { window: w, hazard, below: belowRing, sums } = rings;
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
    // long gap ended since.
    const absent =
      sum === 0 ? (belowRing[k] as number) : sum < 40 ? (belowRing[k] as number) * expNeg(sum) : 0;
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
    const made =
      absent > 0 && h > 0 && j > s.covered
        ? absent * h * (Math.abs(x) < 1e-3 ? 1 - (x / 2) * (1 - x / 3) : (1 - Math.exp(-x)) / x)
        : 0;
    // INIT-made levels arriving from below are cold starts while the level is absent and not made otherwise;
    // each counts with the chance that the requests' own count, h below, does not reach the level within T.
    const arriving = j > s.covered ? carried : 0;
    const take = arriving > 1e-9 ? Math.min(1, Math.max(0, absent - made) / arriving) : 0;
    let extra = 0;
    if (take > 0) {
      q ??= s.pull();
      const g = q.noReturn;
      let reached = 1;
      const tops = bursts.arrivingTop;
      for (let hold = 1; hold <= tops; hold++) {
        const i = j - hold + 1;
        reached *= 1 - (i < 1 ? 1 : (g[Math.min(i, q.levels)] as number));
        extra += bursts.arriving(hold) * (1 - reached);
      }
      extra *= take;
    }
    created += made + extra;
    carried = 0;
    // A jump's climb was simulated with its INITs (init-climb.ts): its step adds no INIT-made levels of its own.
    if (!s.ramp && (made > 1e-12 || take > 0)) {
      q ??= s.pull();
      bursts.level(j, made, take, q);
      carried = bursts.carried[0] as number;
    } else bursts.none();
    const next = sum - old + h;
    sums[j] = next > 1e-12 ? next : 0;
    hazard[k] = h;
    belowRing[k] = f;
    touched[j] = s.step;
    rings.sat[j] = sat;
  }
  return created;
}

// e^(−x) for x ≥ 0, by its series where x is small (most levels' hazards are).
function expNeg(x: number): number {
  return x < 1e-3 ? 1 - x * (1 - x / 2) : Math.exp(-x);
}
