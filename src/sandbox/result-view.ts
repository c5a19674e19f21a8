import type { SimulationResult, Summary } from '@lab/sim';
import { readMetric } from '~/explorables/metric.ts';
import { SUMMARY_METRICS } from '~/explorables/summary-metrics.ts';

/** A summary row: one metric for the whole account and for each function. */
export interface SummaryRow {
  label: string;
  values: string[];
}

/** What the output panel draws for a simulation result: a summary table and time series. */
export interface ResultView {
  /** Column headings: `total`, then one per function. */
  columns: string[];
  rows: SummaryRow[];
  /** Down-sampled series (≤ {@link MAX_POINTS} points), in seconds since the start. */
  series?: {
    t: number[];
    concurrency: number[];
    environments: number[];
    busy: number[];
    idle: number[];
    /** The account's concurrency limit (for the chart's sentence). */
    accountLimit: number;
  };
}

/** A result found in a value, with the property it was found under (empty for the value itself). */
export interface LabelledResult {
  label: string;
  view: ResultView;
}

/**
 * Finds simulation results to draw in `value`: the value itself, or (for answers such as
 * `{ estimate, result }`) its own properties that are results, at most four.
 */
export function findResults(value: unknown): LabelledResult[] {
  if (isSimulationResult(value)) return [{ label: '', view: resultView(value) }];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const found: LabelledResult[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (found.length >= 4) break;
    if (isSimulationResult(item)) found.push({ label: key, view: resultView(item) });
  }
  return found;
}

/** Points kept per chart series; bucket maxima keep the peaks that matter for concurrency. */
export const MAX_POINTS = 1500;

/** Whether `value` looks like a `SimulationResult` from the core (its shape, not its prototype). */
export function isSimulationResult(value: unknown): value is SimulationResult {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { horizonMs?: unknown; total?: unknown; functions?: unknown };
  return (
    typeof candidate.horizonMs === 'number' &&
    typeof candidate.total === 'object' &&
    candidate.total !== null &&
    Array.isArray(candidate.functions)
  );
}

/**
 * Builds the summary table (the playground's {@link SUMMARY_METRICS}: one name and one format per number)
 * and chart series for a result. Missing fields print as `–`.
 */
export function resultView(result: SimulationResult): ResultView {
  const summaries: Summary[] = [result.total, ...result.functions];
  const columns = ['total', ...result.functions.map((f) => f.name)];
  // The playground's metric table: the same labels and formats; async rows when a function is async.
  const async = result.scenario?.functions?.some((f) => f.invocation === 'async') ?? false;
  const rows = SUMMARY_METRICS.filter((m) => async || !m.asyncOnly).map(({ path, label, format }) => ({
    label,
    values: summaries.map((s) => {
      const v = readMetric(s, path);
      return v === undefined ? '–' : format(v);
    }),
  }));
  const view: ResultView = { columns, rows };
  const series = result.series;
  if (series && series.t.length > 0) {
    const set = series.total;
    const picked = downsample(series.t.length, MAX_POINTS);
    // Concurrency and environments as each interval's peak (limits apply to instants); busy and idle are
    // the intervals' averages.
    view.series = {
      t: picked.map((i) => (series.t[i] ?? 0) / 1000),
      concurrency: bucketMax(set.concurrencyMax, picked),
      environments: bucketMax(set.environmentsMax, picked),
      busy: bucketMax(set.busy, picked),
      idle: bucketMax(set.idle, picked),
      accountLimit: result.scenario?.account?.concurrencyLimit ?? Number.POSITIVE_INFINITY,
    };
  }
  return view;
}

/** Start indices of ≤ `max` equal buckets over `length` points. */
export function downsample(length: number, max: number): number[] {
  if (length <= max) return Array.from({ length }, (_, i) => i);
  const step = length / max;
  return Array.from({ length: max }, (_, i) => Math.floor(i * step));
}

function bucketMax(values: readonly number[], starts: number[]): number[] {
  return starts.map((start, i) => {
    const end = starts[i + 1] ?? values.length;
    let max = values[start] ?? 0;
    for (let j = start + 1; j < end; j++) max = Math.max(max, values[j] ?? 0);
    return max;
  });
}
