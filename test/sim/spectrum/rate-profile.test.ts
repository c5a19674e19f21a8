import type { ArrivalPattern } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { rateProfile } from '~/sim/spectrum/rate-profile.ts';
import { expectedRequests } from '~/sim/validation/expected-requests.ts';

describe('rateProfile', () => {
  const patterns: ArrivalPattern[] = [
    { kind: 'poisson', ratePerSecond: 3.5 },
    { kind: 'diurnal', meanPerSecond: 10, peakToTrough: 6, peakHour: 14 },
    {
      kind: 'steps',
      steps: [
        { atSeconds: 10.5, ratePerSecond: 4 },
        { atSeconds: 100, ratePerSecond: 0 },
        { atSeconds: 3000, ratePerSecond: 7 },
      ],
    },
  ];

  it.each(patterns)('sums to the expected requests of a $kind pattern', (p) => {
    // expectedRequests takes a daily cycle's mean for any horizon: exact only over whole days.
    for (const h of p.kind === 'diurnal' ? [86_400] : [86_400, 5000.5]) {
      const sum = rateProfile([p], h)?.reduce((a, r) => a + r, 0) ?? -1;
      expect(sum).toBeCloseTo(expectedRequests(p, h), 6);
    }
  });

  it('peaks at the peak hour of a daily cycle, 6× the trough', () => {
    const r = rateProfile([{ kind: 'diurnal', meanPerSecond: 10, peakToTrough: 6, peakHour: 14 }], 86_400);
    const peak = r?.[14 * 3600] ?? 0;
    const trough = r?.[2 * 3600] ?? 1;
    expect(peak / trough).toBeCloseTo(6, 2);
  });

  it('has no profile for patterns without a rate', () => {
    expect(rateProfile([{ kind: 'burst', count: 10 }], 60)).toBeNull();
    expect(rateProfile([{ kind: 'replay', timestampsMs: [1, 2] }], 60)).toBeNull();
  });
});
