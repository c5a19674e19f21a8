import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { createStreams } from '~/sim/random/rng.ts';

describe('createStreams', () => {
  it('repeats exactly for the same seed', () => {
    const a = createStreams(42, 3).map((r) => [r.uniform(), r.uniform()]);
    const b = createStreams(42, 3).map((r) => [r.uniform(), r.uniform()]);
    expect(a).toEqual(b);
  });

  it('gives independent-looking streams with uniform values in (0, 1)', () => {
    const [s1, s2] = createStreams(1, 2);
    if (!s1 || !s2) throw new Error('streams');
    const xs = Array.from({ length: 20_000 }, () => s1.uniform());
    expect(xs.every((x) => x > 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01); // SE = 0.29/√20000 ≈ 0.002
    expect(s2.uniform()).not.toBe(xs[0]);
  });

  it('draws exactly pure-rand xoroshiro128+ numbers, stream i jumped i + 1 times', () => {
    for (const seed of [0, 1, 42, -7, 2 ** 31 - 1]) {
      const reference = xoroshiro128plus(seed);
      for (const stream of createStreams(seed, 3)) {
        reference.jump();
        const g = reference.clone();
        const expected = Array.from({ length: 5000 }, () => ((g.next() >>> 0) + 0.5) / 2 ** 32);
        expect(Array.from({ length: 5000 }, () => stream.uniform())).toEqual(expected);
      }
    }
  });
});
