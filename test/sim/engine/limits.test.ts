import { simulate } from '@lab/sim';
import { describe, expect, it } from 'vitest';

const slow = {
  durationMs: { kind: 'fixed' as const, valueMs: 60_000 },
  initMs: { kind: 'fixed' as const, valueMs: 0 },
};

describe('concurrency limits', () => {
  it('shares the unreserved pool: a second function is throttled for the account limit', () => {
    const r = simulate({
      horizonSeconds: 30,
      account: { concurrencyLimit: 300 },
      functions: [
        { name: 'reserved', reservedConcurrency: 100, arrivals: { kind: 'burst', count: 150 }, ...slow },
        { name: 'a', arrivals: { kind: 'burst', count: 150 }, ...slow },
        { name: 'b', arrivals: { kind: 'burst', count: 100, atSeconds: 1 }, ...slow },
      ],
    });
    const [reserved, a, b] = r.functions;
    // reserved: capped at 100 (50 throttled for its reservation); a and b share 300 − 100 = 200.
    expect(reserved?.throttledBy).toEqual({ account: 0, reserved: 50, scaling: 0, invocationRate: 0 });
    expect(a?.served).toBe(0); // still running at the horizon
    expect(a?.pending).toBe(150);
    expect(b?.throttledBy.account).toBe(50);
    expect(r.total.concurrency.max).toBe(300);
  });

  it('never keeps more environments than the limit: a provisioned one idle while on-demand ones are busy', () => {
    // pc: its provisioned environment serves one request for 100 ms; the other request's on-demand
    // environment is still in its 200 ms INIT when the provisioned one falls idle. At 150 ms, 109 of
    // `other`'s requests arrive: in-flight use stays under 110 (max(1, 1) + 108 for the last), but its
    // environment would be the 111th alive, and no on-demand one is idle to reclaim: it is throttled for the
    // account. (Provisioned concurrency needs 100 unreserved beside it, hence 110.)
    const r = simulate({
      horizonSeconds: 2,
      account: { concurrencyLimit: 110 },
      functions: [
        {
          name: 'pc',
          provisionedConcurrency: 1,
          arrivals: { kind: 'burst', count: 2 },
          durationMs: { kind: 'fixed', valueMs: 100 },
          initMs: { kind: 'fixed', valueMs: 200 },
        },
        { name: 'other', arrivals: { kind: 'burst', count: 109, atSeconds: 0.15 }, ...slow },
      ],
    });
    expect(r.total.environments.max).toBe(110);
    expect(r.functions[1]?.throttledBy.account).toBe(1);
    expect(r.functions[1]?.coldStarts).toBe(108);
  });

  it('counts configured provisioned concurrency against the unreserved pool even when idle', () => {
    const r = simulate({
      horizonSeconds: 30,
      account: { concurrencyLimit: 300 },
      functions: [
        { name: 'pc', provisionedConcurrency: 150, arrivals: { kind: 'burst', count: 10 }, ...slow },
        { name: 'other', arrivals: { kind: 'burst', count: 100, atSeconds: 1 }, ...slow },
      ],
    });
    // 300 − 150 provisioned leaves 150 for everything else... but only 100 arrive: none throttled.
    expect(r.functions[1]?.throttled).toBe(0);
    const tight = simulate({
      horizonSeconds: 30,
      account: { concurrencyLimit: 300 },
      functions: [
        { name: 'pc', provisionedConcurrency: 150, arrivals: { kind: 'burst', count: 10 }, ...slow },
        { name: 'other', arrivals: { kind: 'burst', count: 200, atSeconds: 1 }, ...slow },
      ],
    });
    expect(tight.functions[1]?.throttledBy.account).toBe(50);
  });

  it('refills the per-function scaling rate continuously, without banking beyond 1,000', () => {
    // 1,000 at t = 0 empties the bucket; 5 s later 500 more fit, the rest are throttled.
    const r = simulate({
      horizonSeconds: 30,
      account: { concurrencyLimit: 5000 },
      functions: [
        {
          name: 'f',
          arrivals: [
            { kind: 'burst', count: 1000 },
            { kind: 'burst', count: 800, atSeconds: 5 },
          ],
          ...slow,
        },
      ],
    });
    expect(r.total.environments.created).toBe(1500);
    expect(r.total.throttledBy.scaling).toBe(300);
    const later = simulate({
      horizonSeconds: 300,
      account: { concurrencyLimit: 5000 },
      functions: [{ name: 'f', arrivals: { kind: 'burst', count: 2000, atSeconds: 200 }, ...slow }],
    });
    expect(later.total.environments.created).toBe(1000); // 200 s of quiet banks no more than 1,000
  });
});
