/**
 * INIT at a jump in the arrival rate (functions-fast.ts). When the rate jumps, arrivals find no environment
 * free, and each cold one spends INIT before it works: concurrency climbs past the new λ/μ before the first
 * environments are free again, so more levels are created than a function without INIT would have.
 */

import { logGamma } from './poisson-band.ts';
/**
 * The highest concurrency reached, in the mean, when the arrival rate jumps to `lambdaPerS` with `n0` requests
 * in flight and environments for `pool` of them (all working, none in INIT). While concurrency is at the pool's
 * top every arrival that finds no environment freed is cold and spends INIT before it works, so concurrency
 * climbs past λ/μ: with μ·INIT near 1 (200 ms INIT, 200 ms work) a day's first second reaches about 1.5 λ/μ.
 * Solved as a mean-field delay equation over 12 mean works (steps of 1/40 of the shorter of INIT and work, at most 20,000).
 */
export function initRampTop(
  n0: number,
  pool: number,
  lambdaPerS: number,
  muPerS: number,
  initS: readonly number[],
): number {
  const inits = initS.filter((x) => x > 0);
  if (!(lambdaPerS > 0 && muPerS > 0)) return Math.max(pool, n0);
  // Without INIT concurrency settles at λ/μ without passing it.
  if (inits.length === 0) return Math.max(pool, n0, lambdaPerS / muPerS);
  const span = 12 / muPerS + Math.max(...inits);
  // At most 20,000 steps (a very short INIT changes nothing the steps could show).
  const d = Math.max(Math.min(...inits, 1 / muPerS) / 40, span / 20_000);
  const steps = Math.ceil(span / d);
  const lags = inits.map((x) => Math.max(1, Math.round(x / d)));
  const coldIn = new Float64Array(steps);
  let [working, init, top] = [n0, 0, Math.max(pool, n0)];
  for (let s = 0; s < steps; s++) {
    // Below the top a freed environment takes every arrival; at the top, only as many as leave.
    const atTop = working + init >= top - 1e-9;
    const warm = atTop ? Math.min(lambdaPerS, muPerS * working) : lambdaPerS;
    const cold = lambdaPerS - warm;
    let ready = 0;
    for (const lag of lags) if (s >= lag) ready += (coldIn[s - lag] as number) / lags.length;
    coldIn[s] = cold;
    working += (warm + ready - muPerS * working) * d;
    init += (cold - ready) * d;
    top = Math.max(top, working + init);
  }
  return top;
}

/**
 * The hazard of reaching each level while concurrency stays near a mean-field `peak` for one mean work, into
 * `out[level]`: P(not reached) = P(below the level at the peak) · e^(−θ/μ), θ being the level model's rate
 * for Poisson(peak) (functions-fast.ts). Levels below the band get the largest hazard, 50.
 */
export function peakHazards(peak: number, muPerS: number, levels: number, out: Float64Array): number {
  out.fill(0);
  const sd = Math.sqrt(peak);
  const lo = Math.min(levels, Math.max(0, Math.floor(peak - 9 * sd - 5)));
  const hi = Math.min(levels, Math.ceil(peak + 8 * sd + 8));
  for (let n = 0; n < lo; n++) out[n + 1] = 50;
  let p = Math.exp(lo * Math.log(peak) - peak - logGamma(lo + 1));
  let [below, gaps] = [0, 0];
  for (let n = lo; n < hi; n++) {
    below += p;
    if (p > 0) gaps += (below * below) / p;
    const theta = gaps > 0 ? (peak * muPerS * below) / gaps : 50;
    out[n + 1] = Math.min(50, -Math.log(Math.min(1, below)) + theta / muPerS);
    p = (p * peak) / (n + 1);
  }
  return hi;
}
