import { describe, expect, it } from 'vitest';
import {
  clampLaneRange,
  describeLaneRows,
  LANES_PER_PAGE,
  laneRows,
  MAX_LANE_PX,
  TIMELINE_PLOT_PX,
} from '~/explorables/timeline-rows.ts';

describe('laneRows', () => {
  it('gives a few environments one tall lane each, capped at the tallest lane', () => {
    expect(laneRows(3)).toEqual({ perRow: 1, rows: 3, rowPx: MAX_LANE_PX });
    expect(laneRows(100)).toEqual({ perRow: 1, rows: 100, rowPx: 2 });
  });

  it('groups 1,000 environments four to a pixel row, drawing every one of them', () => {
    const fit = laneRows(1000);
    expect(fit).toEqual({ perRow: 4, rows: 250, rowPx: 1 });
    expect(fit.rows * fit.perRow).toBeGreaterThanOrEqual(1000);
    expect(fit.rows * fit.rowPx).toBeLessThanOrEqual(TIMELINE_PLOT_PX);
  });

  it.each([130, 259, 464, 1000, 4999])('never drops an environment or overflows the plot (%i lanes)', (n) => {
    const fit = laneRows(n);
    expect(fit.rows * fit.perRow).toBeGreaterThanOrEqual(n);
    expect((fit.rows - 1) * fit.perRow).toBeLessThan(n);
    expect(fit.rows * fit.rowPx).toBeLessThanOrEqual(TIMELINE_PLOT_PX);
  });

  it('rejects a count that is not a whole number ≥ 0, naming it', () => {
    expect(() => laneRows(-1)).toThrow('lanes must be a whole number ≥ 0, got -1');
  });
});

describe('lane ranges', () => {
  it('keeps a page inside the environments there are', () => {
    expect(clampLaneRange({ first: 990, count: LANES_PER_PAGE }, 1000)).toEqual({
      first: 1000 - LANES_PER_PAGE,
      count: LANES_PER_PAGE,
    });
    expect(clampLaneRange(undefined, 7)).toEqual({ first: 0, count: 7 });
    expect(clampLaneRange({ first: 3, count: LANES_PER_PAGE }, 7)).toEqual({ first: 0, count: 7 });
  });

  it('says what one row stands for', () => {
    expect(describeLaneRows({ first: 0, count: 1000 }, 1000, laneRows(1000))).toBe(
      'All 1,000 environments; each row = 4 environments, shaded by the share of them in INIT, busy or idle.',
    );
    expect(describeLaneRows({ first: 36, count: 36 }, 1000, laneRows(36))).toBe(
      'Environments 37–72 of 1,000, one lane each.',
    );
    expect(describeLaneRows({ first: 0, count: 1 }, 1, laneRows(1))).toBe(
      'All 1 environment, one lane each.',
    );
  });
});
