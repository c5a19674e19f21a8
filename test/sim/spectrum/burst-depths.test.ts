import { describe, expect, it } from 'vitest';
import { BurstDepths, HOLDS } from '~/sim/spectrum/burst-depths.ts';
import { PULL_DEPTHS, type PullTables } from '~/sim/spectrum/init-extension.ts';

/** Tables over 20 levels with the same reach and pull at every depth and level. */
function flat(stay: number, pull: number): PullTables {
  const size = PULL_DEPTHS * 21;
  return {
    levels: 20,
    stay: new Float64Array(size).fill(stay),
    pull: new Float64Array(size).fill(pull),
    noReturn: new Float64Array(21).fill(0.1),
  };
}

describe('BurstDepths', () => {
  it('splits a level’s creations into bursts going on from below and new ones, each pulling the level above', () => {
    const b = new BurstDepths();
    b.reset();
    const q = flat(0.5, 0.1);
    b.level(5, 1, 0, q);
    // Level 5 alone: a new burst (depth 1), making level 6 by INIT with 0.1, one request holding.
    expect(b.carried[0]).toBeCloseTo(0.1, 12);
    expect(b.arriving(1)).toBeCloseTo(0.1, 12);
    b.level(6, 1, 1, q);
    // Level 6's own: half goes on from level 5 (depth 2), half is new (depth 1): 0.5·0.1 + 0.5·0.1 with one
    // hold. The level INIT made goes on with 0.5 (still one hold) and is pulled with 0.1 (two holds).
    expect(b.arriving(1)).toBeCloseTo(0.1 + 0.05, 12);
    expect(b.arriving(2)).toBeCloseTo(0.01, 12);
    expect(b.carried[0]).toBeCloseTo(0.16, 12);
  });

  it('carries on only the INIT-made levels that were cold starts, and counts holds up to HOLDS', () => {
    const b = new BurstDepths();
    b.reset();
    const q = flat(0, 1);
    b.level(2, 1, 0, q);
    b.level(3, 0, 0.5, q);
    // Half of the one INIT-made level 3 was a cold start; it is pulled with 1, one hold more.
    expect(b.arriving(2)).toBeCloseTo(0.5, 12);
    for (let j = 4; j < 4 + HOLDS; j++) b.level(j, 0, 1, q);
    expect(b.arriving(HOLDS)).toBeCloseTo(0.5, 12);
    expect(b.carried[0]).toBeCloseTo(0.5, 12);
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
    expect(b.carried[0]).toBe(0);
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
