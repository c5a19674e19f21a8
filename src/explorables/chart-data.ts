import type { SimulationResult, Summary } from '@lab/sim';

/** The time series of a result (present when the scenario asked for them). */
export type ResultSeries = NonNullable<SimulationResult['series']>;
/** One set of series (the total, or one function's). */
export type SeriesSet = ResultSeries['total'];

/** Columns for a chart: x in seconds, then one array per line, all the same length (uPlot's shape). */
export interface ChartColumns {
  /** Time in seconds since the start of the run. */
  x: number[];
  /** One column per line, keyed by a stable name. */
  lines: Record<string, (number | null)[]>;
  /** Width of one interval when the values are per-interval averages or counts, ms. */
  intervalMs?: number;
}

/** Limits a concurrency chart draws as flat lines. */
export interface ConcurrencyLimits {
  /** The account's concurrency limit. */
  account: number;
  /** The function's reserved concurrency, if set. */
  reserved?: number;
  /** Provisioned environments (the largest scheduled count). */
  provisioned?: number;
}

/**
 * The summary of one function of a result by name, or the total over all functions when `fn` is absent or
 * not in the result (multi-function playgrounds show one function at a time).
 */
export function summaryOf(result: SimulationResult, fn?: string): Summary {
  return (fn && result.functions.find((f) => f.name === fn)) || result.total;
}

/** The series of one function by name, or the total. */
export function seriesOf(series: ResultSeries, fn?: string): SeriesSet {
  return (fn && series.functions[fn]) || series.total;
}

/**
 * The limits that apply to one function of a result's scenario (the first when `fn` is absent): a reserved
 * cap and provisioned environments are that function's.
 */
export function limitsOf(result: SimulationResult, fn?: string): ConcurrencyLimits {
  const scenario = result.scenario;
  const fnConfig = scenario.functions.find((f) => f.name === fn) ?? scenario.functions[0];
  const limits: ConcurrencyLimits = { account: scenario.account.concurrencyLimit };
  if (fnConfig && fnConfig.reservedConcurrency !== null) limits.reserved = fnConfig.reservedConcurrency;
  const provisioned = Math.max(0, ...(fnConfig?.provisionedConcurrency ?? []).map((s) => s.count));
  if (provisioned > 0) limits.provisioned = provisioned;
  return limits;
}

/**
 * Columns of the series intervals up to `upToMs` (x in seconds), their lines made by `lines` from the x
 * values and the series of one function (or all together); no series: no columns.
 */
function columnsUpTo(
  result: SimulationResult,
  upToMs: number,
  fn: string | undefined,
  lines: (x: number[], s: SeriesSet) => ChartColumns['lines'],
): ChartColumns {
  const series = result.series;
  if (!series) return { x: [], lines: {} };
  const x = series.t.filter((t) => t <= upToMs).map((t) => t / 1000);
  return { x, lines: lines(x, seriesOf(series, fn)), intervalMs: series.resolutionMs };
}

/**
 * Concurrency chart columns: the most requests in flight and environments alive at any instant of each
 * series interval (limits apply to instants, so an interval's average would hide a burst that hit one), the
 * run's mean concurrency as a flat line (peaks and means are different answers: both are drawn, labelled),
 * and the limits as flat lines. The account limit is only drawn when it is within 4× the peak, so a limit of
 * 1,000 does not flatten a chart peaking at 5. `fn` picks one function (default: all together).
 */
export function concurrencyColumns(
  result: SimulationResult,
  upToMs = Number.POSITIVE_INFINITY,
  fn?: string,
): ChartColumns {
  return columnsUpTo(result, upToMs, fn, (x, s) => {
    const environments = s.environmentsMax.slice(0, x.length);
    const concurrency = s.concurrencyMax.slice(0, x.length);
    const peak = Math.max(1, ...environments, ...concurrency);
    const limits = limitsOf(result, fn);
    const flat = (v: number) => x.map(() => v);
    const lines: ChartColumns['lines'] = {
      concurrency,
      mean: flat(summaryOf(result, fn).concurrency.mean),
      environments,
    };
    if (limits.reserved !== undefined) lines.reserved = flat(limits.reserved);
    if (limits.provisioned !== undefined) lines.provisioned = flat(limits.provisioned);
    if (limits.account <= peak * 4) lines.account = flat(limits.account);
    return lines;
  });
}

/** Throttles and cold starts per series interval, of one function or (default) all together. */
export function eventColumns(
  result: SimulationResult,
  upToMs = Number.POSITIVE_INFINITY,
  fn?: string,
): ChartColumns {
  return columnsUpTo(result, upToMs, fn, (x, s) => ({
    throttles: s.throttles.slice(0, x.length),
    coldStarts: s.coldStarts.slice(0, x.length),
  }));
}

/** The percentiles the latency view compares, in order. */
export const LATENCY_STATS = ['p50', 'p90', 'p99', 'max'] as const;

/** Latency columns: x is the percentile index (0 = p50 … 3 = max); one line each for cold and warm (ms). */
export function latencyColumns(summary: Summary): ChartColumns {
  const pick = (group: Summary['latencyMs']['cold'] | undefined) =>
    LATENCY_STATS.map((k) => {
      // No such requests: no bar (the sim reports 0 for every statistic of an empty group).
      const v = group && group.count > 0 ? group[k] : undefined;
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    });
  return {
    x: LATENCY_STATS.map((_, i) => i),
    lines: { cold: pick(summary.latencyMs.cold), warm: pick(summary.latencyMs.warm) },
  };
}

/** One slice of the cost breakdown. */
export interface CostPart {
  key: 'requests' | 'duration' | 'provisioned';
  label: string;
  usd: number;
  /** Share of the total, 0..1. */
  share: number;
}

/** The cost breakdown of a summary, largest first. */
export function costParts(summary: Summary): CostPart[] {
  const c = summary.costUsd;
  const total = c.total || c.requests + c.duration + c.provisioned;
  const parts: CostPart[] = [
    { key: 'requests', label: 'Requests', usd: c.requests, share: 0 },
    { key: 'duration', label: 'Duration (GB-seconds)', usd: c.duration, share: 0 },
    { key: 'provisioned', label: 'Provisioned concurrency', usd: c.provisioned, share: 0 },
  ];
  return parts.map((p) => ({ ...p, share: total > 0 ? p.usd / total : 0 })).sort((a, b) => b.usd - a.usd);
}

/**
 * Reduces columns to at most `maxRows` rows for a data table, keeping each bucket's largest value per
 * line so peaks survive (the chart itself keeps every point).
 */
export function tableRows(
  columns: ChartColumns,
  maxRows = 60,
): { x: number; values: Record<string, number | null> }[] {
  const n = columns.x.length;
  const size = Math.max(1, Math.ceil(n / maxRows));
  const rows: { x: number; values: Record<string, number | null> }[] = [];
  for (let start = 0; start < n; start += size) {
    const values: Record<string, number | null> = {};
    for (const [name, line] of Object.entries(columns.lines)) {
      let best: number | null = null;
      for (let i = start; i < Math.min(n, start + size); i++) {
        const v = line[i];
        if (v !== null && v !== undefined && (best === null || v > best)) best = v;
      }
      values[name] = best;
    }
    rows.push({ x: columns.x[start] ?? 0, values });
  }
  return rows;
}

/** The largest value of any line of some columns (0 when empty): charts compared side by side share it. */
export function columnsMax(columns: ChartColumns): number {
  let max = 0;
  for (const line of Object.values(columns.lines)) for (const v of line) if (v !== null && v > max) max = v;
  return max;
}
