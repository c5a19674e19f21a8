import type { Summary } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { diffSummaries } from '~/explorables/compare.ts';
import { METRIC_PATHS, numericPaths, readMetric } from '~/explorables/metric.ts';
import { summaryRows } from '~/explorables/summary-metrics.ts';
import { summary } from './fixtures.ts';

describe('diffSummaries', () => {
  it('flags the numbers that differ and says which side is better', () => {
    const a = summary();
    const b = summary({ coldStarts: 2, environments: { ...a.environments, created: 2 } });
    const diffs = diffSummaries(a, b);
    const cold = diffs.find((d) => d.path === 'coldStarts');
    expect(cold).toMatchObject({ a: 10, b: 2, delta: -8, differs: true, better: 'b', text: '−8 (−80%)' });
    expect(diffs.find((d) => d.path === 'requests')).toMatchObject({ differs: false, text: 'same' });
  });

  it('ignores differences below the tolerance', () => {
    const a = summary();
    const b = summary({ concurrency: { max: a.concurrency.max, mean: a.concurrency.mean * 1.001 } });
    expect(diffSummaries(a, b).filter((d) => d.differs)).toEqual([]);
  });

  it('treats a change from zero as an infinite relative change', () => {
    const a = summary({ throttled: 0 });
    const b = summary({ throttled: 5 });
    const t = diffSummaries(a, b).find((d) => d.path === 'throttled');
    expect(t?.relative).toBe(Number.POSITIVE_INFINITY);
    expect(t?.text).toBe('+5');
    expect(t?.better).toBe('a');
  });
});

describe('readMetric', () => {
  it('reads dotted paths and rejects the rest', () => {
    const s: Summary = summary();
    expect(readMetric(s, 'environments.created')).toBe(10);
    expect(readMetric(s, 'latencyMs.cold.p99')).toBe(1500);
    expect(readMetric(s, 'environments')).toBeUndefined();
    expect(readMetric(s, 'nope.deeper')).toBeUndefined();
    expect(readMetric(s, 'constructor')).toBeUndefined();
  });
});

describe('summaryRows', () => {
  it('formats every summary number with its unit', () => {
    const rows = Object.fromEntries(summaryRows(summary()).map((r) => [r.label, r.value]));
    expect(rows).toMatchObject({
      Requests: '1,000',
      'Cold starts': '10',
      'Latency p99': '900 ms',
      Cost: '$0.0123',
    });
  });
});

describe('METRIC_PATHS', () => {
  it('lists exactly the numbers of a summary', () => {
    expect([...METRIC_PATHS].sort()).toEqual(numericPaths(summary()).sort());
  });
});
