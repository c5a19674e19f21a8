import {
  type ChartColumns,
  columnsMax,
  concurrencyColumns,
  eventColumns,
  LATENCY_STATS,
  latencyColumns,
  limitsOf,
  summaryOf,
  tableRows,
} from '~/explorables/chart-data.ts';
import { formatMs } from '~/explorables/format.ts';
import type { Side } from '~/explorables/sim-session.ts';
import {
  describeConcurrency,
  describeCost,
  describeEvents,
  describeLatency,
  describeTimeline,
} from '~/explorables/text-alternatives.ts';
import { unpackTimeline } from '~/explorables/timeline-pack.ts';
import { Chart } from '../charts/chart.ts';
import { CONCURRENCY_LINES, EVENT_LINES, LATENCY_LINES } from '../charts/chart-lines.ts';
import { timeAxis } from '../charts/time-axis.ts';
import type { Frame } from './playground-config.ts';
import { renderAlternative, renderCost, renderSummary } from './render.ts';
import { drawZoomableTimeline } from './timeline-zoom.ts';
import type { ViewKey } from './views.ts';

/** Where one side's views are drawn, and the time they show. */
export interface SideTarget {
  /** The `<sim-playground>` (its computed style gives the timeline's colours). */
  host: HTMLElement;
  /** The side's charts by `side:view`, created on first draw. */
  charts: Map<string, Chart>;
  /** Which side. */
  side: Side;
  /** The side's `.pg-side` section. */
  section: HTMLElement;
  /** Simulated time of a whole run, ms. */
  horizonMs: number;
  /** Summary paths whose values differ between the sides. */
  differs: ReadonlySet<string>;
  /** The function shown (multi-function scenarios); absent: all functions together. */
  fn?: string | undefined;
  /** The charts' columns for this side ({@link chartColumns}). */
  columns: SideColumns;
  /** Top of each chart's y scale, shared by the compared sides. */
  yMax: Partial<Record<ChartView, number>>;
  /** Whether the summary lists async retries and drops. */
  async: boolean;
  /** Redraw only the uPlot charts (the frame is unchanged, only the shared scale moved). */
  chartsOnly?: boolean;
}

/** The views drawn as uPlot charts. */
export type ChartView = 'concurrency' | 'throttles' | 'latency';

/** One side's chart columns by view. */
export type SideColumns = Partial<Record<ChartView, ChartColumns>>;

/** The chart columns of one side for the views shown, for one function or all together. */
export function chartColumns(
  frame: Frame,
  nowMs: number,
  views: readonly ViewKey[],
  fn?: string,
): SideColumns {
  const result = frame.result;
  const columns: SideColumns = {};
  if (views.includes('concurrency')) columns.concurrency = concurrencyColumns(result, nowMs, fn);
  if (views.includes('throttles')) columns.throttles = eventColumns(result, nowMs, fn);
  if (views.includes('latency')) columns.latency = latencyColumns(summaryOf(result, fn));
  return columns;
}

/** The largest value of each chart over the sides, so compared charts share their y scale. */
export function sharedMax(sides: readonly SideColumns[]): Partial<Record<ChartView, number>> {
  const max: Partial<Record<ChartView, number>> = {};
  for (const columns of sides) {
    for (const [view, c] of Object.entries(columns) as [ChartView, ChartColumns][]) {
      max[view] = Math.max(max[view] ?? 0, columnsMax(c));
    }
  }
  return max;
}

/** Draws every `[data-view]` of one side from its frame, with each view's text alternative. */
export function renderSide(target: SideTarget, frame: Frame): void {
  const { host, charts, side, section, horizonMs, differs, fn, columns: cols, yMax } = target;
  const result = frame.result;
  const summary = summaryOf(result, fn);
  const time = timeAxis(horizonMs / 1000);
  for (const view of section.querySelectorAll<HTMLElement>('[data-view]')) {
    const kind = view.dataset.view as ViewKey;
    if (target.chartsOnly && kind !== 'concurrency' && kind !== 'throttles' && kind !== 'latency') continue;
    const chartHost = view.querySelector<HTMLElement>('.pg-chart');
    const chart = (key: string) => {
      let c = charts.get(`${side}:${key}`);
      if (!c && chartHost) {
        c = new Chart(chartHost, window.innerWidth < 500 ? 170 : 210);
        charts.set(`${side}:${key}`, c);
      }
      return c;
    };
    if (kind === 'timeline') {
      const canvas = view.querySelector('canvas');
      // Laid out in the worker at the frame's time (the page would copy every span otherwise).
      const layout = frame.timeline
        ? unpackTimeline(frame.timeline)
        : { lanes: [], hidden: 0, nowMs: frame.nowMs };
      const style = getComputedStyle(host);
      const colour = (name: string) => style.getPropertyValue(name).trim() || '#888';
      if (canvas) {
        const t = result.total;
        const alt = describeTimeline(layout, {
          created: t.environments.created,
          coldStarts: t.coldStarts,
          reclaimed: t.environments.reclaimed,
        });
        // The drawing adds what one row stands for to this sentence in the canvas's label.
        canvas.dataset['altSentence'] = alt.sentence;
        drawZoomableTimeline(host, view, layout, horizonMs, {
          text: colour('--pg-text'),
          grid: colour('--pg-grid'),
          init: colour('--pg-c-init'),
          busy: colour('--pg-c-busy'),
          idle: colour('--pg-c-idle'),
          reclaimed: colour('--pg-c-reclaimed'),
        });
        renderAlternative(view, alt);
      }
    } else if (kind === 'concurrency' && cols.concurrency) {
      const columns = cols.concurrency;
      chart('concurrency')?.update(columns, CONCURRENCY_LINES, {
        ...time,
        yLabel: 'count',
        yMax: yMax.concurrency,
      });
      renderAlternative(view, describeConcurrency(columns, limitsOf(result, fn), tableRows(columns)));
    } else if (kind === 'throttles' && cols.throttles) {
      const columns = cols.throttles;
      chart('throttles')?.update(columns, EVENT_LINES, {
        ...time,
        yLabel: 'per interval',
        yMax: yMax.throttles,
      });
      renderAlternative(view, describeEvents(columns, tableRows(columns)));
    } else if (kind === 'latency' && cols.latency) {
      const columns = cols.latency;
      chart('latency')?.update(columns, LATENCY_LINES, {
        yMax: yMax.latency,
        x: (v) => LATENCY_STATS[Math.round(v)] ?? '',
        xTicks: [0, 1, 2, 3],
        xRange: [-0.6, 3.6],
        yLabel: 'latency',
        y: (v) => formatMs(v),
      });
      renderAlternative(view, describeLatency(summary));
    } else if (kind === 'cost') {
      const holder = view.querySelector<HTMLElement>('.pg-cost');
      if (holder) renderCost(holder, summary);
      renderAlternative(view, describeCost(summary));
    } else if (kind === 'summary') {
      const dl = view.querySelector<HTMLElement>('.pg-summary');
      if (dl) renderSummary(dl, summary, differs, target.async);
    }
  }
}
