import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_FRAME_MS,
  nextPlaybackMs,
  parseSpeed,
  REDUCED_MOTION_TICK_MS,
  tickDeltaMs,
} from '~/explorables/playback.ts';

describe('tickDeltaMs', () => {
  it('counts the real time since the last frame', () => {
    expect(tickDeltaMs(1016, 1000, false)).toBe(16);
  });

  it('caps a long gap (a background tab) at one short step', () => {
    expect(tickDeltaMs(10_000, 1000, false)).toBe(MAX_FRAME_MS);
  });

  it('advances a fixed second with reduced motion', () => {
    expect(tickDeltaMs(1016, 1000, true)).toBe(REDUCED_MOTION_TICK_MS);
  });
});

describe('nextPlaybackMs', () => {
  it('moves speed simulated ms per real ms', () => {
    expect(nextPlaybackMs(1000, 16, 60, 60_000)).toBe(1960);
  });

  it('never moves past the horizon nor backwards', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 100_000, max: 1_000_000 }),
        (now, dt, speed, horizon) => {
          const next = nextPlaybackMs(now, dt, speed, horizon);
          return next >= now && next <= horizon;
        },
      ),
    );
  });
});

describe('parseSpeed', () => {
  it.each([
    ['1', 1],
    ['600', 600],
    ['', 60],
    ['fast', 60],
  ])('reads %j as %d', (value, speed) => {
    expect(parseSpeed(value)).toBe(speed);
  });
});
