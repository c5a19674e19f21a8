import type { Summary } from '@lab/sim';
import { formatMs, formatNumber, formatPercent, formatUsd } from './format.ts';
import { readMetric } from './metric.ts';

/**
 * What kind of number a metric is, which decides how a difference reads and when it is "about the same":
 * `input` (what was asked of the system, never better or worse), `count` (events, with counting noise),
 * `level` (a peak or mean number of requests or environments), `ratio` (0–1, compared in percentage points),
 * `ms` (latency), `usd` (cost).
 */
export type MetricKind = 'input' | 'count' | 'level' | 'ratio' | 'ms' | 'usd';

/** One number of the summary view. */
export interface SummaryMetric {
  /** Dotted path into {@link Summary}. */
  path: string;
  /** Label with unit where it is not in the formatted value; the one name this number has on the site. */
  label: string;
  /** How to print the value. */
  format: (value: number) => string;
  /** What kind of number it is. */
  kind: MetricKind;
  /** Shown only for scenarios with an asynchronously invoked function. */
  asyncOnly?: boolean;
  /** Shown in the sandbox's full result table only, not in a playground's summary or comparison. */
  tableOnly?: boolean;
}

const count = (v: number) => formatNumber(v, 0);
/** A share (0–1) as a percentage, one decimal (below 1%, significant digits: 0.04% stays 0.04%). */
const share = (v: number) => formatPercent(v, 1);

/** The summary numbers a playground (and the sandbox's result table) shows, in order. */
export const SUMMARY_METRICS: readonly SummaryMetric[] = [
  { path: 'requests', label: 'Requests', format: count, kind: 'input' },
  { path: 'served', label: 'Served', format: count, kind: 'count', tableOnly: true },
  // requests = served + errors + dropped + still in flight: a run that ends mid-traffic has requests running
  // at the horizon, so served < requests even with nothing throttled.
  { path: 'pending', label: 'Still running at the end', format: count, kind: 'count', tableOnly: true },
  { path: 'throttled', label: 'Throttled', format: count, kind: 'count' },
  { path: 'retried', label: 'Retried (async)', format: count, kind: 'count', asyncOnly: true },
  { path: 'dropped', label: 'Dropped (never ran)', format: count, kind: 'count', asyncOnly: true },
  { path: 'expired', label: 'Expired (past max event age)', format: count, kind: 'count', asyncOnly: true },
  {
    path: 'asyncOldestEventAgeMs',
    label: 'Oldest event age (async)',
    format: formatMs,
    kind: 'ms',
    asyncOnly: true,
  },
  { path: 'coldStarts', label: 'Cold starts', format: count, kind: 'count' },
  { path: 'coldStartProbability', label: 'Cold-start share', format: share, kind: 'ratio' },
  { path: 'environments.created', label: 'Environments created', format: count, kind: 'count' },
  { path: 'environments.max', label: 'Peak environments', format: count, kind: 'level' },
  { path: 'concurrency.max', label: 'Peak concurrency', format: count, kind: 'level' },
  { path: 'concurrency.mean', label: 'Mean concurrency', format: (v) => formatNumber(v, 2), kind: 'level' },
  { path: 'utilization', label: 'Utilization (busy ÷ alive)', format: share, kind: 'ratio' },
  { path: 'latencyMs.p50', label: 'Latency p50', format: formatMs, kind: 'ms' },
  { path: 'latencyMs.p99', label: 'Latency p99', format: formatMs, kind: 'ms' },
  { path: 'costUsd.total', label: 'Cost', format: formatUsd, kind: 'usd' },
];

/** The metric shown for a path, if the summary view shows it. */
export function summaryMetric(path: string): SummaryMetric | undefined {
  return SUMMARY_METRICS.find((m) => m.path === path);
}

/** A summary value formatted the way the summary view prints it (plain number for other paths). */
export function formatMetric(path: string, value: number): string {
  return summaryMetric(path)?.format(value) ?? formatNumber(value);
}

/** One row of the summary view. */
export interface SummaryRow {
  path: string;
  label: string;
  /** The value as printed. */
  value: string;
  /** The raw number. */
  raw: number;
}

/**
 * Summary rows for a summary, skipping numbers the summary lacks; async-only rows (retries, drops) only
 * when `async` is true (for a synchronous function every drop is a throttle, already counted).
 */
export function summaryRows(summary: Summary, async = false): SummaryRow[] {
  return SUMMARY_METRICS.flatMap((m) => {
    const v = readMetric(summary, m.path);
    if (v === undefined || m.tableOnly || (m.asyncOnly && !async)) return [];
    return [{ path: m.path, label: m.label, value: m.format(v), raw: v }];
  });
}

/**
 * The name of a metric path in running text: the summary view's label in lower case
 * (`coldStartProbability` → "cold-start share"), or the path's words for numbers the view does not show.
 */
export function metricLabel(path: string): string {
  const label = summaryMetric(path)?.label;
  if (label) return label.charAt(0).toLowerCase() + label.slice(1);
  return path
    .split('.')
    .map((part) => part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' ');
}
