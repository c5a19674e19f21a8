import type { TextAlternative } from '../explorables/text-alternatives.ts';
import type { TrafficRun } from './run-traffic.ts';
import type { TrafficMethod, TrafficTotals } from './traffic-outcome.ts';

/** What the page draws from a run: small enough to post from the worker. */
export interface TrafficView {
  /** Period starts, ms since the epoch. */
  t: number[];
  /** Model: most in flight per period, mean in flight, cold starts, throttles. */
  peak: number[];
  mean: number[];
  coldStarts: number[];
  throttles: number[];
  /** The file's ConcurrentExecutions per period, if it has them. */
  measuredPeak: (number | null)[] | null;
  summary: TextAlternative;
  checks: TextAlternative | null;
  concurrency: TextAlternative;
  durationFit: string;
  /** How it was computed, and what that method left out (sentences). */
  method: TrafficMethod;
  notes: string[];
  /** The whole-range numbers, for an A/B comparison. */
  totals: TrafficTotals;
}

const n = (v: number, digits = 0) => v.toLocaleString('en-US', { maximumFractionDigits: digits });
const when = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** The page's numbers, charts' data and text alternatives for one run. */
export function trafficView(run: TrafficRun): TrafficView {
  const s = run.series;
  const t = s.t.map((x) => run.startMs + x);
  const total = run.totals;
  const cost = total.costUsd;
  const days = run.horizonSeconds / 86_400;
  const monthly = (usd: number) => (days > 0 ? (usd / days) * 30 : 0);
  const peak = s.peak;
  const coldStarts = s.coldStarts;
  // Where cold starts cluster: the period with the most.
  const busiest = coldStarts.reduce((best, v, i) => (v > (coldStarts[best] ?? 0) ? i : best), 0);
  const check = run.checks.find((c) => c.metric === 'ConcurrentExecutions');
  const peakAt = peak.reduce((best, v, i) => (v > (peak[best] ?? 0) ? i : best), 0);
  return {
    t,
    peak,
    mean: s.mean,
    coldStarts,
    throttles: s.throttles,
    method: run.method,
    notes: run.notes,
    totals: total,
    measuredPeak: check ? check.measured : null,
    durationFit: run.durationFit,
    summary: {
      sentence:
        `${n(total.requests)} requests: ${n(total.coldStarts)} cold starts (most in the period from ${when(t[busiest] ?? 0)}, ${n(coldStarts[busiest] ?? 0)}), ` +
        `${n(total.throttled)} throttled; latency p50 ${n(total.latencyMs.p50)} ms, p99 ${n(total.latencyMs.p99)} ms including INIT; ` +
        `about $${n(monthly(cost.total), 2)} a month.`,
      table: {
        caption: 'Your traffic under these settings',
        columns: ['Measure', 'Value'],
        rows: [
          ['Requests', n(total.requests)],
          ['Concurrency, peak / mean', `${n(total.concurrency.max)} / ${n(total.concurrency.mean, 1)}`],
          ['Cold starts', n(total.coldStarts)],
          ['Throttled', n(total.throttled)],
          ['Latency p50 / p99 (incl. INIT)', `${n(total.latencyMs.p50)} / ${n(total.latencyMs.p99)} ms`],
          ['Cost per 30 days: requests', `$${n(monthly(cost.requests), 2)}`],
          ['Cost per 30 days: duration', `$${n(monthly(cost.duration), 2)}`],
          ['Cost per 30 days: provisioned', `$${n(monthly(cost.provisioned), 2)}`],
        ],
      },
    },
    concurrency: {
      sentence: `Concurrency peaked at ${n(peak[peakAt] ?? 0)} in the period from ${when(t[peakAt] ?? 0)}; the mean over the file was ${n(total.concurrency.mean, 1)}.`,
      table: {
        caption: 'Concurrency per period (model)',
        columns: ['Period start (UTC)', 'Peak', 'Mean', 'Cold starts', 'Throttles'],
        rows: t.map((x, i) => [
          when(x),
          n(peak[i] ?? 0),
          n(s.mean[i] ?? 0, 1),
          n(coldStarts[i] ?? 0),
          n(s.throttles[i] ?? 0),
        ]),
      },
    },
    checks:
      run.checks.length === 0
        ? null
        : {
            sentence: run.checks
              .map(
                (c) =>
                  `${c.metric}: the model differs from the file by ${n(c.meanAbsoluteDifference, 1)} per period on average; its highest value is ${n(Math.abs(c.peakDifference) * 100)}% ${c.peakDifference < 0 ? 'below' : 'above'} the file's.`,
              )
              .join(' '),
            table: {
              caption: 'Model against the file',
              columns: ['Metric', 'Mean |model − file| per period', 'Highest: model vs file'],
              rows: run.checks.map((c) => [
                c.metric,
                n(c.meanAbsoluteDifference, 1),
                `${c.peakDifference >= 0 ? '+' : '−'}${n(Math.abs(c.peakDifference) * 100)}%`,
              ]),
            },
          },
  };
}
