/**
 * Expected arrivals per second of an arrival pattern, as a piecewise-constant profile: the input of the
 * spectrum's fast paths (`queue-models.ts`, `functions-chain.ts`), which work from rates, not events.
 */

import type { ArrivalPattern } from '../model/arrival-pattern.ts';
import { amplitude } from '../random/arrival-source.ts';

const DAY_S = 86_400;

/**
 * Mean arrivals in each second [s, s + 1) of the horizon, summed over the patterns (req/s), or `null` when a
 * pattern has no rate function (burst, replay, ramp: the exact path handles those). Diurnal rates are the
 * exact integral of the cosine over each second; steps are exact.
 */
export function rateProfile(
  patterns: readonly ArrivalPattern[],
  horizonSeconds: number,
): Float64Array | null {
  const n = Math.ceil(horizonSeconds);
  const rates = new Float64Array(n);
  for (const p of patterns) {
    if (p.kind === 'poisson' || p.kind === 'constant') {
      rates.forEach((r, s) => {
        rates[s] = r + p.ratePerSecond;
      });
    } else if (p.kind === 'diurnal') {
      const a = amplitude(p.peakToTrough);
      const k = (2 * Math.PI) / DAY_S;
      // ∫ mean·(1 + a·cos(k(t − peak))) dt over [s, s+1].
      for (let s = 0; s < n; s++) {
        const u0 = k * (s - p.peakHour * 3600);
        rates[s] = (rates[s] as number) + p.meanPerSecond * (1 + (a * (Math.sin(u0 + k) - Math.sin(u0))) / k);
      }
    } else if (p.kind === 'steps') {
      p.steps.forEach((step, i) => {
        const end = Math.min(n, p.steps[i + 1]?.atSeconds ?? n);
        for (let s = Math.floor(step.atSeconds); s < end; s++) {
          const overlap = Math.min(s + 1, end) - Math.max(s, step.atSeconds);
          if (overlap > 0) rates[s] = (rates[s] as number) + step.ratePerSecond * overlap;
        }
      });
    } else return null;
  }
  // A horizon that ends inside its last second: that second holds only the part before the end.
  const tail = horizonSeconds - (n - 1);
  if (n > 0 && tail < 1) rates[n - 1] = (rates[n - 1] as number) * tail;
  return rates;
}
