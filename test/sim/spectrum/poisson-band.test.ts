import { describe, expect, it } from 'vitest';
import { logGamma, poissonBand } from '~/sim/spectrum/poisson-band.ts';

describe('logGamma', () => {
  it('is ln((x−1)!) at integers', () => {
    let lnFact = 0;
    for (let n = 1; n <= 170; n++) {
      expect(logGamma(n)).toBeCloseTo(lnFact, 8);
      lnFact += Math.log(n);
    }
  });
});

describe('poissonBand', () => {
  it('holds all but a negligible share of the distribution, at small and large means', () => {
    for (const mean of [0.3, 4, 200, 5000]) {
      const pmf = new Float64Array(20_000);
      const { lo, hi, total } = poissonBand(mean, 19_999, pmf);
      expect(total).toBeCloseTo(1, 9);
      expect(lo).toBeLessThanOrEqual(Math.floor(mean));
      expect(hi).toBeGreaterThanOrEqual(Math.ceil(mean));
      const m = pmf.slice(lo, hi + 1).reduce((a, p, i) => a + p * (lo + i), 0);
      expect(m).toBeCloseTo(mean, 6);
    }
  });

  it('is empty when the mean is far above the cap (every level is full)', () => {
    const band = poissonBand(1600, 1000, new Float64Array(1001));
    expect(band.lo).toBeGreaterThan(band.hi);
  });
});
