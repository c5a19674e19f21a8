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
