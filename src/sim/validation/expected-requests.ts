/** Expected number of arrivals of a pattern over a horizon (used to refuse runs that could never finish). */
import type { ArrivalPattern } from '../model/arrival-pattern.ts';

/** Most requests a scenario may expect (about a minute of simulation at 5 M req/s). */
export const MAX_EXPECTED_REQUESTS = 300_000_000;

/** Mean arrivals of `p` in [0, horizonSeconds]. */
export function expectedRequests(p: ArrivalPattern, horizonSeconds: number): number {
  const h = horizonSeconds;
  switch (p.kind) {
    case 'constant':
    case 'poisson':
      return p.ratePerSecond * h;
    case 'burst':
      return (p.atSeconds ?? 0) <= h ? p.count : 0;
    case 'replay':
      return p.timestampsMs.length;
    case 'diurnal':
      return p.meanPerSecond * h;
    case 'steps':
      return p.steps.reduce((sum, s, i) => {
        const end = Math.min(h, p.steps[i + 1]?.atSeconds ?? h);
        return sum + s.ratePerSecond * Math.max(0, end - s.atSeconds);
      }, 0);
    case 'ramp':
      // Bounded by the larger rate over the whole horizon: an estimate, not the exact integral.
      return Math.max(p.fromPerSecond, p.toPerSecond) * h;
  }
}
