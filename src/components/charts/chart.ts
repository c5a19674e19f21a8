import uPlot from 'uplot';
import { hatchPattern } from './hatch-pattern.ts';
import 'uplot/dist/uPlot.min.css';
import './chart.css';
import type { ChartColumns } from '~/explorables/chart-data.ts';
import { CHART_INK, type ChartColour } from './palette.ts';

/** How one column is drawn. Dash, markers and hatching differ per line, so colour is never the only cue. */
export interface LineSpec {
  key: string;
  label: string;
  /** The series colour: a custom property of the course's chart palette, e.g. `--pg-c-concurrency`. */
  color: ChartColour;
  dash?: number[];
  width?: number;
  kind?: 'line' | 'step' | 'bars';
  /** For grouped bars: -1 left of the tick, 1 right of it. */
  barAlign?: -1 | 1;
  /** Fill bars with diagonal hatching. */
  hatch?: boolean;
  points?: boolean;
}

/** Axis setup for a chart. */
export interface ChartAxes {
  /** Formats an x tick. */
  x: (value: number) => string;
  /** Fixed x ticks (categories), if any. */
  xTicks?: number[];
  /** Allowed tick spacings for x (e.g. round numbers of seconds for a time axis). */
  xIncrs?: number[];
  xRange: [number, number];
  /** Label under the x axis, naming what its ticks read in (e.g. `time (m:ss)`); absent: none. */
  xLabel?: string;
  yLabel: string;
  /** Formats a y tick. */
  y?: (value: number) => string;
  /** Top of the y scale before headroom (compared charts share it); absent: this chart's own largest value. */
  yMax?: number | undefined;
}

/**
 * The course's one chart: uPlot inside `host`, in the colours of the chart palette (palette.ts), redrawn
 * with new columns by {@link Chart.update}. It is rebuilt only when the set of lines, the axes or the theme
 * change; otherwise `setData` keeps redraws cheap. The canvas is hidden from assistive technology: whoever
 * draws a chart puts its text alternative (a sentence and a data table) beside it.
 */
export class Chart {
  readonly #host: HTMLElement;
  readonly #height: number;
  #plot: uPlot | undefined;
  #signature = '';
  #resize: ResizeObserver | undefined;
  /** The shared top of the y scale, read by the scale's range function at every redraw. */
  #yMax: number | undefined;

  /** A chart in `host`, `height` px tall (drawn on the first update). */
  constructor(host: HTMLElement, height = 200) {
    this.#host = host;
    host.classList.add('lab-chart');
    this.#height = height;
  }

