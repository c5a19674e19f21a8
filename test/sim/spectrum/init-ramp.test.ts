import { describe, expect, it } from 'vitest';
import { initRampTop } from '~/sim/spectrum/init-ramp.ts';

describe('initRampTop', () => {
  it('settles at λ/μ without INIT and climbs past it with INIT', () => {
    expect(initRampTop(0, 0, 1000, 5, []).top).toBe(200);
    // 200 ms of INIT against 200 ms of work: about half as many levels again at a day's start.
    const { top, atS } = initRampTop(0, 0, 1000, 5, [0.2]);
    expect(top).toBeGreaterThan(280);
    expect(top).toBeLessThan(330);
    // The peak comes after the first INITs end, within an INIT and two mean works.
    expect(atS).toBeGreaterThan(0.2);
    expect(atS).toBeLessThan(0.6);
    expect(initRampTop(0, 0, 1000, 5, [0.4]).top).toBeGreaterThan(top);
  });

  it('climbs less from a pool that already covers part of the jump', () => {
    const fromNothing = initRampTop(0, 0, 800, 5, [0.2]).top;
    const fromPool = initRampTop(100, 150, 800, 5, [0.2]).top;
    expect(fromPool).toBeLessThan(fromNothing);
    expect(fromPool).toBeGreaterThanOrEqual(150);
  });
});
