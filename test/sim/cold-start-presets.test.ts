import { coldStartPreset, RUNTIMES } from '@lab/sim';
import { describe, expect, it } from 'vitest';

describe('coldStartPreset', () => {
  it.each(RUNTIMES)('%s: a log-normal that grows with the package size', (runtime) => {
    const small = coldStartPreset({ runtime, packageMb: 1 });
    const big = coldStartPreset({ runtime, packageMb: 50 });
    expect(small.kind).toBe('lognormal');
    expect(small.p99Ms).toBeGreaterThan(small.medianMs);
    expect(big.medianMs).toBeGreaterThan(small.medianMs);
  });

  it('orders runtimes as the measurements do: Java slowest, the custom runtime fastest', () => {
    const median = (runtime: (typeof RUNTIMES)[number]) =>
      coldStartPreset({ runtime, packageMb: 0 }).medianMs;
    expect(median('java21')).toBeGreaterThan(median('nodejs22.x'));
    expect(median('provided.al2023')).toBeLessThan(median('python3.13'));
  });

  it('loads a big package more slowly with less memory (less CPU)', () => {
    const at = (memoryMb: number) =>
      coldStartPreset({ runtime: 'nodejs22.x', packageMb: 30, memoryMb }).medianMs;
    expect(at(128)).toBeGreaterThan(at(1769));
    expect(at(1769)).toBe(at(4096));
  });

  it('rejects what it cannot model, naming the field', () => {
    expect(() => coldStartPreset({ runtime: 'cobol' as never, packageMb: 1 })).toThrow(
      /runtime must be one of/,
    );
    expect(() => coldStartPreset({ runtime: 'java21', packageMb: 900 })).toThrow(
      'packageMb must be 0–250, got 900',
    );
  });
});
