import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStreams } from '~/sim/random/rng.ts';
import { initExtension, initPoints, initTables } from '~/sim/spectrum/init-extension.ts';

/**
 * q_j by a second method: uniformization of the birth–death chain on the levels below j (the others' first
 * passage T to j), with S exponential and a fixed INIT I: q = E[G(S) − G(S + I)], G(t) = P(T > t), integrated
 * over S on a fine grid.
 */
function qByUniformization(lam: number, mu: number, j: number, init: number): number {
  const n = j;
  const rate = lam + (j - 1) * mu;
  const G = (ts: number[]): number[] => {
    const tmax = Math.max(...ts);
    const steps = Math.ceil(rate * tmax + 10 * Math.sqrt(rate * tmax) + 20);
    const alive: number[] = [];
    let v = new Float64Array(n);
    v[n - 1] = 1;
    for (let k = 0; k <= steps; k++) {
      alive.push(v.reduce((a, b) => a + b, 0));
      const w = new Float64Array(n);
      v.forEach((p, i) => {
        const [up, down] = [lam / rate, (i * mu) / rate];
        if (i + 1 < n) w[i + 1] = (w[i + 1] as number) + p * up;
        if (i > 0) w[i - 1] = (w[i - 1] as number) + p * down;
        w[i] = (w[i] as number) + p * (1 - up - down);
      });
      v = w;
    }
    return ts.map((t) => {
      let [p, s] = [Math.exp(-rate * t), 0];
      for (let k = 0; k <= steps; k++) {
        s += p * (alive[k] as number);
        p *= (rate * t) / (k + 1);
      }
      return s;
    });
  };
  const cells = 400;
  const ds = 8 / mu / cells;
  const mids = Array.from({ length: cells }, (_, k) => (k + 0.5) * ds);
  const [g0, g1] = [G(mids), G(mids.map((t) => t + init))];
  return mids.reduce(
    (q, t, k) => q + mu * Math.exp(-mu * t) * ds * ((g0[k] as number) - (g1[k] as number)),
    0,
  );
}

describe('initExtension', () => {
  it('matches uniformization of the chain for every level at once', () => {
    const q = initExtension(20, 5, 16, [0.2]);
    // Within 5e-4 (the quadrature's and Talbot's errors); q is needed to about 1%.
    for (const j of [1, 4, 10, 16]) expect(q[j]).toBeCloseTo(qByUniformization(20, 5, j, 0.2), 3);
  });

  it('is a probability that grows with INIT and vanishes without it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 300, noNaN: true }),
        fc.double({ min: 0.01, max: 2, noNaN: true }),
        (lam, init) => {
          const levels = Math.ceil(lam / 5 + 10 * Math.sqrt(lam / 5) + 12);
          const [short, long] = [
            initExtension(lam, 5, levels, [init]),
            initExtension(lam, 5, levels, [2 * init]),
          ];
          for (let j = 1; j <= levels; j++) {
            expect(short[j]).toBeGreaterThanOrEqual(0);
            expect(long[j]).toBeLessThanOrEqual(1);
            expect(long[j] as number).toBeGreaterThanOrEqual((short[j] as number) - 1e-5);
          }
        },
      ),
      { numRuns: 20 },
    );
    expect(initExtension(20, 5, 10, [0]).every((x) => x === 0)).toBe(true);
  });
});

describe('initPoints and initTables', () => {
  it('stand for the INIT distribution by the means of its quarters', () => {
    const [rng] = createStreams(1, 1);
    if (!rng) throw new Error('no stream');
    const points = initPoints({ kind: 'uniform', minMs: 100, maxMs: 500 }, rng);
    expect(points).toHaveLength(4);
    for (const [i, p] of points.entries()) expect(p).toBeCloseTo(0.15 + 0.1 * i, 1);
  });

  it('computes one table per 4% of concurrency', () => {
    const table = initTables([0.2], 5, 100);
    expect(table(20)).toBe(table(20.3));
    expect(table(20)).not.toBe(table(22));
    expect(table(0)).toHaveLength(0);
  });
});
