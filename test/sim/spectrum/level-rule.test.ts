import { type ArrivalPattern, type Distribution, simulate } from '@lab/sim';
import { describe, expect, it } from 'vitest';

/**
 * The rule the spectrum's fast path (level-model.ts) and its measurement reference (test/perf/level-reference.ts)
 * stand on, checked on the engine's own request records: Lambda reuses the newest idle environment, so a request
 * arriving when n environments are busy (working or in INIT) is cold exactly when n + 1 were last busy more than
 * one idle lifetime ago.
 */
function replay(arrivals: ArrivalPattern, initMs: Distribution, idleS: number, seconds: number) {
  const idleMs = idleS * 1000;
  const r = simulate({
    seed: 11,
    horizonSeconds: seconds,
    output: { records: 1_000_000 },
    functions: [
      {
        name: 'f',
        arrivals,
        durationMs: { kind: 'exponential', meanMs: 200 },
        initMs,
        idleLifetimeMs: { kind: 'fixed', valueMs: idleMs },
      },
    ],
  });
  const records = r.records ?? [];
  // Arrivals (1) after departures (0) at the same instant: a request that ends frees its level first.
  const events = records.flatMap((x, i) => [
    { t: x.startMs, kind: 1, i },
    { t: x.endMs, kind: 0, i },
  ]);
  events.sort((a, b) => a.t - b.t || a.kind - b.kind);
  const lastBusy = new Map<number, number>();
  let [busy, mismatches, cold] = [0, 0, 0];
  for (const e of events) {
    if (e.kind === 0) {
      lastBusy.set(busy, e.t);
      busy--;
      continue;
    }
    busy++;
    const isCold = e.t - (lastBusy.get(busy) ?? Number.NEGATIVE_INFINITY) > idleMs;
    if (isCold) cold++;
    if (isCold !== records[e.i]?.cold) mismatches++;
  }
  return {
    records: records.length,
    engineCold: r.total.coldStarts,
    throttled: r.total.throttled,
    cold,
    mismatches,
  };
}

describe('the level rule on the engine’s records', () => {
  it('names every cold start of 15 steady minutes with INIT (100 req/s, 30 s idle lifetime)', () => {
    const out = replay(
      { kind: 'poisson', ratePerSecond: 100 },
      { kind: 'lognormal', medianMs: 162, p99Ms: 230 },
      30,
      900,
    );
    expect(out.throttled).toBe(0);
    expect(out.records).toBeGreaterThan(80_000);
    expect(out.engineCold).toBeGreaterThan(40);
    expect(out.cold).toBe(out.engineCold);
    expect(out.mismatches).toBe(0);
  });

  it('and through jumps with a long INIT (steps 20 → 300 → 20 req/s, INIT about 800 ms)', () => {
    const out = replay(
      {
        kind: 'steps',
        steps: [
          { atSeconds: 0, ratePerSecond: 20 },
          { atSeconds: 120, ratePerSecond: 300 },
          { atSeconds: 180, ratePerSecond: 20 },
          { atSeconds: 400, ratePerSecond: 300 },
          { atSeconds: 430, ratePerSecond: 20 },
        ],
      },
      { kind: 'lognormal', medianMs: 800, p99Ms: 1500 },
      60,
      600,
    );
    expect(out.throttled).toBe(0);
    expect(out.engineCold).toBeGreaterThan(60);
    expect(out.cold).toBe(out.engineCold);
    expect(out.mismatches).toBe(0);
  });
});
