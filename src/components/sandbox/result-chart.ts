import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { type ChartColumns, tableRows } from '~/explorables/chart-data.ts';
import { formatClock } from '~/explorables/format.ts';
import { describeConcurrency } from '~/explorables/text-alternatives.ts';
import type { ResultView } from '~/sandbox/result-view.ts';
import { renderTable } from '../playground/render.ts';

type Series = NonNullable<ResultView['series']>;

const css = (name: string, fallback: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/**
 * Draws concurrency and environments (busy, idle) over time with uPlot, loaded only when a result is
 * shown. Lines differ by dash as well as colour.
 */
export function drawResultChart(host: HTMLElement, series: Series): uPlot {
  const width = Math.max(260, host.clientWidth || 600);
  const text = css('--sl-color-gray-2', '#444');
  const grid = css('--sl-color-gray-5', '#ddd');
  const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
  const plot = new uPlot(
    {
      width,
      height: 220,
      scales: { x: { time: false } },
      axes: [
        { ...axis, label: 'time (m:ss)', values: (_u, ticks) => ticks.map((t) => formatClock(t * 1000)) },
        { ...axis, label: 'count' },
      ],
      series: [
        { label: 'time' },
        { label: 'concurrency', stroke: css('--sl-color-accent', '#7c3aed'), width: 2 },
        { label: 'environments', stroke: css('--sl-color-orange', '#c2410c'), width: 1.5, dash: [6, 3] },
        { label: 'idle', stroke: css('--sl-color-gray-3', '#888'), width: 1, dash: [2, 3] },
      ],
      legend: { show: false },
      cursor: { drag: { x: false, y: false } },
    },
    [series.t, series.concurrency, series.environments, series.idle],
    host,
  );
  const legend = document.createElement('p');
  legend.className = 'sb-legend';
  legend.textContent =
    '━ concurrency (peak per interval)   ╍ environments alive (peak)   ┄ idle environments (average)';
  host.append(legend, ...textAlternative(series));
  // The canvas is an image for assistive technology: the sentence and the table below say the same.
  plot.root.setAttribute('aria-hidden', 'true');
  const observer = new ResizeObserver(() =>
    plot.setSize({ width: Math.max(260, host.clientWidth), height: 220 }),
  );
  observer.observe(host);
  return plot;
}

/** The chart's sentence and a data table behind a toggle, as the playground's charts have. */
function textAlternative(series: Series): HTMLElement[] {
  const columns: ChartColumns = {
    x: series.t,
    lines: { concurrency: series.concurrency, environments: series.environments },
  };
  const alt = describeConcurrency(columns, { account: series.accountLimit }, tableRows(columns));
  const sentence = document.createElement('p');
  sentence.className = 'sb-meta';
  sentence.textContent = alt.sentence;
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'Data table';
  details.append(summary);
  details.addEventListener('toggle', () => {
    if (details.open && details.childElementCount === 1) details.append(renderTable(alt.table));
  });
  return [sentence, details];
}
