import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '~/explorables/timeline-layout.ts';
import { result } from './fixtures.ts';

const spans = result().spans ?? [];

describe('layoutTimeline', () => {
  it('orders lanes by start time', () => {
    expect(layoutTimeline(spans, 40_000).lanes.map((l) => l.envId)).toEqual(['1', '2']);
  });

  it('cuts phases at the playhead and hides environments not yet created', () => {
    const layout = layoutTimeline(spans, 5_050);
    expect(layout.lanes).toHaveLength(1);
    const lane = layout.lanes[0];
    expect(lane?.segments.at(-1)).toEqual({ state: 'busy', startMs: 5_000, endMs: 5_050 });
    expect(lane?.reclaimedAtMs).toBeUndefined();
    expect(lane?.coldStartAtMs).toBe(1_000);
  });

  it('caps the number of lanes and counts the rest', () => {
    const layout = layoutTimeline(spans, 40_000, 1);
    expect(layout.lanes).toHaveLength(1);
    expect(layout.hidden).toBe(1);
  });
});

describe('layoutTimeline mid-run', () => {
  it('adds the phase each live environment is in now, and lanes for environments without a span yet', () => {
    const open = spans.map((s) => ({ ...s, phases: s.phases.filter((p) => p.endMs <= 10_000) }));
    const layout = layoutTimeline(open, 20_000, 120, [
      { id: 1, functionName: 'api', state: 'idle', since: 5_100, provisioned: false, requestsServed: 2 },
      {
        id: 7,
        functionName: 'api',
        state: 'initializing',
        since: 19_000,
        provisioned: false,
        requestsServed: 0,
      },
    ]);
    const one = layout.lanes.find((l) => l.envId === '1');
    expect(one?.segments.at(-1)).toEqual({ state: 'idle', startMs: 5_100, endMs: 20_000 });
    const seven = layout.lanes.find((l) => l.envId === '7');
    expect(seven?.segments).toEqual([{ state: 'initializing', startMs: 19_000, endMs: 20_000 }]);
    expect(seven?.coldStartAtMs).toBe(19_000);
  });
});
