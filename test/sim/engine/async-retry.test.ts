/**
 * Async event loss and event age (async-retry.ts). Hand-computed backoff: throttle retries wait 1, 2, 4, 8,
 * 16, 32 s…, so an event arriving at 0 is retried at 1, 3, 7, 15 and 31 s; the next would start at 63 s,
 * past a 60 s maximum age, so it is discarded at 31 s, aged 31 s.
 */
import { simulate } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { oneFunction } from '../helpers.ts';

const alwaysThrottled = oneFunction(
  {
    arrivals: { kind: 'burst', count: 1 },
    invocation: 'async',
    reservedConcurrency: 0,
    maxEventAgeSeconds: 60,
  },
  { horizonSeconds: 60, output: { seriesResolutionSeconds: 10 } },
);

describe('async event age and loss', () => {
  it('discards an event whose next retry would pass the maximum age, and counts it as expired', () => {
    const r = simulate(alwaysThrottled);
    expect(r.total.throttled).toBe(6);
    expect(r.total.retried).toBe(5);
    expect(r.total.dropped).toBe(1);
    expect(r.total.expired).toBe(1);
    expect(r.total.pending).toBe(0);
    expect(r.total.asyncOldestEventAgeMs).toBe(31_000);
  });

  it('reports the oldest event age per series bucket', () => {
    const s = simulate(alwaysThrottled).series?.total.asyncOldestEventAgeMs;
    // Retries at 1, 3, 7 s (bucket 0), 15 s (bucket 1), the discard at 31 s (bucket 3).
    expect(s).toEqual([7000, 15_000, 0, 31_000, 0, 0]);
  });

  it('keeps sync throttles out of expired', () => {
    const r = simulate(oneFunction({ arrivals: { kind: 'burst', count: 3 }, reservedConcurrency: 0 }));
    expect(r.total.dropped).toBe(3);
    expect(r.total.expired).toBe(0);
    expect(r.total.asyncOldestEventAgeMs).toBe(0);
  });
});
