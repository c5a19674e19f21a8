/**
 * Provisioned concurrency (provisioning.ts): the 5-minute billing unit, allocation delay, INIT billing of
 * provisioned environments, and recycling. Every expectation is worked out by hand in its comment.
 */
import { createSimulation, PRICES, simulate } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { oneFunction } from '../helpers.ts';

const quiet = { arrivals: { kind: 'replay', timestampsMs: [0] } } as const;

describe('provisioned concurrency', () => {
  it('bills each configured level in 5-minute units: 2 environments for 60 s are billed 300 s each', () => {
    const r = simulate(
      oneFunction({
        ...quiet,
        provisionedConcurrency: [
          { atSeconds: 0, count: 2 },
          { atSeconds: 60, count: 0 },
        ],
      }),
    );
    // 2 × 300 s × 0.125 GB = 75 GB-s at $0.0000041667.
    expect(r.total.costUsd.provisioned).toBeCloseTo(75 * PRICES.provisionedPerGbSecond.x86_64, 12);
  });

  it('bills the level still set at the horizon only up to the horizon', () => {
    const r = simulate(oneFunction({ ...quiet, provisionedConcurrency: 1 }, { horizonSeconds: 100 }));
    // 1 × 100 s × 0.125 GB = 12.5 GB-s.
    expect(r.total.costUsd.provisioned).toBeCloseTo(12.5 * PRICES.provisionedPerGbSecond.x86_64, 12);
  });

  it('allocates a scheduled step after the allocation delay, then INIT; the INIT is billed', () => {
    const scenario = oneFunction(
      {
        ...quiet,
        initMs: { kind: 'fixed', valueMs: 500 },
        durationMs: { kind: 'fixed', valueMs: 100 },
        provisionedConcurrency: [{ atSeconds: 100, count: 1 }],
        provisionedAllocationSeconds: 30,
      },
      { horizonSeconds: 200 },
    );
    const sim = createSimulation(scenario);
    const provisioned = () => sim.snapshot().environments.filter((e) => e.provisioned);
    sim.advanceTo(129_999);
    expect(provisioned()).toEqual([]);
    sim.advanceTo(130_100);
    expect(provisioned().map((e) => e.state)).toEqual(['initializing']);
    sim.advanceTo(130_600);
    expect(provisioned().map((e) => e.state)).toEqual(['idle']);
    const r = simulate(scenario);
    expect(r.total.provisionedInits).toBe(1);
    // On-demand: the request at 0 s, 500 + 100 ms; provisioned: its 500 ms INIT. 1.1 s × 0.125 GB.
    expect(r.total.gbSeconds).toBeCloseTo(0.1375, 12);
  });

  it('recycles provisioned environments at the set age; a request during the re-INIT is a cold start', () => {
    // Created at 0 s, recycled at 600 s; the replacement (created at 600 s) at 1,200 s. A request at
    // 600.2 s arrives while the replacement is in its 500 ms INIT: it gets an on-demand cold start.
    const r = simulate(
      oneFunction(
        {
          arrivals: { kind: 'replay', timestampsMs: [600_200] },
          initMs: { kind: 'fixed', valueMs: 500 },
          durationMs: { kind: 'fixed', valueMs: 100 },
          provisionedConcurrency: 1,
          provisionedRecycleSeconds: 600,
        },
        { horizonSeconds: 1500 },
      ),
    );
    expect(r.total.provisionedInits).toBe(2);
    expect(r.total.coldStarts).toBe(1);
    // Created: 1 at 0 s, replacements at 600 and 1,200 s, the on-demand one; reclaimed: the two recycled,
    // and the on-demand one after its 7-minute idle lifetime (600.8 + 420 s).
    expect(r.total.environments.created).toBe(4);
    expect(r.total.environments.reclaimed).toBe(3);
  });

  it('recycles a busy environment when its request ends', () => {
    // A 120 s request from 590 s holds the only provisioned environment past its recycle age (600 s): it is
    // replaced at 710 s. Events of kind 'recycle' are visible to the stepping API.
    const sim = createSimulation(
      oneFunction(
        {
          arrivals: { kind: 'replay', timestampsMs: [590_000] },
          initMs: { kind: 'fixed', valueMs: 500 },
          durationMs: { kind: 'fixed', valueMs: 120_000 },
          provisionedConcurrency: 1,
          provisionedRecycleSeconds: 600,
        },
        { horizonSeconds: 800 },
      ),
    );
    const kinds: string[] = [];
    for (let e = sim.step(); e; e = sim.step()) kinds.push(`${e.kind}@${e.atMs}`);
    expect(kinds).toContain('recycle@600000');
    expect(kinds).toContain('init-end@710500');
    expect(sim.result().total.provisionedInits).toBe(1);
  });
});
