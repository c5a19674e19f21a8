import { createSimulation, type FunctionConfig, type Scenario, simulate } from '@lab/sim';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneFunction } from '../helpers.ts';

// Random small scenarios: 1–3 functions, every feature mixed, a few thousand events at most.
const functionArb = (i: number) =>
  fc
    .record({
      rate: fc.double({ min: 0.2, max: 30, noNaN: true }),
      meanMs: fc.double({ min: 5, max: 3000, noNaN: true }),
      initMs: fc.integer({ min: 0, max: 800 }),
      idleMs: fc.integer({ min: 500, max: 120_000 }),
      reserved: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      provisioned: fc.integer({ min: 0, max: 5 }),
      async: fc.boolean(),
      errorRate: fc.constantFrom(0, 0.1, 0.5),
      timeoutMs: fc.constantFrom(900_000, 1000),
      reuse: fc.constantFrom('newest' as const, 'oldest' as const, 'random' as const),
      burst: fc.integer({ min: 0, max: 300 }),
    })
    .map((p): FunctionConfig => {
      const reserved = p.reserved === undefined ? undefined : Math.max(p.reserved, p.provisioned);
      return {
        name: `f${i}`,
        arrivals: [
          { kind: 'poisson', ratePerSecond: p.rate },
          ...(p.burst > 0 ? [{ kind: 'burst' as const, count: p.burst, atSeconds: 5 }] : []),
        ],
        durationMs: { kind: 'exponential', meanMs: p.meanMs },
        initMs: { kind: 'fixed', valueMs: p.initMs },
        idleLifetimeMs: { kind: 'fixed', valueMs: p.idleMs },
        ...(reserved === undefined ? {} : { reservedConcurrency: reserved }),
        provisionedConcurrency: p.provisioned,
        invocation: p.async ? 'async' : 'sync',
        errorRate: p.errorRate,
        timeoutMs: p.timeoutMs,
        reusePolicy: p.reuse,
        maxEventAgeSeconds: 120,
      };
    });

const scenarioArb = fc
  .record({
    seed: fc.integer({ min: 0, max: 1000 }),
    n: fc.integer({ min: 1, max: 3 }),
    limit: fc.integer({ min: 240, max: 320 }),
    scaling: fc.constantFrom('per-function' as const, 'legacy-burst' as const, 'unlimited' as const),
    horizonSeconds: fc.integer({ min: 20, max: 120 }),
    fns: fc.tuple(functionArb(0), functionArb(1), functionArb(2)),
  })
  .map(
    (p): Scenario => ({
      seed: p.seed,
      horizonSeconds: p.horizonSeconds,
      account: { concurrencyLimit: p.limit, scaling: p.scaling, legacyBurst: 500 },
      functions: p.fns.slice(0, p.n),
    }),
  );

