import { describe, expect, it } from 'vitest';
import { rateProfile, simulate, validateScenario } from '../../src/sim/index.ts';
import { fitDuration } from '../../src/traffic/fit-duration.ts';
import { emptyPeriod } from '../../src/traffic/metric-columns.ts';
import { runTraffic } from '../../src/traffic/run-traffic.ts';
import { trafficScenario } from '../../src/traffic/traffic-scenario.ts';
import type { Traffic } from '../../src/traffic/traffic-types.ts';

/** An hour of 1-minute periods with the same count and an average duration. */
const constant = (perMinute: number, avgMs: number): Traffic => ({
  kind: 'periods',
  format: 'console-csv',
  periodSeconds: 60,
  periods: Array.from({ length: 60 }, (_, i) => ({
    ...emptyPeriod(Date.UTC(2026, 10, 2) + i * 60_000),
    invocations: perMinute,
    durationAvgMs: avgMs,
  })),
});

describe('counts to arrivals', () => {
  it('turns each period into a Poisson step at count ÷ period length', () => {
    const { scenario } = trafficScenario(constant(600, 200));
    const fn = scenario.functions[0];
    expect(scenario.horizonSeconds).toBe(3600);
    expect(fn?.arrivals).toMatchObject({ kind: 'steps' });
    expect(fn?.durationMs).toEqual({ kind: 'exponential', meanMs: 200 });
  });

  it('constant counts reproduce the simulator’s Poisson results (requests, concurrency, cold starts)', () => {
    // 10 req/s × 200 ms: the file's run and a plain Poisson run over 8 seeds agree within sampling error.
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    const file = seeds.map((seed) => runTraffic(constant(600, 200), { seed }).totals);
    const poisson = seeds.map(
      (seed) =>
        simulate({
          seed: seed + 100,
          horizonSeconds: 3600,
          functions: [
            {
              name: 'p',
              arrivals: { kind: 'poisson', ratePerSecond: 10 },
              durationMs: { kind: 'exponential', meanMs: 200 },
            },
          ],
        }).total,
    );
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
    for (const pick of [
      (r: { requests: number }) => r.requests,
      (r: { concurrency: { mean: number } }) => r.concurrency.mean,
    ]) {
      const [a, b] = [file.map(pick), poisson.map(pick)];
      // Difference of two means of 8 within 4 standard errors.
      expect(Math.abs(mean(a) - mean(b))).toBeLessThan(4 * Math.sqrt((sd(a) ** 2 + sd(b) ** 2) / 8) + 1e-9);
    }
    expect(Math.abs(mean(file.map((r) => r.requests)) - 36_000)).toBeLessThan(4 * Math.sqrt(36_000 / 8));
    expect(mean(file.map((r) => r.concurrency.mean))).toBeCloseTo(2, 0);
  });

  it('fits a log-normal through p50 and p99, weighted by invocations', () => {
    const p = (inv: number, p50: number, p99: number) => ({
      ...emptyPeriod(0),
      invocations: inv,
      durationP50Ms: p50,
      durationP99Ms: p99,
    });
    const fit = fitDuration([p(100, 100, 300), p(300, 200, 500)], 100);
    expect(fit.distribution).toEqual({ kind: 'lognormal', medianMs: 175, p99Ms: 450 });
  });

  it('compares the model with the measured ConcurrentExecutions per period', () => {
    const t = constant(600, 200);
    if (t.kind === 'periods') for (const p of t.periods) p.concurrentExecutions = 8;
    const run = runTraffic(t);
    const check = run.checks.find((c) => c.metric === 'ConcurrentExecutions');
    expect(check?.measured).toHaveLength(60);
    expect(check?.model.length).toBe(60);
    expect(check?.meanAbsoluteDifference).toBeGreaterThanOrEqual(0);
  });

  it('a week of 1-minute periods (10,080 steps) becomes patterns the simulator accepts, adding up to the file', () => {
    const week: Traffic = {
      kind: 'periods',
      format: 'console-csv',
      periodSeconds: 60,
      periods: Array.from({ length: 10_080 }, (_, i) => ({
        ...emptyPeriod(Date.UTC(2026, 10, 2) + i * 60_000),
        invocations: 60 + (i % 7),
      })),
    };
    const { scenario } = trafficScenario(week);
    expect(() => validateScenario(scenario)).not.toThrow();
    const arrivals = scenario.functions[0]?.arrivals;
    expect(Array.isArray(arrivals) && arrivals.length).toBe(2);
    const rates = rateProfile(Array.isArray(arrivals) ? arrivals : [], scenario.horizonSeconds ?? 0);
    const total = week.periods.reduce((a, p) => a + p.invocations, 0);
    expect(rates?.reduce((a, r) => a + r, 0)).toBeCloseTo(total, 3);
    // Around the seam between the two patterns, each minute still carries its own count.
    for (const minute of [8999, 9000, 9001])
      expect((rates?.[minute * 60 + 30] ?? 0) * 60).toBeCloseTo(week.periods[minute]?.invocations ?? 0, 6);
  });
});
