import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ResultView } from '~/sandbox/result-view.ts';

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
        { ...axis, label: 'time (s)', values: (_u, ticks) => ticks.map((t) => formatSeconds(t)) },
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
  host.append(legend);
  const observer = new ResizeObserver(() =>
    plot.setSize({ width: Math.max(260, host.clientWidth), height: 220 }),
  );
  observer.observe(host);
  return plot;
}

function formatSeconds(s: number): string {
  if (s >= 3600) return `${(s / 3600).toFixed(s % 3600 === 0 ? 0 : 1)} h`;
  if (s >= 60) return `${(s / 60).toFixed(s % 60 === 0 ? 0 : 1)} min`;
  return `${s}`;
}
