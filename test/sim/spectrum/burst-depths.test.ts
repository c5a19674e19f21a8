import { describe, expect, it } from 'vitest';
import { BurstDepths } from '~/sim/spectrum/burst-depths.ts';
import { PULL_DEPTHS, type PullTables } from '~/sim/spectrum/init-extension.ts';

/** Tables over 20 levels with the same reach and pull at every depth and level. */
function flat(stay: number, pull: number): PullTables {
  const size = PULL_DEPTHS * 21;
  return { levels: 20, stay: new Float64Array(size).fill(stay), pull: new Float64Array(size).fill(pull) };
}

describe('BurstDepths', () => {
  it('splits a level’s creations into bursts going on from below and new ones, each pulling the level above', () => {
    const b = new BurstDepths();
    b.reset();
    const q = flat(0.5, 0.1);
    b.level(5, 1, 0, q);
    // Level 5 alone: a new burst (depth 1), pulling level 6 with 0.1.
    expect(b.carried[0]).toBeCloseTo(0.1, 12);
    b.level(6, 1, 1, q);
    // Level 6: half goes on from level 5 (depth 2), half is new (depth 1): 0.5·0.1 + 0.5·0.1; and the level
    // pulled from 5 is depth 2 and pulls 7 with 0.1 as well: 0.1·1·0.1.
    expect(b.carried[0]).toBeCloseTo(0.1 + 0.01, 12);
  });

  it('never counts more going on than the level creates, and nothing goes on past a level without creations', () => {
    const b = new BurstDepths();
    b.reset();
    const q = flat(1, 0.2);
    b.level(3, 10, 0, q);
    b.level(4, 1, 0, q);
    // All of level 4's one creation goes on from level 3 (scaled down from 10), at depth 2: 0.2.
    expect(b.carried[0]).toBeCloseTo(0.2, 12);
    b.none();
    b.level(6, 1, 1, q);
    expect(b.carried[0]).toBeCloseTo(0.2, 12);
  });

  it('reads no table entry outside its levels', () => {
    const b = new BurstDepths();
    b.reset();
    b.level(21, 1, 0, flat(0.5, 0.1));
    expect(b.carried[0]).toBe(0);
  });
});
