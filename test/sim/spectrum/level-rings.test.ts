import { describe, expect, it } from 'vitest';
import { LevelRings, MAX_HAZARD, SAT_ABOVE, SAT_BELOW } from '~/sim/spectrum/level-rings.ts';

/** Writes one step for level j by hand, as the level model does for a level it works out. */
function step(r: LevelRings, j: number, i: number, h: number, below: number): void {
  const k = j * r.window + (i % r.window);
  r.sums[j] = (r.sums[j] as number) - (r.hazard[k] as number) + h;
  r.hazard[k] = h;
  r.below[k] = below;
  r.touched[j] = i;
}

describe('LevelRings.catchUp', () => {
  it.each([
    ['above', SAT_ABOVE, 0, 1],
    ['below', SAT_BELOW, MAX_HAZARD, 0],
  ] as const)(
    'writes skipped steps %s the concurrency as if each had been worked out',
    (_, sat, h, below) => {
      for (const skipped of [3, 9, 30]) {
        const [lazy, eager] = [new LevelRings(2, 10), new LevelRings(2, 10)];
        for (const r of [lazy, eager]) {
          for (let i = 0; i < 12; i++) step(r, 1, i, 0.01 * (i + 1), 0.9);
          r.sat[1] = sat;
        }
        for (let i = 12; i < 12 + skipped; i++) step(eager, 1, i, h, below);
        lazy.catchUp(1, 12 + skipped);
        expect(lazy.sums[1]).toBeCloseTo(eager.sums[1] as number, 9);
        expect([...lazy.hazard]).toEqual([...eager.hazard]);
        expect([...lazy.below]).toEqual([...eager.below]);
      }
    },
  );
});
