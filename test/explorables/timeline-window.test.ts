import { describe, expect, it } from 'vitest';
import {
  clampWindow,
  describeWindow,
  fullWindow,
  MIN_WINDOW_MS,
  panWindow,
  windowTicks,
  zoomWindow,
} from '~/explorables/timeline-window.ts';

const H = 600_000;

describe('timeline window', () => {
  it('zooms in around the middle and back out to the same window', () => {
    const w = zoomWindow(fullWindow(H), 4, H);
    expect(w).toEqual({ startMs: 225_000, endMs: 375_000 });
    expect(zoomWindow(w, 0.25, H)).toEqual(fullWindow(H));
  });

  it('keeps the time under the pointer in place when zooming around it', () => {
    const w = zoomWindow({ startMs: 0, endMs: 10_000 }, 2, H, 2_000);
    expect(w).toEqual({ startMs: 1_000, endMs: 6_000 });
  });

  it('never zooms narrower than the minimum or outside the run', () => {
    const w = zoomWindow({ startMs: 0, endMs: 200 }, 100, H);
    expect(w.endMs - w.startMs).toBe(MIN_WINDOW_MS);
    expect(panWindow({ startMs: 0, endMs: 2_000 }, -1, H)).toEqual({ startMs: 0, endMs: 2_000 });
    expect(panWindow({ startMs: 598_000, endMs: H }, 3, H)).toEqual({ startMs: 598_000, endMs: H });
    expect(clampWindow({ startMs: -5, endMs: 2 * H }, H)).toEqual(fullWindow(H));
  });

  it('rejects a zoom factor that is not positive', () => {
    expect(() => zoomWindow(fullWindow(H), 0, H)).toThrow(/zoom factor must be > 0, got 0/);
  });

  it('puts ticks on round steps, in seconds when zoomed in and m:ss when not', () => {
    expect(windowTicks({ startMs: 0, endMs: 2_000 }, 8).map((t) => t.label)).toEqual([
      '0 s',
      '0.5 s',
      '1 s',
      '1.5 s',
      '2 s',
    ]);
    expect(windowTicks(fullWindow(H), 8).map((t) => t.label)).toEqual([
      '0:00',
      '2:00',
      '4:00',
      '6:00',
      '8:00',
      '10:00',
    ]);
    expect(windowTicks({ startMs: 1_050, endMs: 1_250 }, 4).map((t) => t.ms)).toEqual([
      1_050, 1_100, 1_150, 1_200, 1_250,
    ]);
  });

  it('says which stretch is shown', () => {
    expect(describeWindow(fullWindow(H), H)).toBe('the whole run, 0:00 to 10:00');
    expect(describeWindow({ startMs: 0, endMs: 2_000 }, H)).toBe('0 s to 2 s of 10:00');
  });
});
