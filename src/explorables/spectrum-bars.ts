import type { SpectrumResult } from '@lab/sim';
import { formatMs, formatPercent, formatUsd } from './format.ts';
import { SPECTRUM_COLUMNS } from './spectrum.ts';

/** Which of the explorer's three bar groups a bar belongs to. */
export type SpectrumMetric = 'cost' | 'utilization' | 'p99';

/** One bar of the spectrum explorer: a metric of one kind of compute. */
export interface SpectrumBar {
  metric: SpectrumMetric;
  column: (typeof SPECTRUM_COLUMNS)[number]['key'];
  /** The raw number (USD, share 0–1, or ms). */
  value: number;
  /** The number as printed. */
  text: string;
  /** Bar length, % of the track: utilization is a share of 100%, the others relative to the largest of three. */
  widthPct: number;
}

/** The explorer's nine bars for a result (cost, utilization, p99 × VM fleet, containers, functions). */
export function spectrumBars(result: SpectrumResult): SpectrumBar[] {
  const metrics: {
    metric: SpectrumMetric;
    get: (o: SpectrumResult['vm']) => number;
    format: (v: number) => string;
    share?: true;
  }[] = [
    { metric: 'cost', get: (o) => o.costUsd, format: formatUsd },
    { metric: 'utilization', get: (o) => o.utilization, format: (v) => formatPercent(v), share: true },
    { metric: 'p99', get: (o) => o.latencyMs.p99, format: formatMs },
  ];
  return metrics.flatMap((m) => {
    const max = Math.max(...SPECTRUM_COLUMNS.map((c) => m.get(result[c.key])), 1e-12);
    return SPECTRUM_COLUMNS.map((c) => {
      const value = m.get(result[c.key]);
      return {
        metric: m.metric,
        column: c.key,
        value,
        text: m.format(value),
        widthPct: (m.share ? value : value / max) * 100,
      };
    });
  });
}
