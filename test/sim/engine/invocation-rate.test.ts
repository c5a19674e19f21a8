/**
 * The invocation-rate quota (limits.ts): 10 requests per second per unit of concurrency limit, as token
 * buckets holding one second of that rate. Hand-computed: a bucket of 10·L tokens refilled at 10·L per
 * second admits about 10·L + 10·L·T requests in T seconds when more arrive.
 */
import { simulate } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { oneFunction } from '../helpers.ts';

// 1,000 requests per second, one every ms, each 1 ms long: never two in flight, so only the rate binds.
const fast = {
  arrivals: { kind: 'constant', ratePerSecond: 1000 },
  durationMs: { kind: 'fixed', valueMs: 1 },
  initMs: { kind: 'fixed', valueMs: 0 },
} as const;

describe('invocation-rate quota', () => {
  it('caps an account of limit 10 at 100 requests per second, after a 100-request bucket', () => {
    // Arrivals at 0, 1, …, 1000 ms (the horizon included): 1,001. Bucket 100 + refill 100/s × 1 s = 200
    // admitted (±1: where the last token falls).
    const r = simulate(oneFunction(fast, { horizonSeconds: 1, account: { concurrencyLimit: 10 } }));
    expect(r.total.requests).toBe(1001);
    expect(Math.abs(r.total.served + r.total.pending - 200)).toBeLessThanOrEqual(1);
    expect(r.total.throttledBy.invocationRate).toBe(1001 - r.total.served - r.total.pending);
    expect(r.total.throttledBy.account + r.total.throttledBy.scaling).toBe(0);
  });

  it('caps a function with reserved concurrency 10 at 100/s: lesson 2 case of 10 ms requests', () => {
    // 1,000 req/s of 10 ms keep exactly 10 in flight (within reserved 10), yet only 100 + 100·60 = 6,100 of
    // 60,000 may start in 60 s.
    const r = simulate(
      oneFunction(
        { ...fast, durationMs: { kind: 'fixed', valueMs: 10 }, reservedConcurrency: 10 },
        { horizonSeconds: 60 },
      ),
    );
    expect(r.total.requests).toBe(60_001);
    expect(Math.abs(r.total.served + r.total.pending - 6100)).toBeLessThanOrEqual(1);
    expect(r.total.throttledBy.reserved).toBe(0);
    expect(r.total.throttledBy.invocationRate).toBe(60_001 - r.total.served - r.total.pending);
  });

  it('does not bind below 10 requests per second per unit of limit', () => {
    // Account 1,000 → 10,000 req/s allowed; 1,000 req/s pass untouched (the one at 5 s is still running).
    const r = simulate(oneFunction(fast, { horizonSeconds: 5 }));
    expect(r.total.throttled).toBe(0);
    expect(r.total.served).toBe(5000);
    expect(r.total.pending).toBe(1);
  });
});