describe('simulation invariants (property tests)', () => {
  it('accounts for every request exactly once: requests = served + errors + dropped + pending', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const r = simulate(scenario);
        for (const s of [r.total, ...r.functions]) {
          expect(s.served + s.errors + s.dropped + s.pending).toBe(s.requests);
          expect(
            s.throttledBy.account +
              s.throttledBy.reserved +
              s.throttledBy.scaling +
              s.throttledBy.invocationRate,
          ).toBe(s.throttled);
          expect(s.expired).toBeLessThanOrEqual(s.dropped);
          expect(s.latencyMs.count).toBe(s.served + s.errors);
          expect(Number.isFinite(s.costUsd.total) && Number.isFinite(s.concurrency.mean)).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('never exceeds a limit at any instant, and time never goes back', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(scenarioArb, (big) => {
        // Checking every instant is O(environments) per event: keep these runs short.
        const scenario = { ...big, horizonSeconds: Math.min(big.horizonSeconds ?? 30, 30) };
        const sim = createSimulation(scenario);
        const limit = scenario.account?.concurrencyLimit ?? 1000;
        const reservedSum = scenario.functions.reduce((s, f) => s + (f.reservedConcurrency ?? 0), 0);
        let last = 0;
        for (let ev = sim.step(); ev; ev = sim.step()) {
          expect(ev.atMs).toBeGreaterThanOrEqual(last);
          last = ev.atMs;
          const snap = sim.snapshot();
          let unreservedUse = 0;
          let inFlight = 0;
          const envsOf = new Map<string, number>();
          for (const e of snap.environments)
            envsOf.set(e.functionName, (envsOf.get(e.functionName) ?? 0) + 1);
          for (const f of scenario.functions) {
            const c = snap.concurrency[f.name] ?? 0;
            const envs = envsOf.get(f.name) ?? 0;
            inFlight += c;
            if (f.reservedConcurrency != null) {
              expect(c).toBeLessThanOrEqual(f.reservedConcurrency);
              expect(envs).toBeLessThanOrEqual(f.reservedConcurrency);
            } else unreservedUse += Math.max(c, Number(f.provisionedConcurrency ?? 0));
          }
          expect(unreservedUse).toBeLessThanOrEqual(limit - reservedSum);
          expect(inFlight).toBeLessThanOrEqual(limit);
          expect(snap.environments.length).toBeLessThanOrEqual(limit);
        }
      }),
      { numRuns: 10 },
    );
  });

  it('gives identical results for the same seed, and different ones for another seed', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const a = simulate({ ...scenario, output: { seriesResolutionSeconds: 5, spans: 50, records: 100 } });
        const b = simulate({ ...scenario, output: { seriesResolutionSeconds: 5, spans: 50, records: 100 } });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 15 },
    );
    const a = simulate(oneFunction({}, { seed: 1 }));
    const b = simulate(oneFunction({}, { seed: 2 }));
    expect(a.total.requests).not.toBe(b.total.requests);
  });

  it('stepping to the horizon gives the same result as simulate', () => {
    const scenario = oneFunction({ invocation: 'async', reservedConcurrency: 2 }, { horizonSeconds: 120 });
    const sim = createSimulation(scenario);
    sim.advanceBy(30_000);
    expect(sim.now).toBe(30_000);
    expect(sim.done).toBe(false);
    sim.advanceTo(120_000);
    expect(sim.done).toBe(true);
    expect(sim.step()).toBeNull();
    expect(JSON.stringify(sim.result().total)).toBe(JSON.stringify(simulate(scenario).total));
  });

  it('stepping to the horizon gives the whole result of simulate, spans and series included', () => {
    const scenario = oneFunction(
      { idleLifetimeMs: { kind: 'fixed', valueMs: 20_000 } },
      { horizonSeconds: 60, output: { seriesResolutionSeconds: 5, spans: true } },
    );
    const sim = createSimulation(scenario);
    while (sim.step()) {
      // one event at a time, as an animation does
    }
    expect(sim.done).toBe(true);
    const stepped = JSON.stringify(sim.result());
    expect(stepped).toBe(JSON.stringify(simulate(scenario)));
    // Asking again does not close the spans a second time.
    expect(JSON.stringify(sim.result())).toBe(stepped);
  });
});

describe('series', () => {
  it('keeps the peak of each interval beside its average, so a short burst is not averaged away', () => {
    const result = simulate({
      horizonSeconds: 30,
      functions: [
        {
          name: 'burst',
          arrivals: { kind: 'burst', count: 1000, atSeconds: 1 },
          durationMs: { kind: 'fixed', valueMs: 100 },
          initMs: { kind: 'fixed', valueMs: 50 },
        },
      ],
      output: { seriesResolutionSeconds: 3 },
    });
    const series = result.series;
    if (!series) throw new Error('series expected');
    const first = series.total;
    expect(first.concurrencyMax[0]).toBe(1000);
    expect(first.environmentsMax[0]).toBe(1000);
    // 1,000 requests for 150 ms in a 3 s interval average to 50 in flight.
    expect(first.concurrency[0]).toBeCloseTo(50, 6);
    expect(first.concurrencyMax[1]).toBe(0);
    // Environments stay alive (idle) after the burst: the next interval starts with all 1,000.
    expect(first.environmentsMax[1]).toBe(1000);
    expect(Math.max(...first.concurrencyMax)).toBe(result.total.concurrency.max);
    expect(series.functions.burst?.concurrencyMax).toEqual(first.concurrencyMax);
  });
});
