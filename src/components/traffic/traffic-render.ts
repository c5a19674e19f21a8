import type { MetricGoal } from '~/explorables/claim.ts';
import { diffSummaries } from '~/explorables/compare.ts';
import { formatMetric } from '~/explorables/summary-metrics.ts';
import type { TextAlternative } from '~/explorables/text-alternatives.ts';
import type { TrafficView } from '~/traffic/traffic-view.ts';
import { Chart } from '../charts/chart.ts';
import { renderDiff, renderTable } from '../playground/render.ts';

/** What a what-if on real traffic is about: fewer cold starts and throttles, lower p99 and cost. */
const GOALS: Pick<MetricGoal, 'path' | 'better'>[] = [
  'throttled',
  'coldStarts',
  'latencyMs.p99',
  'costUsd.total',
].map((path) => ({
  path,
  better: 'lower' as const,
}));

/** Shows one figure's sentence and table, or hides the figure when there is nothing to show. */
function renderFigure(section: HTMLElement, view: string, alt: TextAlternative | null): void {
  const fig = section.querySelector<HTMLElement>(`[data-view="${view}"]`);
  if (!fig) return;
  fig.hidden = alt === null;
  if (!alt) return;
  const sentence = fig.querySelector('[data-sentence]');
  if (sentence) sentence.textContent = alt.sentence;
  fig.querySelector('[data-table]')?.replaceChildren(renderTable(alt.table));
}

/** Highest value either side's concurrency chart draws: both sides share the y scale. */
export function sharedPeak(views: readonly TrafficView[]): number {
  let max = 1;
  for (const v of views)
    for (const x of [...v.peak, ...(v.measuredPeak ?? [])]) if (x !== null && x > max) max = x;
  return max;
}

/** Draws one side's results into its section; `charts` keeps each section's chart between runs. */
export function renderSide(
  section: HTMLElement,
  view: TrafficView,
  yMax: number,
  charts: WeakMap<HTMLElement, Chart>,
): void {
  const fit = section.querySelector('[data-fit]');
  const how =
    view.method === 'fast'
      ? 'Computed by the fast method (from the rates; cold starts and throttles are expected values).'
      : 'Computed request by request.';
  const notes = view.notes.length > 0 ? ` Note: ${view.notes.join('; ')}.` : '';
  if (fit) fit.textContent = `${how} Handler duration: ${view.durationFit}.${notes}`;
  renderFigure(section, 'summary', view.summary);
  renderFigure(section, 'concurrency', view.concurrency);
  renderFigure(section, 'checks', view.checks);
  const host = section.querySelector<HTMLElement>('[data-view="concurrency"] [data-chart]');
  if (!host) return;
  let chart = charts.get(host);
  if (!chart) {
    chart = new Chart(host, 220);
    charts.set(host, chart);
  }
  const start = view.t[0] ?? 0;
  const x = view.t.map((t) => (t - start) / 1000);
  const lines: Record<string, (number | null)[]> = { peak: view.peak, mean: view.mean };
  if (view.measuredPeak) lines.measured = view.measuredPeak;
  chart.update(
    { x, lines },
    [
      { key: 'peak', label: 'Model peak', color: '--pg-c-concurrency', kind: 'step' },
      { key: 'mean', label: 'Model mean', color: '--pg-c-envs', dash: [6, 4] },
      { key: 'measured', label: 'File ConcurrentExecutions (dotted)', color: '--pg-c-account', dash: [2, 3] },
    ],
    {
      // Days and hours over a long file; hours and minutes when it spans under two days.
      x: (s) => {
        const iso = new Date(start + s * 1000).toISOString();
        return (x.at(-1) ?? 0) < 2 * 86_400 ? iso.slice(11, 16) : `${iso.slice(5, 13).replace('T', ' ')}h`;
      },
      xRange: [0, x.at(-1) ?? 1],
      yLabel: 'in flight',
      yMax,
    },
  );
}

/**
 * The A/B comparison: the playgrounds' compare table (every number both runs give, "better" only for cold
 * starts, throttles, p99 and cost) and a sentence naming what differs. Returns the sentence.
 */
export function renderComparison(figure: HTMLElement, a: TrafficView, b: TrafficView): string {
  const diffs = diffSummaries(a.totals, b.totals, GOALS);
  const holder = figure.querySelector<HTMLElement>('[data-diff]');
  if (holder) renderDiff(holder, diffs, ['A', 'B'], formatMetric, true);
  const judged = diffs.filter((d) => d.better);
  const sentence =
    judged.length === 0
      ? 'A and B give about the same cold starts, throttles, p99 latency and cost.'
      : `B against A: ${judged.map((d) => `${d.label.toLowerCase()} ${d.text} (${d.better === 'b' ? 'B' : 'A'} better)`).join('; ')}.`;
  const p = figure.querySelector('[data-sentence]');
  if (p) p.textContent = sentence;
  return sentence;
}
