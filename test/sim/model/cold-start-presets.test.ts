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

  it('models arm64 apart: faster for Node.js, Python and Go, slower for .NET 8 (lambda-perf, Jun–Aug 2026)', () => {
    const median = (runtime: (typeof RUNTIMES)[number], architecture: 'x86_64' | 'arm64') =>
      coldStartPreset({ runtime, packageMb: 0, architecture }).medianMs;
    for (const runtime of ['nodejs22.x', 'python3.13', 'provided.al2023'] as const) {
      expect(median(runtime, 'arm64')).toBeLessThan(median(runtime, 'x86_64'));
    }
    expect(median('dotnet8', 'arm64')).toBeGreaterThan(median('dotnet8', 'x86_64'));
    expect(coldStartPreset({ runtime: 'java21', packageMb: 0 })).toEqual(
      coldStartPreset({ runtime: 'java21', packageMb: 0, architecture: 'x86_64' }),
    );
  });

  it('keeps the measured spread (p99 ÷ median) as the package grows', () => {
    const ratio = (packageMb: number) => {
      const d = coldStartPreset({ runtime: 'java21', packageMb, memoryMb: 2048 });
      return d.p99Ms / d.medianMs;
    };
    expect(ratio(50)).toBeCloseTo(ratio(0), 2);
    expect(ratio(0)).toBeGreaterThan(2);
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
    expect(() =>
      coldStartPreset({ runtime: 'java21', packageMb: 1, architecture: 'sparc' as never }),
    ).toThrow('architecture must be x86_64 or arm64, got "sparc"');
    expect(() => coldStartPreset({ runtime: 'java21', packageMb: 900 })).toThrow(
      'packageMb must be 0–250, got 900',
    );
  });
});
