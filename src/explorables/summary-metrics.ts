import type { Summary } from '@lab/sim';
import { formatMs, formatNumber, formatPercent, formatUsd } from './format.ts';
import { readMetric } from './metric.ts';

/** One number of the summary view. */
export interface SummaryMetric {
  /** Dotted path into {@link Summary}. */
  path: string;
  /** Label with unit where it is not in the formatted value. */
  label: string;
  /** How to print the value. */
  format: (value: number) => string;
  /** Whether a lower value is the better one (for highlighting compare differences). */
  lowerIsBetter: boolean;
}

/** The summary numbers a playground shows, in order. */
export const SUMMARY_METRICS: readonly SummaryMetric[] = [
  { path: 'requests', label: 'Requests', format: (v) => formatNumber(v, 0), lowerIsBetter: false },
  { path: 'throttled', label: 'Throttled', format: (v) => formatNumber(v, 0), lowerIsBetter: true },
  { path: 'coldStarts', label: 'Cold starts', format: (v) => formatNumber(v, 0), lowerIsBetter: true },
  {
    path: 'coldStartProbability',
    label: 'Cold-start share',
    format: (v) => formatPercent(v, 1),
    lowerIsBetter: true,
  },
  {
    path: 'environments.created',
    label: 'Environments created',
    format: (v) => formatNumber(v, 0),
    lowerIsBetter: true,
  },
  {
    path: 'environments.max',
    label: 'Peak environments',
    format: (v) => formatNumber(v, 0),
    lowerIsBetter: true,
  },
  {
    path: 'concurrency.max',
    label: 'Peak concurrency',
    format: (v) => formatNumber(v, 0),
    lowerIsBetter: true,
  },
  {
    path: 'concurrency.mean',
    label: 'Mean concurrency',
    format: (v) => formatNumber(v, 2),
    lowerIsBetter: true,
  },
  { path: 'utilization', label: 'Utilization', format: (v) => formatPercent(v, 0), lowerIsBetter: false },
  { path: 'latencyMs.p50', label: 'Latency p50', format: formatMs, lowerIsBetter: true },
  { path: 'latencyMs.p99', label: 'Latency p99', format: formatMs, lowerIsBetter: true },
  { path: 'costUsd.total', label: 'Cost', format: formatUsd, lowerIsBetter: true },
];

/** Summary rows `[label, formatted value]` for a summary, skipping numbers the summary lacks. */
export function summaryRows(summary: Summary): { path: string; label: string; value: string }[] {
  return SUMMARY_METRICS.flatMap((m) => {
    const v = readMetric(summary, m.path);
    return v === undefined ? [] : [{ path: m.path, label: m.label, value: m.format(v) }];
  });
}
