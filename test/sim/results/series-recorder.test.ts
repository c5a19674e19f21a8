import { simulate } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { Histogram } from '~/sim/results/histogram.ts';

describe('SeriesRecorder', () => {
  it('gives each bucket the p50 and p99 of the latencies completed in it, per function and in total', () => {
    const r = simulate({
      seed: 4,
      horizonSeconds: 600,
      output: { seriesResolutionSeconds: 60, records: true },
      functions: [
        {
          name: 'a',
          arrivals: { kind: 'poisson', ratePerSecond: 5 },
          durationMs: { kind: 'lognormal', medianMs: 120, p99Ms: 800 },
        },
        {
          name: 'b',
          arrivals: { kind: 'poisson', ratePerSecond: 3 },
          durationMs: { kind: 'exponential', meanMs: 2000 },
        },
      ],
    });
    const records = r.records ?? [];
    expect(records.length).toBe(r.total.served);
    // Every request here completes at once (sync, nothing throttled): its latency lands in its end's bucket.
    const buckets = (name?: string) => {
      const hs = Array.from({ length: 10 }, () => new Histogram());
      for (const x of records)
        if (x.endMs < 600_000 && (name === undefined || x.functionName === name))
          hs[Math.floor(x.endMs / 60_000)]?.record(x.endMs - x.arrivalMs);
      return {
        p50: hs.map((h) => (h.count > 0 ? h.quantile(0.5) : null)),
        p99: hs.map((h) => (h.count > 0 ? h.quantile(0.99) : null)),
      };
    };
    const pick = (s: { p50: (number | null)[]; p99: (number | null)[] } | undefined) => ({
      p50: s?.p50,
      p99: s?.p99,
    });
    expect(pick(r.series?.functions.a)).toEqual(buckets('a'));
    expect(pick(r.series?.functions.b)).toEqual(buckets('b'));
    expect(pick(r.series?.total)).toEqual(buckets());
    expect(r.series?.total.p99.every((v) => v !== null)).toBe(true);
  });
});
