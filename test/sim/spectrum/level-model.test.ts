import { describe, expect, it } from 'vitest';
import { bandHazards, levelStep } from '~/sim/spectrum/level-model.ts';
import { LevelRings } from '~/sim/spectrum/level-rings.ts';
import { poissonBand } from '~/sim/spectrum/poisson-band.ts';

/** Runs `steps` steps of the level model at a constant mean m (λ = 5m per s, 1 s steps); creations per step. */
function run(m: number, steps: number, window: number, levels = 80): number[] {
  const rings = new LevelRings(levels, window);
  const pmf = new Float64Array(levels + 1);
  const band = poissonBand(m, levels, pmf);
  const [hazards, below] = [new Float64Array(levels + 2), new Float64Array(levels + 2)];
  bandHazards(band, pmf, 5 * m, hazards, below);
  let previous = { lo: 0, hi: 0, total: 1 };
  const out: number[] = [];
  for (let i = 0; i < steps; i++) {
    const created = levelStep(rings, levels, {
      step: i,
      band,
      hazards,
      below,
      previous,
      covered: 0,
      ramp: null,
      rampTop: 0,
      pull: () => ({
        levels: 0,
        pull: new Float64Array(0),
        stay: new Float64Array(0),
        noReturn: new Float64Array(0),
      }),
    });
    out.push(created);
    previous = band;
  }
  return out;
}

describe('levelStep', () => {
  it('creates the levels below the band at once, each once', () => {
    const first = run(30, 1, 60)[0] as number;
    // Levels 1..lo are certain; the band's levels near the mean are reached within the first step.
    expect(first).toBeGreaterThan(poissonBand(30, 80, new Float64Array(81)).lo);
    expect(first).toBeLessThan(45);
  });

  it('settles to a steady rate of creations, the same with a window twice as long only smaller', () => {
    const short = run(4, 400, 60);
    const long = run(4, 400, 120);
    expect(short[399]).toBeCloseTo(short[398] as number, 9);
    expect(long[399] as number).toBeLessThan(short[399] as number);
    expect(short[399] as number).toBeGreaterThan(0);
  });

  it('never creates more than every level once after a jump from nothing', () => {
    const total = run(30, 60, 600).reduce((a, b) => a + b, 0);
    // Within one window nothing expires: the levels created are the expected maximum over 60 s, about
    // m + 3.5 sd.
    expect(total).toBeGreaterThan(45);
    expect(total).toBeLessThan(60);
  });
});

describe('bandHazards', () => {
  it('gives θ_j·dt = λ·F(j−1) / Σ F(i)²/π(i) and the distribution function', () => {
    const pmf = new Float64Array(60);
    const band = poissonBand(4, 59, pmf);
    const [h, below] = [new Float64Array(61), new Float64Array(61)];
    bandHazards(band, pmf, 20, h, below);
    // Level 1: F(0) = π(0) = e^−4, Σ = F(0)²/π(0) = e^−4: θ = λ.
    expect(below[1]).toBeCloseTo(Math.exp(-4), 12);
    expect(h[1]).toBeCloseTo(20, 9);
    // Far above the mean only a share of about 1 − m/j of the upward steps to j end a long gap (the rest come
    // back from a short dip): θ_15 ≈ λπ(14)·(1 − 4/14).
    const p14 = (Math.exp(-4) * 4 ** 14) / 87178291200;
    expect((h[15] as number) / (20 * p14 * (1 - 4 / 14))).toBeCloseTo(1, 1);
    for (let j = 2; j < 40; j++) expect(h[j] as number).toBeLessThanOrEqual(h[j - 1] as number);
  });
});
