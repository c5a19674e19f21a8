import { compareSpectrum } from '@lab/sim';
import { describe, expect, it } from 'vitest';

describe('compareSpectrum', () => {
  const workload = {
    arrivals: { kind: 'poisson' as const, ratePerSecond: 20 },
    durationMs: { kind: 'exponential' as const, meanMs: 200 },
    horizonSeconds: 1800,
  };

  it('gives all three columns the same requests and sensible utilization', () => {
    const r = compareSpectrum(workload);
    expect(r.vm.requests).toBe(r.functions.requests);
    expect(r.containers.requests).toBe(r.functions.requests);
    for (const col of [r.vm, r.containers, r.functions]) {
      expect(col.utilization).toBeGreaterThan(0);
      expect(col.utilization).toBeLessThanOrEqual(1);
      expect(col.served + col.dropped).toBeLessThanOrEqual(col.requests);
    }
    // 2 servers × 8 slots for an offered load of 4: a quarter used, no queueing to speak of.
    expect(r.vm.utilization).toBeCloseTo(0.25, 1);
    expect(r.vm.costUsd).toBeCloseTo(2 * 0.0832 * 0.5, 6);
  });

  it('queues and drops on an undersized fleet, scales containers out after the reaction delay', () => {
    const r = compareSpectrum(
      { ...workload, arrivals: { kind: 'poisson', ratePerSecond: 100 } },
      {
        vm: { servers: 1, perServerConcurrency: 10, maxQueueMs: 5000 },
        containers: { minTasks: 1, reactionDelaySeconds: 60 },
      },
    );
    expect(r.vm.dropped).toBeGreaterThan(0);
    expect(r.vm.utilization).toBeGreaterThan(0.95);
    expect(r.containers.queued).toBeGreaterThan(0);
    expect(r.containers.dropped).toBeLessThan(r.vm.dropped);
    expect(r.functions.dropped).toBe(0);
  });
});
