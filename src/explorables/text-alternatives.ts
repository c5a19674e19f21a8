import type { Summary } from '@lab/sim';
import { type ChartColumns, type ConcurrencyLimits, costParts, LATENCY_STATS } from './chart-data.ts';
import { counted, formatClock, formatMs, formatNumber, formatPercent, formatUsd } from './format.ts';
import type { TimelineLayout } from './timeline-layout.ts';

/** A chart's text alternative: one sentence, and a table a learner can open. */
export interface TextAlternative {
  sentence: string;
  table: { caption: string; columns: string[]; rows: string[][] };
}

function peakOf(columns: ChartColumns, name: string): { value: number; at: number } {
  const line = columns.lines[name] ?? [];
  let value = 0;
  let at = 0;
  line.forEach((v, i) => {
    if (v !== null && v > value) {
      value = v;
      at = columns.x[i] ?? 0;
    }
  });
  return { value, at };
}

function sum(line: readonly (number | null)[] | undefined): number {
  return (line ?? []).reduce<number>((a, v) => a + (v ?? 0), 0);
}

/** Text for the concurrency chart. `rows` come from `tableRows(columns)`. */
export function describeConcurrency(
  columns: ChartColumns,
  limits: ConcurrencyLimits,
  rows: { x: number; values: Record<string, number | null> }[],
): TextAlternative {
  if (columns.x.length === 0) {
    return {
      sentence: 'No requests have arrived yet.',
      table: { caption: 'Concurrency over time', columns: [], rows: [] },
    };
  }
  const c = peakOf(columns, 'concurrency');
  const interval = columns.intervalMs
    ? ` (the most at once in each ${formatMs(columns.intervalMs)} interval)`
    : '';
  const e = peakOf(columns, 'environments');
  const cap = limits.reserved ?? limits.account;
  const capName = limits.reserved !== undefined ? 'reserved concurrency' : 'account limit';
  const headroom =
    c.value >= cap
      ? `reaching the ${capName} of ${formatNumber(cap)}`
      : `below the ${capName} of ${formatNumber(cap)}`;
  const mean = columns.lines.mean?.[0];
  const meanPart =
    mean === undefined || mean === null ? '' : `; the mean over the run was ${formatNumber(mean, 1)}`;
  const sentence =
    `Concurrency${interval} peaked at ${formatNumber(c.value)} at ${formatClock(c.at * 1000)}, ${headroom}${meanPart}; ` +
    `at most ${counted(e.value, 'environment was', 'environments were')} alive at once.`;
  return {
    sentence,
    table: {
      caption: 'Concurrency and environments over time (largest value in each interval)',
      columns: ['Time (m:ss)', 'Requests in flight', 'Environments alive'],
      rows: rows.map((r) => [
        formatClock(r.x * 1000),
        formatNumber(r.values.concurrency ?? 0),
        formatNumber(r.values.environments ?? 0),
      ]),
    },
  };
}

/** Text for the throttles-and-cold-starts chart. */
export function describeEvents(
  columns: ChartColumns,
  rows: { x: number; values: Record<string, number | null> }[],
): TextAlternative {
  const throttles = sum(columns.lines.throttles);
  const cold = sum(columns.lines.coldStarts);
  const t = peakOf(columns, 'throttles');
  const k = peakOf(columns, 'coldStarts');
  const throttlePart =
    throttles > 0
      ? `${counted(throttles, 'request was', 'requests were')} throttled, most (${formatNumber(t.value, 0)}) in the interval at ${formatClock(t.at * 1000)}`
      : 'No requests were throttled';
  const coldPart =
    cold > 0
      ? `${counted(cold, 'cold start', 'cold starts')} happened, most (${formatNumber(k.value, 0)}) at ${formatClock(k.at * 1000)}`
      : 'no cold starts happened';
  return {
    sentence: `${throttlePart}; ${coldPart}.`,
    table: {
      caption: 'Throttles and cold starts per interval (largest in each row’s span)',
      columns: ['Time (m:ss)', 'Throttled requests', 'Cold starts'],
      rows: rows.map((r) => [
        formatClock(r.x * 1000),
        formatNumber(r.values.throttles ?? 0, 0),
        formatNumber(r.values.coldStarts ?? 0, 0),
      ]),
    },
  };
}

