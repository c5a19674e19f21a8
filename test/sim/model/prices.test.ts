import { costOf, durationTierFactor, gbSeconds, HOURS_PER_MONTH, PRICES, simulate } from '@lab/sim';
import { describe, expect, it } from 'vitest';

describe('prices', () => {
  it('charges $0.20 per million requests and GB-seconds at the architecture rate', () => {
    // 1M requests × 100 ms at 512 MB = 50,000 GB-s.
    const x86 = costOf({ requests: 1e6, memoryMb: 512, billedMs: 1e6 * 100 });
    expect(x86.requests).toBeCloseTo(0.2, 10);
    expect(x86.duration).toBeCloseTo(50_000 * 0.0000166667, 10);
    const arm = costOf({ requests: 1e6, memoryMb: 512, billedMs: 1e6 * 100, architecture: 'arm64' });
    expect(arm.duration).toBeLessThan(x86.duration);
    expect(x86.total).toBeCloseTo(x86.requests + x86.duration, 12);
  });

  it('charges provisioned concurrency while configured, and its duration at the lower rate', () => {
    const c = costOf({
      requests: 0,
      memoryMb: 1024,
      billedMs: 0,
      provisionedBilledMs: 3_600_000,
      provisionedEnvironmentSeconds: 3600,
    });
    expect(c.provisioned).toBeCloseTo(3600 * PRICES.provisionedPerGbSecond.x86_64, 12);
    expect(c.duration).toBeCloseTo(3600 * PRICES.provisionedDurationPerGbSecond.x86_64, 12);
    expect(gbSeconds(2048, 500)).toBe(1);
  });
});

describe('tiered duration prices', () => {
  const month = HOURS_PER_MONTH * 3600;

  it('is the first-tier price below 6 billion GB-s a month (x86)', () => {
    expect(durationTierFactor(5e9, 'x86_64', month)).toBe(1);
  });

  it('discounts 10% between 6 and 15 billion, 20% above (x86)', () => {
    // 9 bn: (6 + 3 × 0.9) / 9 = 0.96667; 20 bn: (6 + 9 × 0.9 + 5 × 0.8) / 20 = 0.905.
    expect(durationTierFactor(9e9, 'x86_64', month)).toBeCloseTo(8.7 / 9, 12);
    expect(durationTierFactor(20e9, 'x86_64', month)).toBeCloseTo(0.905, 12);
  });

  it('uses 7.5 and 18.75 billion on arm64', () => {
    // 20 bn: (7.5 + 11.25 × 0.9 + 1.25 × 0.8) / 20 = 0.93125.
    expect(durationTierFactor(20e9, 'arm64', month)).toBeCloseTo(0.93125, 12);
  });

  it('prorates the bounds to the horizon: one hour at the same rate gets the same factor', () => {
    expect(durationTierFactor(9e9 / HOURS_PER_MONTH, 'x86_64', 3600)).toBeCloseTo(8.7 / 9, 12);
  });

  it('applies in a run: 300 × 10 GB environments busy for an hour are past the first tier', () => {
    // 300 req/s × 1 s at 10,240 MB: 10.8 M GB-s in an hour, 7.88 bn a month: (6 + 1.884 × 0.9) / 7.884.
    const r = simulate({
      horizonSeconds: 3600,
      functions: [
        {
          name: 'big',
          memoryMb: 10_240,
          arrivals: { kind: 'constant', ratePerSecond: 300 },
          durationMs: { kind: 'fixed', valueMs: 1000 },
          initMs: { kind: 'fixed', valueMs: 0 },
        },
      ],
    });
    const monthly = r.total.gbSeconds * HOURS_PER_MONTH;
    const factor = (6e9 + (monthly - 6e9) * 0.9) / monthly;
    expect(factor).toBeLessThan(0.98);
    expect(r.total.costUsd.duration).toBeCloseTo(
      r.total.gbSeconds * PRICES.durationPerGbSecond.x86_64 * factor,
      6,
    );
  });
});
