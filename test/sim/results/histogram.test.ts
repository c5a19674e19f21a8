import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUCKETS, bucketMid, bucketOf, Histogram, quantileOf, quantilesOf } from '~/sim/results/histogram.ts';

// The union scan as it was before the summed-counts version: one upward pass over every bucket, reading each
// histogram through countAt. quantilesOf must give exactly its numbers.
function referenceQuantiles(hs: readonly Histogram[], qs: readonly number[]): number[] {
  const used = hs.filter((h) => h.count > 0);
  const count = used.reduce((n, h) => n + h.count, 0);
  if (count === 0) return qs.map(() => 0);
  const lo = Math.min(...used.map((h) => h.lo));
  const hi = Math.max(...used.map((h) => h.hi));
  const min = Math.min(...used.map((h) => h.min));
  const max = Math.max(...used.map((h) => h.max));
  const out = qs.map(() => max);
  let k = 0;
  let seen = 0;
  for (let i = lo; i <= hi && k < qs.length; i++) {
    for (const h of used) seen += h.countAt(i);
    while (k < qs.length && seen >= Math.max(1, Math.ceil((qs[k] as number) * count))) {
      out[k] = Math.min(max, Math.max(min, bucketMid(i)));
      k++;
    }
  }
  return out;
}

describe('Histogram', () => {
  it('reports every quantile within 0.4% of the exact order statistic', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e8, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (xs, q) => {
          const h = new Histogram();
          for (const x of xs) h.record(x);
          const sorted = [...xs].sort((a, b) => a - b);
          const exact = sorted[Math.max(0, Math.ceil(q * xs.length) - 1)] as number;
          expect(Math.abs(h.quantile(q) - exact) / exact).toBeLessThanOrEqual(1 / 257 + 1e-12);
        },
      ),
    );
  });

  it('quantile scans from either end and gives exactly the union scan of quantileOf', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e8, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (xs, qs, reset) => {
          const h = new Histogram();
          if (reset) {
            for (const x of xs) h.record(x * 3);
            h.reset();
          }
          for (const x of xs) h.record(x);
          for (const q of [...qs, 0.5, 0.99, 1]) expect(h.quantile(q)).toBe(quantileOf([h], q));
        },
      ),
    );
  });

  it('keeps the exact mean, min and max, and merges', () => {
    const a = new Histogram();
    const b = new Histogram();
    for (const x of [1, 2, 3]) a.record(x);
    for (const x of [10, 20]) b.record(x);
    a.merge(b);
    expect([a.count, a.sum, a.min, a.max]).toEqual([5, 36, 1, 20]);
    expect(a.quantile(1)).toBe(20);
    a.reset();
    expect([a.count, a.quantile(0.5)]).toEqual([0, 0]);
  });

  it('maps values below 1 µs to bucket 0 and stays inside its range', () => {
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(1e-6)).toBe(0);
    expect(bucketOf(3.15e10)).toBeLessThan(BUCKETS);
    expect(bucketMid(bucketOf(1000)) / 1000).toBeCloseTo(1, 2);
  });

  it('reads quantiles of a union of histograms as a merged one would, over values far apart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1e-3, max: 3e10, noNaN: true }), { maxLength: 200 }),
        fc.array(fc.double({ min: 1e-3, max: 3e10, noNaN: true }), { maxLength: 200 }),
        (xs, ys) => {
          const a = new Histogram();
          const b = new Histogram();
          const merged = new Histogram();
          for (const x of xs) a.record(x);
          for (const y of ys) b.record(y);
          merged.merge(a);
          merged.merge(b);
          const qs = [0.5, 0.9, 0.99];
          expect(quantilesOf([a, b], qs)).toEqual(qs.map((q) => merged.quantile(q)));
          expect(merged.count).toBe(xs.length + ys.length);
        },
      ),
    );
  });

  it('quantilesOf gives exactly the one-pass union scan, for any increasing quantiles and empty parts', () => {
    const value = fc.oneof(fc.double({ min: 1e-4, max: 3e10, noNaN: true }), fc.constantFrom(0, 1, 1000));
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { maxLength: 120 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        (parts, raw) => {
          const hs = parts.map((xs) => {
            const h = new Histogram();
            for (const x of xs) h.record(x);
            return h;
          });
          const qs = [...raw, 0.5, 0.9, 0.99].sort((a, b) => a - b);
          expect(quantilesOf(hs, qs)).toEqual(referenceQuantiles(hs, qs));
        },
      ),
      { numRuns: 300 },
    );
  });
});
