import { validateScenario } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { type WarmSim, warmUp, warmUpHorizonSeconds, warmUpScenario } from '../../src/sandbox/warm-up.ts';

/** A simulator stand-in that records what warming asked of it (the real one is too slow to count steps). */
function recorder(): WarmSim & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    simulate: (s) => {
      calls.push(`simulate ${s.horizonSeconds}`);
      return { total: {} };
    },
    compareSpectrum: () => {
      calls.push('compareSpectrum');
      return {};
    },
  };
}

describe('warm-up', () => {
  it('simulates valid, small scenarios: every step is a few thousand requests at most', () => {
    for (let i = 0; i < 40; i++) {
      const s = validateScenario(warmUpScenario(i));
      expect(s.horizonSeconds).toBe(warmUpHorizonSeconds(i));
      const pattern = s.functions[0]?.arrivals[0];
      const rate = pattern && 'ratePerSecond' in pattern ? pattern.ratePerSecond : Number.NaN;
      expect(rate * s.horizonSeconds).toBeLessThanOrEqual(2400);
    }
    expect(warmUpHorizonSeconds(0)).toBeLessThan(warmUpHorizonSeconds(20));
  });

  it('stops at the step after a request claimed the worker, without reporting it warm', async () => {
    const sim = recorder();
    let claimed = false;
    let warmed = false;
    warmUp(
      sim,
      () => claimed,
      () => {
        warmed = true;
      },
    );
    await expect.poll(() => sim.calls.length).toBeGreaterThanOrEqual(5);
    claimed = true;
    const seen = sim.calls.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(sim.calls.length).toBeLessThanOrEqual(seen + 1);
    expect(warmed).toBe(false);
    expect(sim.calls).toContain('compareSpectrum');
  });

  it('reports warm once its time is up when no request came', async () => {
    let warmed = false;
    warmUp(
      recorder(),
      () => false,
      () => {
        warmed = true;
      },
    );
    await expect.poll(() => warmed, { timeout: 5000 }).toBe(true);
  });
});
