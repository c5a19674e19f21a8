import { describe, expect, it } from 'vitest';
import { createStreams } from '~/sim/random/rng.ts';
import { Sampler } from '~/sim/random/sampler.ts';
import { type ClimbInput, simulateClimbs } from '~/sim/spectrum/init-climb.ts';

const NO_INIT = new Sampler({ kind: 'fixed', valueMs: 0 });

/**
 * P(an M/M/∞ queue reaches level j within u seconds), starting from Poisson(n0) (levels up to the start count
 * as reached), by uniformization on 0..j with j absorbing: an independent check of the simulated climbs.
 */
function reachWithin(lambda: number, mu: number, n0: number, j: number, u: number): number {
  const rate = lambda + j * mu;
  let p = new Float64Array(j + 1);
  let poisson = Math.exp(-n0);
  for (let k = 0; k <= j; k++) {
    p[Math.min(k, j)] = (p[Math.min(k, j)] as number) + poisson;
    poisson *= n0 / (k + 1);
  }
  // Starts above j: reached already.
  p[j] = (p[j] as number) + Math.max(0, 1 - p.reduce((a, b) => a + b, 0));
  let [term, reached] = [Math.exp(-rate * u), 0];
  for (let n = 0; term > 1e-15 || n < rate * u; n++) {
    reached += term * (p[j] as number);
    const next = new Float64Array(j + 1);
    next[j] = p[j] as number;
    for (let k = 0; k < j; k++) {
      const x = p[k] as number;
      next[k + 1] = (next[k + 1] as number) + (x * lambda) / rate;
      if (k > 0) next[k - 1] = (next[k - 1] as number) + (x * k * mu) / rate;
      next[k] = (next[k] as number) + x * (1 - (lambda + k * mu) / rate);
    }
    p = next;
    term *= (rate * u) / (n + 1);
  }
  return reached;
}

function climbs(c: Partial<ClimbInput>, seed = 3) {
  const [rng] = createStreams(seed, 1);
  if (!rng) throw new Error('no stream');
  const input = { n0: 0, pool: 0, lambdaPerS: 100, muPerS: 5, init: NO_INIT, limit: 200, untilS: 0.5, ...c };
  return simulateClimbs(input, rng);
}

describe('simulateClimbs', () => {
  it.each([
    [0, 0.5],
    [20, 0.3],
  ])('without INIT, from Poisson(%s), reaches each level within %s s as often as M/M/∞ does', (n0, u) => {
    const c = climbs({ n0, untilS: u });
    for (const j of [10, 18, 24, 30]) {
      const exact = reachWithin(100, 5, n0, j, u);
      // Four binomial standard errors.
      const tolerance = 4 * Math.sqrt((exact * (1 - exact)) / c.runs) + 1e-3;
      expect(Math.abs((c.reached[j] as number) - exact)).toBeLessThan(tolerance);
    }
  });

  it('with INIT climbs higher than without, and from a pool it starts at the pool', () => {
    const init = new Sampler({ kind: 'lognormal', medianMs: 150, p99Ms: 400 });
    const bare = climbs({ lambdaPerS: 400, untilS: 1 });
    const held = climbs({ lambdaPerS: 400, untilS: 1, init });
    expect(held.mean).toBeGreaterThan(bare.mean * 1.2);
    const pooled = climbs({ lambdaPerS: 400, untilS: 1, init, n0: 40, pool: 60 });
    expect(pooled.reached[60]).toBe(1);
    expect(pooled.mean).toBeLessThan(held.mean);
  });

  it('never passes the limit, and runs until the mean is known to 0.25% (or 0.1 level) or the arrivals run out', () => {
    const init = new Sampler({ kind: 'fixed', valueMs: 200 });
    const capped = climbs({ lambdaPerS: 4000, limit: 300, untilS: 1, init });
    expect(capped.reached[300]).toBeGreaterThan(0.99);
    expect(capped.reached.length).toBe(301);
    for (const c of [
      climbs({ lambdaPerS: 100, untilS: 1, init }),
      climbs({ lambdaPerS: 4000, limit: 2000, untilS: 1, init }),
    ]) {
      expect(c.runs % 64).toBe(0);
      // Known to 0.25% or 0.1 level, or out of arrivals: 600,000 at 4,000 req/s for 1 s are 150 climbs (whole
      // batches: 192).
      const known = c.se <= Math.max(0.0025 * c.mean, 0.1);
      expect(known || c.runs >= 150).toBe(true);
      expect(c.runs).toBeLessThanOrEqual(known ? Infinity : 192);
    }
  });

  it('gives the same climbs for the same stream', () => {
    expect(climbs({ lambdaPerS: 300 }, 9).reached).toEqual(climbs({ lambdaPerS: 300 }, 9).reached);
  });
});
