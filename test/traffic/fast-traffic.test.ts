import { describe, expect, it } from 'vitest';
import { fastTraffic } from '../../src/traffic/fast-traffic.ts';
import { emptyPeriod } from '../../src/traffic/metric-columns.ts';
import { runTraffic } from '../../src/traffic/run-traffic.ts';
import { trafficScenario } from '../../src/traffic/traffic-scenario.ts';
import { type Traffic, TrafficError } from '../../src/traffic/traffic-types.ts';

/** Three hours of 1-minute periods: 20 req/s, a 20-minute surge to 60 req/s, back to 20 req/s. */
const surge: Traffic = {
  kind: 'periods',
  format: 'console-csv',
  periodSeconds: 60,
  periods: Array.from({ length: 180 }, (_, i) => ({
    ...emptyPeriod(Date.UTC(2026, 10, 2) + i * 60_000),
    invocations: (i >= 80 && i < 100 ? 60 : 20) * 60,
    durationP50Ms: 150,
    durationP99Ms: 450,
  })),
};
const rel = (a: number, b: number) => Math.abs(a / b - 1);

describe('the fast method (scale path)', () => {
  it('agrees with the exact simulation on a surge: cost, p99, peak and cold starts', () => {
    const exact = runTraffic(surge, { method: 'exact' }).totals;
    const fast = runTraffic(surge, { method: 'fast' }).totals;
    expect(fast.requests).toBeCloseTo(264_000, -1);
    expect(rel(fast.costUsd.total, exact.costUsd.total)).toBeLessThan(0.02);
    expect(rel(fast.latencyMs.p99, exact.latencyMs.p99)).toBeLessThan(0.08);
    expect(rel(fast.concurrency.max, exact.concurrency.max)).toBeLessThan(0.15);
    expect(rel(fast.concurrency.mean, exact.concurrency.mean)).toBeLessThan(0.02);
    // Cold starts are few here (tens): within counting noise, 2√n.
    expect(Math.abs(fast.coldStarts - exact.coldStarts)).toBeLessThan(2 * Math.sqrt(exact.coldStarts) + 3);
  });

  it('gives one value per period, adding up to the totals, with the surge where the file has it', () => {
    const run = runTraffic(surge, { method: 'fast' });
    expect(run.method).toBe('fast');
    expect(run.series.t).toHaveLength(180);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(run.series.coldStarts)).toBeCloseTo(run.totals.coldStarts, 6);
    // After the first minute (an empty pool fills), cold starts cluster where the surge begins.
    const later = run.series.coldStarts.slice(1);
    expect(later.indexOf(Math.max(...later)) + 1).toBe(80);
    expect(run.series.peak[90]).toBeGreaterThan(run.series.peak[40] ?? 0);
  });

  it('throttles at a reserved concurrency and spares cold starts under provisioned concurrency', () => {
    const plain = runTraffic(surge, { method: 'fast' }).totals;
    const reserved = runTraffic(surge, { method: 'fast', reservedConcurrency: 8 }).totals;
    expect(reserved.throttled).toBeGreaterThan(1000);
    expect(reserved.concurrency.max).toBeLessThanOrEqual(8);
    const provisioned = runTraffic(surge, {
      method: 'fast',
      provisionedByHour: [{ fromHour: 0, toHour: 24, count: 30 }],
    }).totals;
    expect(provisioned.coldStarts).toBeLessThan(plain.coldStarts / 5);
    expect(provisioned.costUsd.provisioned).toBeGreaterThan(0);
  });

  it('the automatic method runs small files exactly', () => {
    expect(runTraffic(surge).method).toBe('exact');
  });

  it('refuses a list of request times (replayed exactly, not from rates)', () => {
    const { scenario, periodSeconds } = trafficScenario({ kind: 'timestamps', timestampsMs: [0, 5, 9] });
    expect(() => fastTraffic(scenario, periodSeconds)).toThrow(TrafficError);
  });
});
