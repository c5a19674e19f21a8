import { TrafficError, type TrafficPeriod } from './traffic-types.ts';

/**
 * Sorts periods by time and returns their length, s: the most common gap between neighbours, which must be
 * a whole number of minutes from 1 to 60 (CloudWatch keeps 1-minute data 15 days, 5-minute data 63 days).
 * Two rows for one time are an error naming the time.
 */
export function periodSeconds(periods: TrafficPeriod[]): number {
  periods.sort((a, b) => a.startMs - b.startMs);
  if (periods.length < 2)
    throw new TrafficError(`need at least 2 periods to tell their length, got ${periods.length}`);
  const gaps = new Map<number, number>();
  for (let i = 1; i < periods.length; i++) {
    const gap = (periods[i] as TrafficPeriod).startMs - (periods[i - 1] as TrafficPeriod).startMs;
    if (gap === 0)
      throw new TrafficError(`two rows for ${new Date((periods[i] as TrafficPeriod).startMs).toISOString()}`);
    gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
  }
  const [gapMs] = [...gaps.entries()].reduce((a, b) => (b[1] > a[1] ? b : a));
  if (gapMs % 60_000 !== 0 || gapMs < 60_000 || gapMs > 3_600_000)
    throw new TrafficError(`periods must be 1 to 60 whole minutes apart, most are ${gapMs / 1000} s apart`);
  return gapMs / 1000;
}
