import type { Summary } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { diffSummaries } from '~/explorables/compare.ts';
import { METRIC_PATHS, numericPaths, readMetric } from '~/explorables/metric.ts';
import { summaryRows } from '~/explorables/summary-metrics.ts';
import { summary } from './fixtures.ts';

describe('diffSummaries', () => {
  const fewerColdStarts = [{ path: 'coldStarts', better: 'lower', expect: 'b' }] as const;

  it('says which side is better only for the numbers the question is about', () => {
    const a = summary();
    const b = summary({ coldStarts: 2, environments: { ...a.environments, created: 2 } });
    const diffs = diffSummaries(a, b, fewerColdStarts);
    const cold = diffs.find((d) => d.path === 'coldStarts');
    expect(cold).toMatchObject({ a: 10, b: 2, delta: -8, differs: true, better: 'b', text: '−8' });
    const created = diffs.find((d) => d.path === 'environments.created');
    expect(created).toMatchObject({ differs: true, text: '−8' });
    expect(created?.better).toBeUndefined();
    expect(diffs.find((d) => d.path === 'requests')).toMatchObject({ differs: false, text: 'same' });
  });

  it('never judges the requests (an input), however much they differ', () => {
    const a = summary();
    const b = summary({ requests: 5000 });
    const goals = [{ path: 'requests', better: 'higher', expect: 'b' }] as const;
    const r = diffSummaries(a, b, goals).find((d) => d.path === 'requests');
    expect(r?.differs).toBe(true);
    expect(r?.better).toBeUndefined();
  });

  it('calls a count within random noise (2√n) about the same: 513 vs 485 cold starts', () => {
    const a = summary({ coldStarts: 513 });
    const b = summary({ coldStarts: 485 });
    const cold = diffSummaries(a, b, fewerColdStarts).find((d) => d.path === 'coldStarts');
    expect(cold).toMatchObject({ differs: false, text: 'about the same' });
    expect(cold?.better).toBeUndefined();
  });

  it('ignores differences below the tolerance', () => {
    const a = summary();
    const b = summary({ concurrency: { max: a.concurrency.max, mean: a.concurrency.mean * 1.001 } });
    expect(diffSummaries(a, b).filter((d) => d.differs)).toEqual([]);
  });

  it('shows no percentage of a near-zero value: a change from zero is absolute only', () => {
    const a = summary({ throttled: 0 });
    const b = summary({ throttled: 5 });
    const t = diffSummaries(a, b, [{ path: 'throttled', better: 'lower', expect: 'a' }]).find(
      (d) => d.path === 'throttled',
    );
    expect(t?.text).toBe('+5');
    expect(t?.better).toBe('a');
  });

  it('compares shares in percentage points, never as a percentage of a percentage', () => {
    const a = summary({ coldStartProbability: 0.0004 });
    const b = summary({ coldStartProbability: 0.17 });
    const share = diffSummaries(a, b).find((d) => d.path === 'coldStartProbability');
    expect(share?.text).toBe('+17 points');
  });

  it('compares the async-only numbers only for a scenario with an async function', () => {
    const paths = (async: boolean) => diffSummaries(summary(), summary(), [], async).map((d) => d.path);
    expect(paths(false)).not.toContain('retried');
    expect(paths(true)).toEqual(expect.arrayContaining(['retried', 'dropped', 'asyncOldestEventAgeMs']));
  });

  it('gives moderate changes as a percentage and large ones as a factor', () => {
    const a = summary({ throttled: 100 });
    expect(diffSummaries(a, summary({ throttled: 150 })).find((d) => d.path === 'throttled')?.text).toBe(
      '+50 (+50%)',
    );
    expect(diffSummaries(a, summary({ throttled: 1000 })).find((d) => d.path === 'throttled')?.text).toBe(
      '+900 (×10)',
    );
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
