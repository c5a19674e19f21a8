import { describe, expect, it } from 'vitest';
import { initRampTop, peakHazards } from '~/sim/spectrum/init-ramp.ts';

describe('initRampTop', () => {
  it('settles at λ/μ without INIT and climbs past it with INIT', () => {
    expect(initRampTop(0, 0, 1000, 5, [])).toBe(200);
    // 200 ms of INIT against 200 ms of work: about half as many levels again at a day's start.
    const top = initRampTop(0, 0, 1000, 5, [0.2]);
    expect(top).toBeGreaterThan(280);
    expect(top).toBeLessThan(330);
    expect(initRampTop(0, 0, 1000, 5, [0.4])).toBeGreaterThan(top);
  });

  it('climbs less from a pool that already covers part of the jump', () => {
    const fromNothing = initRampTop(0, 0, 800, 5, [0.2]);
    const fromPool = initRampTop(100, 150, 800, 5, [0.2]);
    expect(fromPool).toBeLessThan(fromNothing);
    expect(fromPool).toBeGreaterThanOrEqual(150);
  });
});

describe('peakHazards', () => {
  it('reaches every level below the peak and hardly any far above it', () => {
    const out = new Float64Array(400);
    const top = peakHazards(100, 5, 399, out);
    expect(top).toBeGreaterThan(150);
    expect(out[3]).toBe(50);
    expect(out[50] as number).toBeGreaterThan(20);
    // At the peak: below it half the time, and often reached in one mean work.
    expect(1 - Math.exp(-(out[101] as number))).toBeGreaterThan(0.5);
    expect(out[160] as number).toBeLessThan(1e-3);
    for (let j = 2; j <= top; j++)
      expect(out[j] as number).toBeLessThanOrEqual((out[j - 1] as number) + 1e-12);
  });
});
