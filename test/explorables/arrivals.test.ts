import { describe, expect, it } from 'vitest';
import { makeArrivals, meanRate, withMeanRate } from '~/explorables/arrivals.ts';
import { meanOf, withMean } from '~/explorables/distributions.ts';

describe('arrival rates', () => {
  it.each([
    [{ kind: 'constant', ratePerSecond: 4 }, 4],
    [{ kind: 'burst', count: 600, atSeconds: 0 }, 1],
    [{ kind: 'ramp', fromPerSecond: 0, toPerSecond: 10 }, 5],
    [
      {
        kind: 'steps',
        steps: [
          { atSeconds: 0, ratePerSecond: 2 },
          { atSeconds: 300, ratePerSecond: 4 },
        ],
      },
      3,
    ],
    [{ kind: 'replay', timestampsMs: [0, 1000, 700_000] }, 2 / 600],
  ] as const)('mean rate of %j over 600 s is %d', (pattern, rate) => {
    expect(meanRate(pattern, 600)).toBeCloseTo(rate, 6);
  });

  it('sums merged patterns', () => {
    expect(
      meanRate(
        [
          { kind: 'poisson', ratePerSecond: 1 },
          { kind: 'burst', count: 60 },
        ],
        60,
      ),
    ).toBe(2);
  });

  it.each(['constant', 'poisson', 'burst', 'ramp', 'diurnal'] as const)(
    'a %s pattern made for 3 req/s has mean 3',
    (kind) => {
      expect(meanRate(makeArrivals(kind, 3, 600), 600)).toBeCloseTo(3, 6);
    },
  );

  it('rescales keeping the shape', () => {
    const scaled = withMeanRate({ kind: 'ramp', fromPerSecond: 1, toPerSecond: 3 }, 4, 600);
    expect(scaled).toEqual({ kind: 'ramp', fromPerSecond: 2, toPerSecond: 6 });
  });
});

describe('distribution means', () => {
  it.each([
    [{ kind: 'fixed', valueMs: 100 }],
    [{ kind: 'exponential', meanMs: 100 }],
    [{ kind: 'uniform', minMs: 50, maxMs: 150 }],
    [{ kind: 'lognormal', medianMs: 80, p99Ms: 400 }],
    [{ kind: 'empirical', samplesMs: [50, 150] }],
  ] as const)('withMean sets the mean of %j', (d) => {
    expect(meanOf(withMean(d, 250))).toBeCloseTo(250, 6);
    expect(withMean(d, 250).kind).toBe(d.kind);
  });
});
