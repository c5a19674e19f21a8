import { simulate } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { SUMMARY_METRICS } from '~/explorables/summary-metrics.ts';
import { findResults, resultView } from '~/sandbox/result-view.ts';

const fn = {
  name: 'api',
  arrivals: { kind: 'burst', count: 300 },
  durationMs: { kind: 'fixed', valueMs: 1000 },
} as const;

describe('resultView', () => {
  it('names and formats every number as the playground does', () => {
    const view = resultView(simulate({ horizonSeconds: 60, functions: [fn] }));
    expect(view.columns).toEqual(['total', 'api']);
    const labels = view.rows.map((r) => r.label);
    expect(labels).toEqual(SUMMARY_METRICS.filter((m) => !m.asyncOnly).map((m) => m.label));
    expect(labels).toContain('Cold-start share');
    const row = (label: string) => view.rows.find((r) => r.label === label)?.values;
    expect(row('Requests')).toEqual(['300', '300']);
    expect(row('Cold-start share')).toEqual(['100%', '100%']);
  });

  it('adds retries, drops, expiries and the oldest event age for an async function', () => {
    const async = { ...fn, invocation: 'async' } as const;
    const view = resultView(
      simulate({ horizonSeconds: 600, account: { concurrencyLimit: 100 }, functions: [async] }),
    );
    const labels = view.rows.map((r) => r.label);
    expect(labels).toEqual(
      expect.arrayContaining(['Retried (async)', 'Dropped (never ran)', 'Oldest event age (async)']),
    );
    expect(
      Number(view.rows.find((r) => r.label === 'Retried (async)')?.values[0]?.replace(/,/g, '')),
    ).toBeGreaterThan(0);
  });

  it('finds results under the properties of an answer', () => {
    const result = simulate({ horizonSeconds: 60, functions: [fn] });
    expect(findResults({ estimate: 3, result }).map((r) => r.label)).toEqual(['result']);
  });
});
