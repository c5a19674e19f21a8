/**
 * INIT at a jump in the arrival rate (functions-fast.ts). When the rate jumps, arrivals find no environment
 * free, and each cold one spends INIT before it works: concurrency climbs past the new λ/μ before the first
 * environments are free again, so more levels are created than a function without INIT would have.
 */

/**
 * The highest concurrency reached, in the mean, when the arrival rate jumps to `lambdaPerS` with `n0` requests
 * in flight and environments for `pool` of them (all working, none in INIT). While concurrency is at the pool's
 * top every arrival that finds no environment freed is cold and spends INIT before it works, so concurrency
 * climbs past λ/μ: with μ·INIT near 1 (200 ms INIT, 200 ms work) a day's first second reaches about 1.5 λ/μ.
 * Solved as a mean-field delay equation over 12 mean works (steps of 1/40 of the shorter of INIT and work, at
 * most 20,000); `atS` is when the top was last raised, seconds after the jump, and `peak` the highest mean
 * concurrency on the way (below the pool when the pool holds the jump). The spread about them is another
 * matter (init-climb.ts simulates it).
 */
export function initRampTop(
  n0: number,
  pool: number,
  lambdaPerS: number,
  muPerS: number,
  initS: readonly number[],
): { top: number; atS: number; peak: number } {
  const inits = initS.filter((x) => x > 0);
  if (!(lambdaPerS > 0 && muPerS > 0)) return { top: Math.max(pool, n0), atS: 0, peak: n0 };
  // Without INIT concurrency settles at λ/μ without passing it.
  const settle = Math.max(n0, lambdaPerS / muPerS);
  if (inits.length === 0) return { top: Math.max(pool, settle), atS: 0, peak: settle };
  const span = 12 / muPerS + Math.max(...inits);
  // At most 20,000 steps (a very short INIT changes nothing the steps could show).
  const d = Math.max(Math.min(...inits, 1 / muPerS) / 40, span / 20_000);
  const steps = Math.ceil(span / d);
  const lags = inits.map((x) => Math.max(1, Math.round(x / d)));
  const coldIn = new Float64Array(steps);
  let [working, init, top, atS, peak] = [n0, 0, Math.max(pool, n0), 0, n0];
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
    if (working + init > top) [top, atS] = [working + init, (s + 1) * d];
    peak = Math.max(peak, working + init);
  }
  return { top, atS, peak };
}