/** Text for the latency chart (cold vs warm percentiles). */
export function describeLatency(summary: Summary): TextAlternative {
  const { cold, warm } = summary.latencyMs;
  const part = (name: string, g: Summary['latencyMs']['cold'] | undefined) =>
    g && g.count > 0
      ? `${name} requests took ${formatMs(g.p50)} at the median and ${formatMs(g.p99)} at p99`
      : `there were no ${name} requests`;
  const sentence = `${part('Warm', warm)}; ${part('cold', cold)}.`.replace(/^t/, 'T');
  const cell = (g: Summary['latencyMs']['cold'] | undefined, k: (typeof LATENCY_STATS)[number]) =>
    g && g.count > 0 ? formatMs(g[k]) : '—';
  return {
    sentence,
    table: {
      caption: 'Latency percentiles, cold vs warm requests',
      columns: ['Percentile', 'Cold start', 'Warm'],
      rows: LATENCY_STATS.map((k) => [k, cell(cold, k), cell(warm, k)]),
    },
  };
}

/** Text for the cost breakdown. */
export function describeCost(summary: Summary): TextAlternative {
  const parts = costParts(summary);
  const top = parts[0];
  const sentence =
    summary.costUsd.total > 0 && top
      ? `The run cost ${formatUsd(summary.costUsd.total)}; ${top.label.charAt(0).toLowerCase()}${top.label.slice(1)} is the largest part (${formatPercent(top.share)}).`
      : 'The run cost nothing.';
  return {
    sentence,
    table: {
      caption: 'Cost breakdown',
      columns: ['Part', 'Cost (USD)', 'Share'],
      rows: parts.map((p) => [p.label, formatUsd(p.usd), formatPercent(p.share)]),
    },
  };
}

/**
 * Text for the environment timeline. `totals` (from the summary) give the true counts when more
 * environments existed than spans were recorded or lanes drawn.
 */
export function describeTimeline(
  layout: TimelineLayout,
  totals?: { created: number; coldStarts: number; reclaimed: number },
): TextAlternative {
  const lanes = layout.lanes;
  const created = totals?.created ?? lanes.length + layout.hidden;
  const cold =
    totals?.coldStarts ?? lanes.filter((l) => l.coldStartAtMs !== undefined && !l.provisioned).length;
  const reclaimed = totals?.reclaimed ?? lanes.filter((l) => l.reclaimedAtMs !== undefined).length;
  const provisioned = lanes.filter((l) => l.provisioned).length;
  const sentence =
    created === 0
      ? `No environments existed in the first ${formatClock(layout.nowMs)}.`
      : `${counted(created, 'environment')} in ${formatClock(layout.nowMs)}` +
        (provisioned ? ` (${provisioned} provisioned)` : '') +
        `: ${counted(cold, 'cold start')}, ${formatNumber(reclaimed, 0)} reclaimed` +
        (created > lanes.length ? `; the first ${formatNumber(lanes.length, 0)} are drawn.` : '.');
  return {
    sentence,
    table: {
      caption: 'Environments (one row per lane)',
      columns: ['Environment', 'Started (m:ss)', 'INIT', 'Busy periods', 'Reclaimed (m:ss)'],
      rows: lanes.map((l) => {
        const init = l.segments.find((s) => s.state === 'initializing');
        return [
          `${l.envId}${l.provisioned ? ' (provisioned)' : ''}`,
          formatClock(l.segments[0]?.startMs ?? 0),
          init ? formatMs(init.endMs - init.startMs) : '—',
          formatNumber(l.requests, 0),
          l.reclaimedAtMs !== undefined ? formatClock(l.reclaimedAtMs) : '—',
        ];
      }),
    },
  };
}
