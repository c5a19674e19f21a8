/**
 * Latency statistics of a mixture given its survival function: the spectrum's fast paths know each
 * interval's latency distribution in closed form, not one value per request.
 */
import type { LatencyStats } from '../results/result-types.ts';

/** A mixture: `count` requests whose latency exceeds x ms with probability `above(x)`, mean `mean` ms. */
export interface LatencyMixture {
  count: number;
  mean: number;
  /** P(latency > x), non-increasing in x. */
  above: (x: number) => number;
  /** A latency (ms) that almost no request exceeds: the search's upper bound. */
  upperMs: number;
}

/** Count, mean and percentiles (bisection on the survival function, 0.01% of the bound). */
export function mixtureStats(m: LatencyMixture): LatencyStats {
  if (m.count <= 0) return { count: 0, mean: 0, p50: 0, p90: 0, p99: 0, max: 0 };
  const quantile = (q: number): number => {
    let [lo, hi] = [0, m.upperMs];
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2;
      if (m.above(mid) > 1 - q) lo = mid;
      else hi = mid;
    }
    return hi;
  };
  return {
    count: Math.round(m.count),
    mean: m.mean,
    p50: quantile(0.5),
    p90: quantile(0.9),
    p99: quantile(0.99),
    // Not drawn request by request: the value one request in `count` exceeds, an estimate of the maximum.
    max: quantile(1 - 1 / Math.max(2, m.count)),
  };
}
