/** INIT limit and proactive initialization (cold-start.ts), with hand-computed latencies and counts. */
import { simulate } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { oneFunction } from '../helpers.ts';

const one = { arrivals: { kind: 'burst', count: 1 } } as const;

describe('INIT limit of 10 s', () => {
  it('retries a 12 s INIT within the invocation: 10 s + 12 s + 0.1 s, all billed', () => {
    const r = simulate(
      oneFunction({
        ...one,
        initMs: { kind: 'fixed', valueMs: 12_000 },
        durationMs: { kind: 'fixed', valueMs: 100 },
      }),
    );
    expect(r.total.initTimeouts).toBe(1);
    expect(r.total.served).toBe(1);
    expect(r.total.latencyMs.max).toBe(22_100);
    // 22.1 s at 128 MB = 2.7625 GB-s.
    expect(r.total.gbSeconds).toBeCloseTo(2.7625, 10);
  });

  it('times the attempt out when the retried INIT and the handler pass the function timeout', () => {
    // 12 s + 0.1 s > 5 s: a timeout error at 10 s + 5 s.
    const r = simulate(
      oneFunction({
        ...one,
        initMs: { kind: 'fixed', valueMs: 12_000 },
        durationMs: { kind: 'fixed', valueMs: 100 },
        timeoutMs: 5000,
      }),
    );
    expect(r.total.errors).toBe(1);
    expect(r.total.timeouts).toBe(1);
    expect(r.total.latencyMs.max).toBe(15_000);
    expect(r.total.environments.created).toBe(1);
  });

  it('leaves an INIT under 10 s alone', () => {
    const r = simulate(oneFunction({ ...one, initMs: { kind: 'fixed', valueMs: 9_999 } }));
    expect(r.total.initTimeouts).toBe(0);
  });
});

describe('proactive initialization', () => {
  // 5 requests at 0 s, 10 at 5 s; each 1 s long, INIT 100 ms; environments live 7 min idle.
  const traffic = (p: number) =>
    oneFunction({
      arrivals: [
        { kind: 'burst', count: 5, atSeconds: 0 },
        { kind: 'burst', count: 10, atSeconds: 5 },
      ],
      durationMs: { kind: 'fixed', valueMs: 1000 },
      proactiveInitProbability: p,
    });

  it('with probability 1, each cold start pre-initializes one more environment, not counted as cold', () => {
    const r = simulate(traffic(1));
    // 5 cold starts + 5 proactive at 0 s; the 10 requests at 5 s find 10 idle environments.
    expect(r.total.coldStarts).toBe(5);
    expect(r.total.proactiveInits).toBe(5);
    expect(r.total.environments.created).toBe(10);
  });

  it('is off by default: 5 + 5 cold starts', () => {
    const r = simulate(traffic(0));
    expect(r.total.coldStarts).toBe(10);
    expect(r.total.proactiveInits).toBe(0);
  });

  it('keeps the request-path random numbers: same arrivals and durations with it on', () => {
    const base = oneFunction({ durationMs: { kind: 'exponential', meanMs: 200 } }, { horizonSeconds: 300 });
    const off = simulate(base);
    const fn = base.functions[0];
    if (!fn) throw new Error('no function');
    const on = simulate({ ...base, functions: [{ ...fn, proactiveInitProbability: 0.5 }] });
    expect(on.total.requests).toBe(off.total.requests);
    expect(on.total.proactiveInits).toBeGreaterThan(0);
    expect(on.total.coldStarts).toBeLessThan(off.total.coldStarts);
  });
});