  /**
   * Draws the columns; `axes.xRange` fixes the x scale so a playing run grows from the left. Every spec
   * keeps its series whether or not the columns have it (an absent line is hidden, legend entry too), so a
   * limit line coming and going as a control moves does not rebuild the chart.
   */
  update(columns: ChartColumns, specs: readonly LineSpec[], axes: ChartAxes): void {
    const style = getComputedStyle(this.#host);
    const colour = (name: string) => style.getPropertyValue(name).trim() || '#888';
    const text = colour(CHART_INK.text);
    const grid = colour(CHART_INK.grid);
    const signature = JSON.stringify([specs.map((s) => s.key), text, axes.xRange, axes.xLabel, axes.yLabel]);
    const none = columns.x.map(() => null);
    const data = [columns.x, ...specs.map((s) => columns.lines[s.key] ?? none)] as uPlot.AlignedData;
    const shown = specs.map((s) => columns.lines[s.key] !== undefined);
    this.#yMax = axes.yMax;
    if (this.#plot && signature === this.#signature) {
      this.#plot.batch(() => {
        const plot = this.#plot;
        if (!plot) return;
        shown.forEach((show, i) => {
          if (plot.series[i + 1]?.show !== show) plot.setSeries(i + 1, { show });
        });
        plot.setData(data, false);
        plot.setScale('x', { min: axes.xRange[0], max: axes.xRange[1] });
        plot.setScale('y', { min: 0, max: this.#yTop(plot.data) });
      });
      this.#markAbsent(shown);
      return;
    }
    this.#plot?.destroy();
    this.#signature = signature;
    const bars = uPlot.paths.bars;
    const stepped = uPlot.paths.stepped;
    const series: uPlot.Series[] = [
      {},
      ...specs.map((s, i): uPlot.Series => {
        const stroke = colour(s.color);
        const line: uPlot.Series = {
          label: s.label,
          show: shown[i] ?? true,
          stroke,
          width: s.width ?? 2,
          points: { show: s.points ?? false },
        };
        if (s.dash) line.dash = s.dash;
        if (s.kind === 'bars' && bars) {
          line.paths = bars({ size: [0.4, 60], align: s.barAlign ?? 0 });
          line.fill = s.hatch ? (u: uPlot) => hatchPattern(u.ctx, stroke, 8, 2) : `${stroke}`;
          line.width = 1;
        } else if (s.kind === 'step' && stepped) {
          line.paths = stepped({ align: 1 });
        }
        return line;
      }),
    ];
    const width = Math.max(240, this.#host.clientWidth);
    const opts: uPlot.Options = {
      width,
      height: this.#height,
      series,
      cursor: { show: true, drag: { x: false, y: false } },
      legend: { show: true, live: false },
      scales: {
        x: { time: false, range: axes.xRange },
        y: { range: (u) => [0, this.#yTop(u.data)] },
      },
      axes: [
        {
          stroke: text,
          grid: { stroke: grid, width: 1 },
          ticks: { stroke: grid },
          values: (_u, splits) => splits.map(axes.x),
          ...(axes.xLabel ? { label: axes.xLabel, labelSize: 18 } : {}),
          // Room for "10:00" or "1:00:00" between ticks, so labels never run together on a narrow chart.
          space: 64,
          ...(axes.xTicks ? { splits: () => axes.xTicks ?? [] } : {}),
          ...(axes.xIncrs ? { incrs: axes.xIncrs } : {}),
        },
        {
          stroke: text,
          grid: { stroke: grid, width: 1 },
          ticks: { stroke: grid },
          label: axes.yLabel,
          labelSize: 18,
          size: 48,
          ...(axes.y
            ? { values: (_u: uPlot, splits: number[]) => splits.map((v) => (axes.y ? axes.y(v) : String(v))) }
            : {}),
        },
      ],
    };
    this.#plot = new uPlot(opts, data, this.#host);
    // The canvas is decorative for assistive technology: the sentence and table beside it say the same.
    this.#plot.root.setAttribute('aria-hidden', 'true');
    this.#markAbsent(shown);
    if (!this.#resize) {
      this.#resize = new ResizeObserver(() => {
        const w = Math.max(240, this.#host.clientWidth);
        if (this.#plot && Math.abs(this.#plot.width - w) > 2)
          this.#plot.setSize({ width: w, height: this.#height });
      });
      this.#resize.observe(this.#host);
    }
  }

  /** Top of the y scale: the shared maximum when given, else the data's, with 10% headroom. */
  #yTop(data: uPlot.AlignedData): number {
    let max = this.#yMax ?? 0;
    if (this.#yMax === undefined)
      for (const line of data.slice(1)) for (const v of line) if (typeof v === 'number' && v > max) max = v;
    return Math.max(1, max * 1.1);
  }

  /** Hides the legend entries of lines this data does not have (uPlot would show them struck through). */
  #markAbsent(shown: readonly boolean[]): void {
    const rows = this.#plot?.root.querySelectorAll('.u-legend .u-series') ?? [];
    // A static legend (live: false) has no row for the x series; a live one starts with it.
    const offset = rows.length > shown.length ? 1 : 0;
    shown.forEach((show, i) => {
      rows[i + offset]?.classList.toggle('lab-chart-absent', !show);
    });
  }

  /** Forces a rebuild on the next update (after a theme change). */
  invalidate(): void {
    this.#signature = '';
  }

  /** Removes the chart. */
  destroy(): void {
    this.#resize?.disconnect();
    this.#plot?.destroy();
    this.#plot = undefined;
  }
}
