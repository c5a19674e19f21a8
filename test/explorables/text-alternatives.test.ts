import { describe, expect, it } from 'vitest';
import { concurrencyColumns, eventColumns, limitsOf, tableRows } from '~/explorables/chart-data.ts';
import {
  describeConcurrency,
  describeCost,
  describeEvents,
  describeLatency,
  describeTimeline,
} from '~/explorables/text-alternatives.ts';
import { layoutTimeline } from '~/explorables/timeline-layout.ts';
import { result, summary } from './fixtures.ts';

describe('text alternatives', () => {
  it('describes concurrency against the limit', () => {
    const r = result();
    const c = concurrencyColumns(r);
    const alt = describeConcurrency(c, limitsOf(r), tableRows(c));
    expect(alt.sentence).toBe(
      'Concurrency (the most at once in each 10 s interval) peaked at 5 at 0:20, reaching the reserved concurrency of 5; the mean over the run was 2.5; at most 6 environments were alive at once.',
    );
    expect(alt.table.columns).toEqual(['Time (m:ss)', 'Requests in flight', 'Environments alive']);
    expect(alt.table.rows[2]).toEqual(['0:20', '5', '6']);
  });

  it('says when nothing has arrived yet', () => {
    const r = result();
    const c = concurrencyColumns(r, -1);
    expect(describeConcurrency(c, limitsOf(r), []).sentence).toBe('No requests have arrived yet.');
  });

  it('describes throttles and cold starts', () => {
    const c = eventColumns(result());
    expect(describeEvents(c, tableRows(c)).sentence).toBe(
      '7 requests were throttled, most (7) in the interval at 0:20; 7 cold starts happened, most (4) at 0:20.',
    );
  });

  it('describes latency, cold against warm, with a percentile table', () => {
    const alt = describeLatency(summary());
    expect(alt.sentence).toBe(
      'Warm requests took 100 ms at the median and 300 ms at p99; cold requests took 700 ms at the median and 1.5 s at p99.',
    );
    expect(alt.table.rows.map((r) => r[0])).toEqual(['p50', 'p90', 'p99', 'max']);
  });

  it('describes the cost', () => {
    expect(describeCost(summary()).sentence).toBe(
      'The run cost $0.0123; duration (GB-seconds) is the largest part (98%).',
    );
  });

  it('describes the timeline, one table row per lane', () => {
    const alt = describeTimeline(layoutTimeline(result().spans ?? [], 40_000));
    expect(alt.sentence).toBe('2 environments in 0:40: 2 cold starts, 1 reclaimed.');
    expect(alt.table.rows[0]).toEqual(['1', '0:01', '300 ms', '2', '0:30']);
  });

  it('takes the true totals from the summary when not every environment is drawn', () => {
    const layout = layoutTimeline(result().spans ?? [], 40_000, 1);
    expect(describeTimeline(layout, { created: 1000, coldStarts: 1000, reclaimed: 900 }).sentence).toBe(
      '1,000 environments in 0:40: 1,000 cold starts, 900 reclaimed; the first 1 are drawn.',
    );
  });
});
