import type { Scenario } from '@lab/sim';
import type { MetricGoal } from './claim.ts';
import { formatNumber } from './format.ts';
import { readMetric, type SummaryLike } from './metric.ts';
import { type MetricKind, SUMMARY_METRICS, type SummaryMetric } from './summary-metrics.ts';

/**
 * Whether a playground compares the async-only numbers (retries, drops, event age): when a side invokes a
 * function asynchronously, or the learner can switch it (`invocation` control). The page and the tests both ask
 * here, so the verdicts a test walks are the ones the learner sees.
 */
export function comparesAsync(presets: readonly Scenario[], controls: readonly string[]): boolean {
  return (
    controls.includes('invocation') || presets.some((p) => p.functions.some((f) => f.invocation === 'async'))
  );
}

/** One summary number compared between two runs. */
export interface MetricDiff {
  path: string;
  label: string;
  a: number;
  b: number;
  /** b − a. */
  delta: number;
  /** Whether the difference is more than noise or rounding (see {@link isAboutTheSame}). */
  differs: boolean;
  /** Which side is better, only for a number the playground's question is about, and only when they differ. */
  better?: 'a' | 'b';
  /** The difference in words, e.g. "+12 (+40%)", "+1.4 points", "×1,000" or "about the same". */
  text: string;
}

/** Smallest differences that count, per kind (relative to the larger value, and absolute). */
const NOISE: Record<MetricKind, { relative: number; absolute: number }> = {
  input: { relative: 0.02, absolute: 0.5 },
  count: { relative: 0.02, absolute: 0.5 },
  level: { relative: 0.03, absolute: 0.5 },
  // Ratios are compared in percentage points: 0.002 = 0.2 points.
  ratio: { relative: 0.05, absolute: 0.002 },
  ms: { relative: 0.05, absolute: 1 },
  usd: { relative: 0.03, absolute: 1e-6 },
};

/**
 * Whether two values of a metric are "about the same": within a few percent of the larger, below the kind's
 * absolute floor, or, for counts of random events, within counting noise (2√n: two runs of the same random
 * process differ that much; lesson 6's pings move cold starts 513 → 485, which is noise).
 */
export function isAboutTheSame(kind: MetricKind, a: number, b: number): boolean {
  const delta = Math.abs(b - a);
  const scale = Math.max(Math.abs(a), Math.abs(b));
  const noise = NOISE[kind];
  if (delta <= noise.absolute || delta <= noise.relative * scale) return true;
  return (kind === 'count' || kind === 'input') && scale >= 25 && delta <= 2 * Math.sqrt(scale);
}

/** The smallest base a relative change is shown for (a percentage of a near-zero value says nothing). */
const RELATIVE_FLOOR: Record<MetricKind, number> = {
  input: 10,
  count: 10,
  level: 1,
  ratio: Number.POSITIVE_INFINITY,
  ms: 1,
  usd: 0.0001,
};

/** The difference in words: the change in the metric's unit, then a relative change when it means something. */
function differenceText(m: SummaryMetric, a: number, b: number): string {
  const delta = b - a;
  const sign = delta > 0 ? '+' : '−';
  if (m.kind === 'ratio') return `${sign}${formatNumber(Math.abs(delta) * 100, 2)} points`;
  const absolute = `${sign}${m.format(Math.abs(delta))}`;
  if (Math.abs(a) < RELATIVE_FLOOR[m.kind] || Math.abs(b) < RELATIVE_FLOOR[m.kind]) return absolute;
  const ratio = b / a;
  if (ratio >= 3) return `${absolute} (×${formatNumber(ratio, 1)})`;
  if (ratio <= 1 / 3) return `${absolute} (÷${formatNumber(1 / ratio, 1)})`;
  return `${absolute} (${sign}${formatNumber(Math.abs(delta / a) * 100, 0)}%)`;
}

/**
 * Compares two summaries number by number. Only the numbers in `goals` (what the playground's question is
 * about) get a "better" side, in the goal's direction; inputs (requests) never do; differences within noise
 * read "about the same". Async-only numbers (retries, drops…) are compared only when `async` is true.
 * Numbers either side lacks (a partial summary) are left out.
 */
export function diffSummaries<G extends Pick<MetricGoal, 'path' | 'better'>>(
  a: SummaryLike,
  b: SummaryLike,
  goals: readonly G[] = [],
  async = false,
): MetricDiff[] {
  return SUMMARY_METRICS.flatMap((m) => {
    if (m.tableOnly || (m.asyncOnly && !async)) return [];
    const va = readMetric(a, m.path);
    const vb = readMetric(b, m.path);
    if (va === undefined || vb === undefined) return [];
    const delta = vb - va;
    const differs = !isAboutTheSame(m.kind, va, vb);
    const text = differs ? differenceText(m, va, vb) : va === vb ? 'same' : 'about the same';
    const diff: MetricDiff = { path: m.path, label: m.label, a: va, b: vb, delta, differs, text };
    const goal = m.kind === 'input' ? undefined : goals.find((g) => g.path === m.path);
    if (differs && goal) diff.better = delta < 0 === (goal.better === 'lower') ? 'b' : 'a';
    return [diff];
  });
}
