/**
 * The simulator against queueing theory. Each test states the formula it checks and why it applies.
 * Runs are long enough for the statistical error to sit well inside the tolerance (≈ 3 standard errors).
 */
import { simulate } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { oneFunction } from './helpers.ts';

/** Erlang-B blocking probability B(c, a), by the stable recursion B(k) = a·B(k−1) / (k + a·B(k−1)). */
function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

describe('theory checks', () => {
  it("Little's law: mean busy environments = λ·E[S] within 2%", () => {
    // L = λW holds for any stationary system; with no limit binding, the busy environments are the
    // requests in service, so L = λ·E[S] = 10/s × 0.2 s = 2.
    const r = simulate(
      oneFunction(
        {
          arrivals: { kind: 'poisson', ratePerSecond: 10 },
          durationMs: { kind: 'exponential', meanMs: 200 },
        },
        { horizonSeconds: 20_000, account: { scaling: 'unlimited' } },
      ),
    );
    const expected = 10 * 0.2;
    expect(Math.abs(r.total.environments.meanBusy - expected) / expected).toBeLessThan(0.02);
    // Little's law on in-flight requests too: W includes INIT for the cold ones.
    const w = r.total.latencyMs.mean / 1000;
    expect(
      Math.abs(r.total.concurrency.mean - (r.total.requests / 20_000) * w) / r.total.concurrency.mean,
    ).toBeLessThan(0.02);
  });

  it('Erlang-B: with reserved concurrency far below λ·E[S], P(throttle) = B(c, a)', () => {
    // A sync function with a concurrency cap c and no waiting room is an M/G/c/c loss system; its blocking
    // probability is Erlang's B formula, insensitive to the service distribution (Erlang 1917; Kelly,
    // "Reversibility and Stochastic Networks", 1979, §3). INIT is 0 so occupancy is the handler alone.
    const c = 40;
    const r = simulate(
      oneFunction(
        {
          arrivals: { kind: 'poisson', ratePerSecond: 100 },
          durationMs: { kind: 'lognormal', medianMs: 600, p99Ms: 3000 },
          initMs: { kind: 'fixed', valueMs: 0 },
          idleLifetimeMs: { kind: 'fixed', valueMs: 3_600_000 },
          reservedConcurrency: c,
        },
        { horizonSeconds: 3000, account: { scaling: 'unlimited' } },
      ),
    );
    // lognormal(median 600, p99 3000) has mean 600·e^(σ²/2), σ = ln 5 / 2.326: ≈ 762 ms, so a ≈ 76 Erlangs.
    const sigma = Math.log(5) / 2.3263478740408408;
    const offered = 100 * 0.6 * Math.exp((sigma * sigma) / 2);
    const expected = erlangB(c, offered);
    const observed = r.total.throttled / r.total.requests;
    expect(r.total.throttledBy.reserved).toBe(r.total.throttled);
    expect(Math.abs(observed - expected) / expected).toBeLessThan(0.02);
    expect(c).toBeLessThan(offered / 1.5); // the cap is far below the offered load
  });

  it('provisioned concurrency ≥ peak concurrency means zero cold starts', () => {
    // With INIT = 0 a cold start does not change timing, so a first run measures the peak; arrivals and
    // durations come from per-purpose random streams, so the second run sees the very same requests.
    const base = {
      arrivals: { kind: 'poisson' as const, ratePerSecond: 20 },
      initMs: { kind: 'fixed' as const, valueMs: 0 },
    };
    const first = simulate(oneFunction(base, { horizonSeconds: 3600 }));
    expect(first.total.coldStarts).toBeGreaterThan(0);
    const peak = first.total.concurrency.max;
    const second = simulate(oneFunction({ ...base, provisionedConcurrency: peak }, { horizonSeconds: 3600 }));
    expect(second.total.requests).toBe(first.total.requests);
    expect(second.total.coldStarts).toBe(0);
    expect(second.total.costUsd.provisioned).toBeGreaterThan(0);
  });

  it.each([300, 600, 1200])(
    'cold-start probability ≈ e^(−λT) at one request per %i s, idle lifetime T = 600 s',
    (gap) => {
      // Derivation. At λ·E[S] ≪ 1 one environment serves everything. A request is cold iff the environment
      // was reclaimed before it came: the gap X ~ Exp(λ) since the previous arrival exceeds that request's
      // service S plus the idle lifetime T (measured from the end of the previous request). So
      // P(cold) = P(X > S + T) = e^(−λ(S+T)) for fixed S; with S = 100 ms ≪ T, that is e^(−λT)·(1 − O(λS)).
      // (Overlaps, X < S, have probability λS ≈ 10⁻⁴ and are ignored.)
      const lambda = 1 / gap;
      const T = 600;
      const r = simulate(
        oneFunction(
          {
            arrivals: { kind: 'poisson', ratePerSecond: lambda },
            durationMs: { kind: 'fixed', valueMs: 100 },
            idleLifetimeMs: { kind: 'fixed', valueMs: T * 1000 },
          },
          { horizonSeconds: 6_000_000 },
        ),
      );
      const expected = Math.exp(-lambda * (T + 0.1));
      const n = r.total.requests;
      const standardError = Math.sqrt((expected * (1 - expected)) / n);
      expect(Math.abs(r.total.coldStartProbability - expected)).toBeLessThan(3.5 * standardError);
    },
  );
});

describe('scaling rule (AWS since Nov 2023): 1,000 new environments per 10 s per function', () => {
  const burst = (invocation: 'sync' | 'async') =>
    oneFunction(
      {
        arrivals: { kind: 'burst', count: 3000, atSeconds: 0 },
        durationMs: { kind: 'fixed', valueMs: 60_000 },
        initMs: { kind: 'fixed', valueMs: 0 },
        invocation,
      },
      { horizonSeconds: 120, account: { concurrencyLimit: 5000 }, output: { spans: 5000 } },
    );

  it('a sync burst of 3,000 at t = 0 gets 1,000 environments; 2,000 get a 429 for the scaling rate', () => {
    const r = simulate(burst('sync'));
    expect(r.total.environments.created).toBe(1000);
    expect(r.total.throttledBy.scaling).toBe(2000);
    expect(r.total.dropped).toBe(2000);
  });

  it('an async burst of 3,000 gets 1,000 at once and the rest only as the rate refills (0.1 per ms)', () => {
    const r = simulate(burst('async'));
    const starts = (r.spans ?? []).map((s) => s.coldStartAtMs).sort((a, b) => a - b);
    expect(starts.length).toBe(3000);
    expect(starts.filter((t) => t === 0).length).toBe(1000);
    starts.forEach((t, i) => {
      expect(i + 1).toBeLessThanOrEqual(1000 + Math.floor(t * 0.1) + 1e-9);
    });
    expect(r.total.served).toBe(3000);
  });

  it('legacy-burst: an account burst of 3,000 at once, then +500 per minute', () => {
    const r = simulate({
      ...burst('sync'),
      functions: [{ ...burst('sync').functions[0], arrivals: { kind: 'burst', count: 5000 } } as never],
      account: { concurrencyLimit: 10_000, scaling: 'legacy-burst', legacyBurst: 3000 },
    });
    expect(r.total.environments.created).toBe(3000);
    expect(r.total.throttledBy.scaling).toBe(2000);
  });
});
