import { createSimulation, simulate } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { oneFunction } from '../helpers.ts';

describe('engine behaviour', () => {
  it('reuses the newest idle environment by default, the oldest or a random one on request', () => {
    // Three overlapping requests make environments 1, 2, 3 (idle from 100, 101, 102 ms); later single
    // requests show which one is reused.
    const arrivals = { kind: 'replay' as const, timestampsMs: [0, 1, 2, 5000, 10_000, 15_000] };
    const served = (reusePolicy: 'newest' | 'oldest' | 'random') => {
      const r = simulate(
        oneFunction(
          {
            arrivals,
            durationMs: { kind: 'fixed', valueMs: 100 },
            initMs: { kind: 'fixed', valueMs: 0 },
            reusePolicy,
          },
          { horizonSeconds: 60, output: { records: true } },
        ),
      );
      return (r.records ?? []).slice(3).map((x) => x.envId);
    };
    expect(served('newest')).toEqual([3, 3, 3]);
    // Oldest-first cycles: env 1 (idle longest), then 2, then 3.
    expect(served('oldest')).toEqual([1, 2, 3]);
    expect(served('random').every((id) => id >= 1 && id <= 3)).toBe(true);
  });

  it('reclaims an environment its idle lifetime after its last request', () => {
    const r = simulate(
      oneFunction(
        {
          arrivals: { kind: 'replay', timestampsMs: [0, 9_000, 30_000] },
          durationMs: { kind: 'fixed', valueMs: 1000 },
          initMs: { kind: 'fixed', valueMs: 0 },
          idleLifetimeMs: { kind: 'fixed', valueMs: 10_000 },
        },
        { horizonSeconds: 60, output: { spans: true } },
      ),
    );
    // 0 → busy to 1 s, idle; reused at 9 s (8 s idle < 10 s), busy to 10 s; reclaimed at 20 s; cold again at 30 s.
    expect(r.total.coldStarts).toBe(2);
    expect(r.spans?.[0]?.reclaimedAtMs).toBe(20_000);
    expect(r.spans?.[0]?.phases.map((p) => p.state)).toEqual([
      'initializing',
      'busy',
      'idle',
      'busy',
      'idle',
    ]);
  });

  it('times out a handler at timeoutMs and counts it as an error', () => {
    const r = simulate(
      oneFunction({ durationMs: { kind: 'fixed', valueMs: 5000 }, timeoutMs: 1000 }, { horizonSeconds: 60 }),
    );
    expect(r.total.timeouts).toBe(r.total.errors);
    expect(r.total.served).toBe(0);
    expect(r.total.latencyMs.max).toBeCloseTo(1000 + 100, 6); // INIT 100 ms, then the 1 s timeout
  });

  it('retries async function errors twice, one then two minutes later', () => {
    const r = simulate(
      oneFunction(
        {
          arrivals: { kind: 'burst', count: 1 },
          errorRate: 1,
          invocation: 'async',
          durationMs: { kind: 'fixed', valueMs: 10 },
        },
        { horizonSeconds: 600, output: { records: true } },
      ),
    );
    expect(r.total.invocations).toBe(3);
    expect(r.total.retried).toBe(2);
    expect(r.total.errors).toBe(1);
    // INIT 100 ms + 10 ms handler, then a retry 1 min after the error, then 2 min after the next one.
    expect((r.records ?? []).map((x) => Math.round(x.startMs))).toEqual([0, 60_110, 180_120]);
  });

  it('retries throttled async events with backoff from 1 s to 5 min, and drops them past the maximum age', () => {
    const r = simulate(
      oneFunction(
        {
          arrivals: [
            { kind: 'burst', count: 1 },
            { kind: 'burst', count: 1, atSeconds: 0.001 },
          ],
          durationMs: { kind: 'fixed', valueMs: 850_000 },
          initMs: { kind: 'fixed', valueMs: 0 },
          reservedConcurrency: 1,
          invocation: 'async',
          maxEventAgeSeconds: 900,
        },
        { horizonSeconds: 7200, output: { records: true } },
      ),
    );
    const waits = (r.records ?? []).filter((x) => x.envId === -1).map((x) => Math.round(x.startMs - 1));
    // 1, 2, 4, … s after the previous attempt, capped at 300 s; the next wait would pass 900 s, so dropped.
    expect(waits).toEqual([0, 1000, 3000, 7000, 15_000, 31_000, 63_000, 127_000, 255_000, 511_000, 811_000]);
    expect(r.total.dropped).toBe(1);
    expect(r.total.throttledBy.reserved).toBe(11);
  });

  it('applies a provisioned schedule: more environments at the peak, fewer after', () => {
    const r = simulate(
      oneFunction(
        {
          arrivals: { kind: 'poisson', ratePerSecond: 0.01 },
          provisionedConcurrency: [
            { atSeconds: 0, count: 2 },
            { atSeconds: 100, count: 10 },
            { atSeconds: 200, count: 1 },
          ],
        },
        { horizonSeconds: 300, output: { seriesResolutionSeconds: 50 } },
      ),
    );
    const idle = r.series?.total.idle ?? [];
    expect(idle[0]).toBeCloseTo(2, 1);
    expect(idle[3]).toBeGreaterThan(9);
    expect(idle[5]).toBeCloseTo(1, 1);
    expect(r.total.environments.reclaimed).toBeGreaterThanOrEqual(9);
  });

  it('builds series whose time averages agree with the summary', () => {
    const r = simulate(oneFunction({}, { horizonSeconds: 600, output: { seriesResolutionSeconds: 60 } }));
    const s = r.series;
    if (!s) throw new Error('series');
    expect(s.t).toEqual([0, 60_000, 120_000, 180_000, 240_000, 300_000, 360_000, 420_000, 480_000, 540_000]);
    const mean = s.total.concurrency.reduce((a, b) => a + b, 0) / s.t.length;
    expect(mean).toBeCloseTo(r.total.concurrency.mean, 9);
    expect(s.total.coldStarts.reduce((a, b) => a + b, 0)).toBe(r.total.coldStarts);
    expect(s.functions.f?.p99.every((x) => x === null || x > 0)).toBe(true);
  });

  it('snapshots every live environment while stepping', () => {
    const sim = createSimulation(oneFunction({ provisionedConcurrency: 2 }, { horizonSeconds: 30 }));
    expect(sim.snapshot().environments).toEqual([
      { id: 1, functionName: 'f', state: 'idle', since: 0, provisioned: true, requestsServed: 0 },
      { id: 2, functionName: 'f', state: 'idle', since: 0, provisioned: true, requestsServed: 0 },
    ]);
    const first = sim.step();
    expect(first).toMatchObject({ kind: 'arrival', functionName: 'f', envId: 2, outcome: 'warm' });
    expect(sim.snapshot().environments[1]?.state).toBe('busy');
    sim.advanceTo(30_000);
    expect(sim.snapshot().counts.requests).toBe(sim.result().total.requests);
  });
});

describe('stepping events', () => {
  it('reports only observable events: every reclaim names its environment', () => {
    const sim = createSimulation(
      oneFunction({ idleLifetimeMs: { kind: 'exponential', meanMs: 2000 } }, { horizonSeconds: 120 }),
    );
    const kinds = new Set<string>();
    for (let ev = sim.step(); ev; ev = sim.step()) {
      kinds.add(ev.kind);
      if (ev.kind === 'reclaim' || ev.kind === 'complete' || ev.kind === 'init-end')
        expect(ev.envId).toBeGreaterThan(0);
    }
    expect([...kinds].sort()).toEqual(['arrival', 'complete', 'init-end', 'reclaim']);
  });
});
