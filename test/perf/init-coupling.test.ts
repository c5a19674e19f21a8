/**
 * The coupled measurement of INIT's effect (init-coupling.ts) against the independent exact reference
 * (level-reference.ts, INIT before the work, its own random streams). A short idle lifetime makes thousands of
 * cold starts in 20 simulated hours and a long INIT makes its effect large (about 16%), so a broken hold shows.
 */
import { describe, expect, it } from 'vitest';
import { coupledInitRun } from './init-coupling.ts';
import { levelRuleRun } from './level-reference.ts';

const [rate, workMs, idleMs, hours] = [50, 100, 10_000, 20];

function referencePerHour(initMs: number): number {
  const run = levelRuleRun(
    {
      arrivals: { kind: 'poisson', ratePerSecond: rate },
      durationMs: { kind: 'exponential', meanMs: workMs },
      horizonSeconds: (hours + 1) * 3600,
      seed: 1,
    },
    { initMs: { kind: 'fixed', valueMs: initMs }, idleLifetimeMs: { kind: 'fixed', valueMs: idleMs } },
    7,
  );
  return run.hourly.slice(1).reduce((a, b) => a + b, 0) / hours;
}

describe('coupledInitRun', () => {
  it('gives the same cold starts in both worlds when INIT takes no time', () => {
    for (const seed of [1, 2, 3]) {
      const r = coupledInitRun({
        ratePerSecond: rate,
        workMs,
        hours: 2,
        seed,
        idleLifetimeMs: idleMs,
        initMs: { kind: 'fixed', valueMs: 0 },
      });
      expect(r.withInit).toBe(r.withoutInit);
      expect(r.withInit).toBeGreaterThan(500);
    }
  });

  it('counts both worlds as the exact reference does, and INIT adds cold starts', () => {
    const r = coupledInitRun({
      ratePerSecond: rate,
      workMs,
      hours,
      seed: 1,
      idleLifetimeMs: idleMs,
      initMs: { kind: 'fixed', valueMs: 1000 },
    });
    const [without, withInit] = [r.withoutInit / hours, r.withInit / hours];
    // Within 4%: about 3 sd of counts this size.
    expect(Math.abs(without / referencePerHour(0) - 1)).toBeLessThan(0.04);
    expect(Math.abs(withInit / referencePerHour(1000) - 1)).toBeLessThan(0.04);
    expect(withInit / without).toBeGreaterThan(1.1);
  });

  it('names bad settings', () => {
    expect(() => coupledInitRun({ ratePerSecond: 0, workMs, hours, seed: 1 })).toThrow(/ratePerSecond/);
  });
});
