import { describe, expect, it } from 'vitest';
import { meanRate } from '~/explorables/arrivals.ts';
import { checkPreset } from '~/explorables/presets.ts';
import { describeSpectrum, spectrumWorkload } from '~/explorables/spectrum.ts';
import { MAX_SPANS } from '~/explorables/timeline-rows.ts';

const good = {
  horizonSeconds: 3600,
  functions: [
    {
      name: 'api',
      arrivals: { kind: 'poisson', ratePerSecond: 2 },
      durationMs: { kind: 'fixed', valueMs: 100 },
    },
  ],
};

describe('checkPreset', () => {
  it('accepts a valid preset and switches on series and spans', () => {
    const check = checkPreset('demo', good);
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.scenario.output).toEqual({ seriesResolutionSeconds: 15, spans: MAX_SPANS });
  });

  it('keeps output the preset chose', () => {
    const check = checkPreset('demo', { ...good, output: { seriesResolutionSeconds: 5, spans: 1000 } });
    expect(check.ok && check.scenario.output).toEqual({ seriesResolutionSeconds: 5, spans: 1000 });
  });

  it('names the playground and the field in the error', () => {
    const bad = { ...good, functions: [{ ...good.functions[0], memoryMb: 50 }] };
    const check = checkPreset('l2-burst', bad);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.message).toContain('Playground "l2-burst"');
      expect(check.message).toContain('functions[0].memoryMb');
      expect(check.issues[0]?.path).toBe('functions[0].memoryMb');
    }
  });
});

describe('spectrumWorkload', () => {
  it.each(['steady', 'diurnal', 'spiky'] as const)('a %s day keeps the mean rate', (shape) => {
    const w = spectrumWorkload(shape, 5);
    expect(w.horizonSeconds).toBe(86_400);
    expect(meanRate(w.arrivals, 86_400)).toBeCloseTo(5, 1);
  });
});

describe('describeSpectrum', () => {
  it('names the cheapest and busiest compute and the drops', () => {
    const stats = { count: 1, mean: 100, p50: 100, p90: 150, p99: 900, max: 1000 };
    const col = (costUsd: number, utilization: number, dropped: number) => ({
      requests: 100,
      served: 100 - dropped,
      dropped,
      queued: 0,
      utilization,
      costUsd,
      coldStarts: 0,
      latencyMs: stats,
    });
    const alt = describeSpectrum({
      method: 'exact',
      vm: col(4, 0.06, 0),
      containers: col(1.2, 0.25, 7),
      functions: col(0.27, 1, 0),
    });
    expect(alt.sentence).toBe(
      'Cheapest: Functions (Lambda), $0.27 for the day. The VM fleet is busy 6% of the time it is paid for. Dropped requests: Containers 7.',
    );
    expect(alt.table.rows).toHaveLength(3);
  });
});
