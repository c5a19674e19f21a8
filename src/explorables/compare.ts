import type { Summary } from '@lab/sim';
import { formatNumber } from './format.ts';
import { readMetric } from './metric.ts';
import { SUMMARY_METRICS } from './summary-metrics.ts';

/** One summary number compared between two runs. */
export interface MetricDiff {
  path: string;
  label: string;
  a: number;
  b: number;
  /** b − a. */
  delta: number;
  /** (b − a) / |a|; `Infinity` when a is 0 and b is not. */
  relative: number;
  /** Whether the difference is big enough to highlight (see {@link diffSummaries}). */
  differs: boolean;
  /** Which side is better, when they differ. */
  better?: 'a' | 'b';
  /** The difference in words, e.g. "+12 (+40%)" or "same". */
  text: string;
}

/**
 * Compares two summaries number by number. A difference is highlighted when it is more than `tolerance`
 * of the larger value (default 1%) and more than a rounding error, so noise in, say, mean latency at
 * the fourth decimal is not flagged.
 */
export function diffSummaries(a: Summary, b: Summary, tolerance = 0.01): MetricDiff[] {
  return SUMMARY_METRICS.flatMap((m) => {
    const va = readMetric(a, m.path);
    const vb = readMetric(b, m.path);
    if (va === undefined || vb === undefined) return [];
    const delta = vb - va;
    const scale = Math.max(Math.abs(va), Math.abs(vb));
    const differs = scale > 0 && Math.abs(delta) > tolerance * scale && Math.abs(delta) > 1e-9;
    const relative = va === 0 ? (vb === 0 ? 0 : Number.POSITIVE_INFINITY) : delta / Math.abs(va);
    const sign = delta > 0 ? '+' : delta < 0 ? '−' : '';
    const rel = Number.isFinite(relative) ? ` (${sign}${formatNumber(Math.abs(relative) * 100, 0)}%)` : '';
    const text = differs ? `${sign}${m.format(Math.abs(delta))}${rel}` : 'same';
    const diff: MetricDiff = { path: m.path, label: m.label, a: va, b: vb, delta, relative, differs, text };
    if (differs) diff.better = delta < 0 === m.lowerIsBetter ? 'b' : 'a';
    return [diff];
  });
}
