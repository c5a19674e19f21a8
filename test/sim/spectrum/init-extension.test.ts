import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStreams } from '~/sim/random/rng.ts';
import {
  initExtension,
  initPoints,
  initTables,
  noReturnWithin,
  PULL_DEPTHS,
  reachWithin,
  tableAt,
} from '~/sim/spectrum/init-extension.ts';

/**
 * q_j by a second method: uniformization of the birth–death chain on the levels below j (the others' first
 * passage T to j), with S exponential (rate ν, μ unless given) and a fixed INIT I: q = E[G(S) − G(S + I)],
 * G(t) = P(T > t), integrated over S on a fine grid.
 */
function qByUniformization(lam: number, mu: number, j: number, init: number, nu = mu): number {
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
  const ds = 8 / nu / cells;
  const mids = Array.from({ length: cells }, (_, k) => (k + 0.5) * ds);
  const [g0, g1] = [G(mids), G(mids.map((t) => t + init))];
  return mids.reduce(
    (q, t, k) => q + nu * Math.exp(-nu * t) * ds * ((g0[k] as number) - (g1[k] as number)),
    0,
  );
}

/**
 * P(the others reach j from j − 1 before an Exp(ν) time) by first-step analysis on levels 0…j − 1: from i,
 * h(i) = (λ·h(i + 1) + iμ·h(i − 1)) / (λ + iμ + ν), h(j) = 1, solved by the tridiagonal (Thomas) sweep.
 */
function reachByFirstStep(lam: number, mu: number, j: number, nu: number): number {
  // h(i) = a(i)·h(i + 1), built up from level 0 (no way down there).
  let a = lam / (lam + nu);
  for (let i = 1; i < j; i++) a = lam / (lam + i * mu + nu - i * mu * a);
  return a;
}

describe('initExtension', () => {
  it('matches uniformization of the chain for every level at once', () => {
    const q = initExtension(20, 5, 16, [0.2]);
    // Within 5e-4 (the quadrature's and Talbot's errors); q is needed to about 1%.
    for (const j of [1, 4, 10, 16]) expect(q[j]).toBeCloseTo(qByUniformization(20, 5, j, 0.2), 3);
  });

  it('for a burst of d cold starts (the first leaves at rate dμ) matches uniformization too', () => {
    const q = initExtension(20, 5, 16, [0.2], 15);
    for (const j of [1, 4, 10, 16]) expect(q[j]).toBeCloseTo(qByUniformization(20, 5, j, 0.2, 15), 3);
    // A deeper burst loses its first request sooner, so INIT's extra time comes while the others are closer.
    const single = initExtension(1000, 5, 260, [0.16]);
    const deep = initExtension(1000, 5, 260, [0.16], 25);
    for (const j of [230, 245, 260]) expect(deep[j] as number).toBeGreaterThan(2 * (single[j] as number));
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

/**
 * P(T_(j−1→j) > t) by uniformization of the chain on 0…j − 1 (j absorbing), an independent way: Poisson(Λt)
 * steps of the jump chain with rate Λ = λ + (j − 1)μ, summed in log space.
 */
function noReturnByUniformization(lam: number, mu: number, j: number, t: number): number {
  const rate = lam + (j - 1) * mu;
  let v = new Float64Array(j);
  v[j - 1] = 1;
  const mean = rate * t;
  let total = 0;
  for (let n = 0; n < mean + 12 * Math.sqrt(mean) + 50; n++) {
    let logW = -mean + n * Math.log(mean);
    for (let i = 2; i <= n; i++) logW -= Math.log(i);
    total += Math.exp(logW) * v.reduce((a, b) => a + b, 0);
    const w = new Float64Array(j);
    for (let i = 0; i < j; i++) {
      const p = v[i] as number;
      const [up, down] = [lam / rate, (i * mu) / rate];
      if (i + 1 < j) w[i + 1] = (w[i + 1] as number) + p * up;
      if (i > 0) w[i - 1] = (w[i - 1] as number) + p * down;
      w[i] = (w[i] as number) + p * (1 - up - down);
    }
    v = w;
  }
  return total;
}

describe('noReturnWithin', () => {
  it('matches uniformization of the chain, level by level', () => {
    for (const t of [0.5, 3]) {
      const g = noReturnWithin(20, 5, 14, t);
      for (const j of [1, 3, 6, 10, 14]) expect(g[j]).toBeCloseTo(noReturnByUniformization(20, 5, j, t), 6);
    }
    // From level 0 the only way up is an arrival.
    expect(noReturnWithin(20, 5, 3, 0.1)[1]).toBeCloseTo(Math.exp(-2), 9);
  });

  it('is a probability that falls as the idle lifetime grows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 2000, noNaN: true }),
        fc.double({ min: 1, max: 600, noNaN: true }),
        (lam, t) => {
          const levels = Math.ceil(lam / 5 + 10 * Math.sqrt(lam / 5) + 12);
          const [short, long] = [noReturnWithin(lam, 5, levels, t), noReturnWithin(lam, 5, levels, 2 * t)];
          for (let j = 1; j <= levels; j++) {
            expect(short[j]).toBeGreaterThanOrEqual(0);
            expect(short[j]).toBeLessThanOrEqual(1);
            expect(long[j] as number).toBeLessThanOrEqual((short[j] as number) + 1e-7);
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('reachWithin', () => {
  it('is the chance the others reach the level before an exponential time, as by first-step analysis', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 2000, noNaN: true }),
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 60 }),
        (lam, d, j) => {
          const r = reachWithin(lam, 5, j, 5 * d);
          expect(r[j]).toBeCloseTo(reachByFirstStep(lam, 5, j, 5 * d), 12);
          expect(r[j]).toBeGreaterThan(0);
          expect(r[j]).toBeLessThan(1);
        },
      ),
      { numRuns: 50 },
    );
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

  it('computes one set of tables per 4% of concurrency, one table per burst depth', () => {
    const table = initTables([0.2], 5, 100, 600);
    expect(table(20)).toBe(table(20.3));
    expect(table(20)).not.toBe(table(22));
    // Bucket 75 is m = e³: its depth-1 pull is q at λ = 5e³, its depth-3 reach φ at ν = 3μ.
    const m = Math.exp(3);
    const t = table(m);
    expect(t.pull).toHaveLength(PULL_DEPTHS * (t.levels + 1));
    expect(tableAt(t, t.pull, 1, 30)).toBeCloseTo(initExtension(5 * m, 5, 100, [0.2])[30] as number, 12);
    expect(tableAt(t, t.stay, 3, 30)).toBeCloseTo(reachWithin(5 * m, 5, 100, 15)[30] as number, 12);
    expect(tableAt(t, t.pull, 2, t.levels + 1)).toBe(0);
    expect([...t.noReturn]).toEqual([...noReturnWithin(5 * m, 5, t.levels, 600)]);
    expect(table(0).levels).toBe(0);
  });
});
