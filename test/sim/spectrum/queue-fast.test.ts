import { compareSpectrum, type SpectrumOptions, type Workload } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { erlangB, queueInterval } from '~/sim/spectrum/queue-fast.ts';

describe('erlangB', () => {
  it('matches the closed form for small systems', () => {
    // B(1, a) = a / (1 + a); B(2, a) = (a²/2) / (1 + a + a²/2).
    expect(erlangB(1, 0.5)).toBeCloseTo(1 / 3, 12);
    expect(erlangB(2, 2)).toBeCloseTo(2 / 5, 12);
  });
});

describe('queueInterval', () => {
  it('drops the excess of an overloaded interval and serves at capacity', () => {
    // 16 slots × 5/s = 80 req/s of capacity against 100 req/s offered.
    const q = queueInterval({ ms: 60_000, perMs: 0.1, slots: 16 }, 200, 30_000);
    expect(q.served / 60).toBeCloseTo(80, 0);
    expect(q.dropped / q.requests).toBeCloseTo(0.2, 2);
    expect(q.above?.(29_000) ?? 0).toBeGreaterThan(0.5);
  });

  it('has no waits to speak of at low load', () => {
    const q = queueInterval({ ms: 60_000, perMs: 0.005, slots: 16 }, 200, 30_000);
    expect(q.dropped).toBeLessThan(1e-6);
    expect(q.above).toBeNull();
  });
});

/** The fast VM and container columns against the exact FCFS run of the same workload. */
describe('fleet columns from rates against request by request', () => {
  const run = (rate: number, options: SpectrumOptions = {}) => {
    const w: Workload = {
      arrivals: { kind: 'poisson', ratePerSecond: rate },
      durationMs: { kind: 'exponential', meanMs: 200 },
      horizonSeconds: 7200,
    };
    return {
      exact: compareSpectrum(w, { ...options, method: 'exact' }),
      fast: compareSpectrum(w, { ...options, method: 'fast' }),
    };
  };

  it('agrees on a busy but stable fleet (75% of 16 slots)', { timeout: 60_000 }, () => {
    const { exact, fast } = run(60);
    expect(fast.method).toBe('fast');
    expect(fast.vm.costUsd).toBe(exact.vm.costUsd);
    expect(fast.vm.utilization).toBeCloseTo(exact.vm.utilization, 2);
    expect(fast.vm.queued / fast.vm.requests).toBeCloseTo(exact.vm.queued / exact.vm.requests, 1);
    expect(Math.abs(fast.vm.latencyMs.p99 / exact.vm.latencyMs.p99 - 1)).toBeLessThan(0.1);
    expect(Math.abs(fast.containers.costUsd / exact.containers.costUsd - 1)).toBeLessThan(0.05);
  });

  it('agrees on the drops of an overloaded fleet', { timeout: 60_000 }, () => {
    const { exact, fast } = run(100);
    expect(Math.abs(fast.vm.dropped / exact.vm.dropped - 1)).toBeLessThan(0.05);
    expect(Math.abs(fast.vm.latencyMs.p50 / exact.vm.latencyMs.p50 - 1)).toBeLessThan(0.1);
  });

  it('refuses the fast path for work that is not exponential, naming why', () => {
    const w: Workload = {
      arrivals: { kind: 'poisson', ratePerSecond: 1 },
      durationMs: { kind: 'fixed', valueMs: 100 },
      horizonSeconds: 60,
    };
    expect(() => compareSpectrum(w, { method: 'fast' })).toThrow(/durationMs must be exponential, got fixed/);
  });
});
