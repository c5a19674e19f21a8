import { describe, expect, it } from 'vitest';
import {
  concurrencyColumns,
  costParts,
  eventColumns,
  latencyColumns,
  limitsOf,
  tableRows,
} from '~/explorables/chart-data.ts';
import { result, summary } from './fixtures.ts';

describe('chart data', () => {
  it('shapes concurrency as the peak in each interval, with environments alive and the reserved limit', () => {
    const c = concurrencyColumns(result());
    expect(c.x).toEqual([0, 10, 20, 30]);
    // Peaks (series.concurrencyMax), not interval averages ([0, 2, 5, 1]): limits apply to instants.
    expect(c.lines.concurrency).toEqual([0, 3, 5, 2]);
    expect(c.lines.environments).toEqual([0, 3, 6, 4]);
    expect(c.lines.reserved).toEqual([5, 5, 5, 5]);
    // The account limit (1,000) is far above the peak (6), so it is not drawn.
    expect(c.lines.account).toBeUndefined();
  });

  it('cuts series at the playhead', () => {
    expect(concurrencyColumns(result(), 10_000).x).toEqual([0, 10]);
    expect(eventColumns(result(), 25_000).lines.throttles).toEqual([0, 0, 7]);
  });

  it('returns no columns when the result has no series', () => {
    expect(concurrencyColumns(result({ series: undefined as never }))).toEqual({ x: [], lines: {} });
  });

  it('reads the limits of the first function', () => {
    expect(limitsOf(result())).toEqual({ account: 1000, reserved: 5 });
  });

  it('puts cold and warm percentiles side by side', () => {
    const l = latencyColumns(summary());
    expect(l.x).toEqual([0, 1, 2, 3]);
    expect(l.lines.cold?.[0]).toBe(700);
    expect(l.lines.warm?.[2]).toBe(300);
  });

  it('breaks the cost down, largest part first, shares summing to 1', () => {
    const parts = costParts(summary());
    expect(parts[0]?.key).toBe('duration');
    expect(parts.reduce((a, p) => a + p.share, 0)).toBeCloseTo(1, 6);
  });

  it('downsamples table rows keeping each bucket’s peak', () => {
    const rows = tableRows({ x: [0, 1, 2, 3, 4], lines: { v: [1, 9, 2, 3, null] } }, 2);
    expect(rows).toEqual([
      { x: 0, values: { v: 9 } },
      { x: 3, values: { v: 3 } },
    ]);
  });
});
