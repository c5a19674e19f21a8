import type { Distribution } from '../sim/index.ts';
import type { TrafficPeriod } from './traffic-types.ts';

// z with Φ(z) = 0.99.
const Z99 = 2.3263478740408408;

/** A duration distribution fitted to the file, and how (one sentence for the page). */
export interface DurationFit {
  distribution: Distribution;
  how: string;
}

/**
 * One handler-duration distribution for the whole file, from the invocation-weighted means of the
 * per-period statistics it has: p50 and p99 → log-normal through both; average and p99 → log-normal with that
 * mean and 99th percentile; average only → exponential with that mean; none → exponential with `fallbackMs`.
 * Changes of duration over time are not kept (one distribution for the whole range).
 */
export function fitDuration(periods: readonly TrafficPeriod[], fallbackMs: number): DurationFit {
  const mean = (key: 'durationAvgMs' | 'durationP50Ms' | 'durationP99Ms'): number | null => {
    let [sum, weight] = [0, 0];
    for (const p of periods) {
      const v = p[key];
      if (v === null || p.invocations <= 0) continue;
      sum += v * p.invocations;
      weight += p.invocations;
    }
    return weight > 0 ? sum / weight : null;
  };
  const [avg, p50, p99] = [mean('durationAvgMs'), mean('durationP50Ms'), mean('durationP99Ms')];
  if (p50 !== null && p99 !== null && p99 > p50)
    return {
      distribution: { kind: 'lognormal', medianMs: round(p50), p99Ms: round(p99) },
      how: `log-normal through the file's p50 (${round(p50)} ms) and p99 (${round(p99)} ms)`,
    };
  if (avg !== null && p99 !== null && p99 > avg) {
    // mean = m·e^(σ²/2), p99 = m·e^(zσ) ⇒ σ²/2 − zσ + ln(p99/mean) = 0, the smaller root.
    const c = Math.log(p99 / avg);
    const disc = Z99 * Z99 - 2 * c;
    if (disc > 0) {
      const sigma = Z99 - Math.sqrt(disc);
      const median = avg / Math.exp((sigma * sigma) / 2);
      return {
        distribution: { kind: 'lognormal', medianMs: round(median), p99Ms: round(p99) },
        how: `log-normal with the file's average (${round(avg)} ms) and p99 (${round(p99)} ms)`,
      };
    }
  }
  if (avg !== null && avg > 0)
    return {
      distribution: { kind: 'exponential', meanMs: round(avg) },
      how: `exponential with the file's average (${round(avg)} ms): only an average was given`,
    };
  return {
    distribution: { kind: 'exponential', meanMs: fallbackMs },
    how: `exponential with a mean of ${fallbackMs} ms: the file has no Duration`,
  };
}

const round = (v: number) => Math.max(0.001, Math.round(v * 1000) / 1000);
