import * as sim from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { sameData, simulateMemo } from '../../src/sandbox/simulate-memo.ts';

const scenario = (rate: number): sim.Scenario => ({
  seed: 3,
  horizonSeconds: 120,
  functions: [
    {
      name: 'api',
      arrivals: { kind: 'poisson', ratePerSecond: rate },
      durationMs: { kind: 'fixed', valueMs: 100 },
    },
  ],
});

/** The real core, counting its simulations. */
function counted() {
  let runs = 0;
  const core = {
    validateScenario: sim.validateScenario,
    simulate: (s: sim.Scenario) => {
      runs++;
      return sim.simulate(s);
    },
  };
  return { core, runs: () => runs };
}

describe('sameData', () => {
  it('compares plain data strictly', () => {
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData({ a: Number.NaN }, { a: Number.NaN })).toBe(true);
    expect(sameData({ a: null }, { a: Number.POSITIVE_INFINITY })).toBe(false);
    expect(sameData({ a: 0 }, { a: -0 })).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData(new Date(0), new Date(0))).toBe(false);
  });
});

describe('simulateMemo', () => {
  it('answers an equal scenario from memory, with a fresh copy each time', () => {
    const { core, runs } = counted();
    const memo = simulateMemo(core);
    const first = memo.simulate(scenario(5));
    first.total.requests = -1;
    const again = memo.simulate(structuredClone(scenario(5)));
    expect(runs()).toBe(1);
    expect(again).toEqual(sim.simulate(scenario(5)));
    expect(memo.simulate(scenario(6)).total.requests).toBe(sim.simulate(scenario(6)).total.requests);
    expect(runs()).toBe(2);
  });

  it('keys by the validated scenario: a default written out is the same scenario', () => {
    const { core, runs } = counted();
    const memo = simulateMemo(core);
    memo.remember(scenario(5));
    memo.simulate({ ...scenario(5), account: { concurrencyLimit: sim.DEFAULT_ACCOUNT_CONCURRENCY } });
    expect(runs()).toBe(1);
  });

  it('ignores invalid suggestions, and simulate still reports the error', () => {
    const { core, runs } = counted();
    const memo = simulateMemo(core);
    memo.remember({ horizonSeconds: -1 });
    memo.remember('not a scenario');
    expect(runs()).toBe(0);
    expect(() => memo.simulate({ ...scenario(5), horizonSeconds: -1 })).toThrow(/horizonSeconds/);
  });

  it('forgets the oldest beyond its limit', () => {
    const { core, runs } = counted();
    const memo = simulateMemo(core, 2);
    for (const rate of [1, 2, 3]) memo.remember(scenario(rate));
    memo.simulate(scenario(3));
    memo.simulate(scenario(1));
    expect(runs()).toBe(4);
  });
});
