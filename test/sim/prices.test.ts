import { costOf, gbSeconds, PRICES } from '@lab/sim';
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
