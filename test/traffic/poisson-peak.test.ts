import { describe, expect, it } from 'vitest';
import { expectedCovered, levelVisits, poissonPeak, rangePeak } from '../../src/traffic/poisson-peak.ts';

describe('poissonPeak', () => {
  it('is 0 without traffic, at least the mean in flight, at most the limit', () => {
    expect(poissonPeak(0, 0.1, 60, 1000)).toBe(0);
    expect(poissonPeak(100, 0.1, 60, 1000)).toBeGreaterThanOrEqual(10);
    expect(poissonPeak(1e5, 0.1, 60, 1000)).toBe(1000);
  });

  it('rises with the period length and sits a few standard deviations above the mean', () => {
    const minute = poissonPeak(100, 0.1, 60, 1000);
    const hour = poissonPeak(100, 0.1, 3600, 1000);
    expect(hour).toBeGreaterThan(minute);
    // Mean 10, sd √10 ≈ 3.2: a minute's highest (6,000 arrivals) is 3–5 sd above.
    expect(minute).toBeGreaterThan(19);
    expect(minute).toBeLessThan(26);
  });

  it('the per-period estimate is a level reached at least ln 2 times, the next one less', () => {
    const k = poissonPeak(50, 0.2, 300, 1000);
    expect(levelVisits(50, 0.2, 300, k)).toBeGreaterThanOrEqual(Math.LN2);
    expect(levelVisits(50, 0.2, 300, k + 1)).toBeLessThan(Math.LN2);
  });

  it('over many periods the range reaches higher than any one period', () => {
    const rates = new Array(1000).fill(50);
    const one = poissonPeak(50, 0.2, 60, 1000);
    expect(rangePeak(rates, 0.2, 60, 1000, one)).toBeGreaterThan(one);
    expect(rangePeak(rates, 0.2, 60, one, one)).toBe(one);
  });
});

describe('expectedCovered', () => {
  it('is E[min(N, cap)] for N Poisson(m): all of the mean under a large cap, the cap under a small one', () => {
    expect(expectedCovered(5, 0)).toBe(0);
    expect(expectedCovered(5, 1000)).toBeCloseTo(5, 9);
    expect(expectedCovered(2000, 100)).toBe(100);
    // Direct sum for m = 5, cap = 3: Σ min(k, 3)·e^−5·5^k/k!.
    let [direct, p] = [0, Math.exp(-5)];
    for (let k = 0; k < 200; k++) {
      direct += Math.min(k, 3) * p;
      p *= 5 / (k + 1);
    }
    expect(expectedCovered(5, 3)).toBeCloseTo(direct, 9);
  });
});
