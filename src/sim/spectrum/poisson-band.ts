/** Poisson probabilities over the band of levels where they are not negligible, for the level model. */

// ln Γ(x) (Lanczos, g = 7): for the Poisson probabilities at large means.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x), x > 0. */
export function logGamma(x: number): number {
  let a = LANCZOS[0] as number;
  const t = x + 6.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (x - 1 + i);
  return 0.5 * Math.log(2 * Math.PI) + (x - 0.5) * Math.log(t) - t + Math.log(a);
}

/** The band lo..hi of a Poisson mean and the sum of its probabilities there. */
export interface PoissonBand {
  lo: number;
  hi: number;
  total: number;
}

/**
 * Writes Poisson(`mean`) into `pmf[lo..hi]`, lo = mean − 9 sd − 5 (≥ 0) and hi = mean + 8 sd + 8 (≤ `cap`):
 * Erlang's loss system when `cap` is the limit. The band is empty (lo > hi) when the mean is far above `cap`.
 */
export function poissonBand(mean: number, cap: number, pmf: Float64Array): PoissonBand {
  const sd = Math.sqrt(mean);
  const lo = Math.max(0, Math.floor(mean - 9 * sd - 5));
  const hi = Math.min(cap, Math.ceil(mean + 8 * sd + 8));
  let p = mean > 0 ? Math.exp(lo * Math.log(mean) - mean - logGamma(lo + 1)) : lo === 0 ? 1 : 0;
  let total = 0;
  for (let j = lo; j <= hi; j++) {
    pmf[j] = p;
    total += p;
    p = (p * mean) / (j + 1);
  }
  return { lo, hi, total };
}
