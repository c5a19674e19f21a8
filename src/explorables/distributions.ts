import type { Distribution } from '@lab/sim';

/** Mean (ms) of a duration distribution: what the `durationMs` control shows. */
export function meanOf(d: Distribution): number {
  switch (d.kind) {
    case 'fixed':
      return d.valueMs;
    case 'exponential':
      return d.meanMs;
    case 'uniform':
      return (d.minMs + d.maxMs) / 2;
    case 'lognormal': {
      // Lognormal with median m and 99th percentile q: sigma = ln(q/m) / z(0.99), mean = m·e^(sigma²/2).
      const sigma = Math.log(d.p99Ms / d.medianMs) / 2.3263478740408408;
      return d.medianMs * Math.exp((sigma * sigma) / 2);
    }
    case 'empirical':
      return d.samplesMs.length ? d.samplesMs.reduce((a, b) => a + b, 0) / d.samplesMs.length : 0;
    default:
      return 0;
  }
}

/** The same distribution shape scaled so its mean becomes `meanMs`. */
export function withMean(d: Distribution, meanMs: number): Distribution {
  const current = meanOf(d);
  if (current <= 0) return { kind: 'fixed', valueMs: meanMs } as Distribution;
  const f = meanMs / current;
  switch (d.kind) {
    case 'fixed':
      return { ...d, valueMs: meanMs };
    case 'exponential':
      return { ...d, meanMs };
    case 'uniform':
      return { ...d, minMs: d.minMs * f, maxMs: d.maxMs * f };
    case 'lognormal':
      return { ...d, medianMs: d.medianMs * f, p99Ms: d.p99Ms * f };
    case 'empirical':
      return { ...d, samplesMs: d.samplesMs.map((s) => s * f) };
    default:
      return d;
  }
}
