import type { MetricGoal } from '~/explorables/claim.ts';
import { diffSummaries } from '~/explorables/compare.ts';
import { formatClock, formatMs, formatNumber } from '~/explorables/format.ts';
import type { Side } from '~/explorables/sim-session.ts';
import { formatMetric } from '~/explorables/summary-metrics.ts';
import type { Chart } from '../charts/chart.ts';
import { setStatus, setText } from './dom-text.ts';
import type { Frame, Frames } from './playground-config.ts';
import { renderDiff, renderSummary } from './render.ts';
import { chartColumns, renderSide, sharedMax } from './render-side.ts';
import type { ViewKey } from './views.ts';

/** What a playground shows and how it judges a comparison. */
export interface ViewOptions {
  /** Performance marks' prefix. */
  id: string;
  /** Names of the two sides. */
  labels: [string, string];
  /** The views shown. */
  views: readonly ViewKey[];
  /** The numbers the comparison is about (the claim's), which alone get a "better" verdict. */
  goals: readonly MetricGoal[];
  /** Whether a function is invoked asynchronously (the summary then lists retries and drops). */
  async: boolean;
}

/**
 * What a playground shows of its frames: the time controls' position and the status line, then each side's
 * views and the comparison, for one function or all together. A side whose frame did not change is not
 * redrawn; compared charts share their scales.
 */
export class PlaygroundView {
  /** Name of a performance measure to take once the next redraw is on screen (from the `input` mark). */
  measure: string | undefined;
  #charts = new Map<string, Chart>();
  /** The frame each side's views were last drawn from. */
  #drawn: Partial<Record<Side, Frame>> = {};
  /** The shared y scales each side was last drawn with. */
  #drawnScale: Partial<Record<Side, string>> = {};
  #fn: string | undefined;
  readonly #host: HTMLElement;
  readonly #options: ViewOptions;

  constructor(host: HTMLElement, options: ViewOptions, fn?: string) {
    this.#host = host;
    this.#options = options;
    this.#fn = fn;
  }

  /** The function shown, or `undefined` for all functions together. Setting it redraws everything next time. */
  get fn(): string | undefined {
    return this.#fn;
  }

  set fn(name: string | undefined) {
    this.#fn = name;
    this.#drawn = {};
  }

  /** Forgets what was drawn (the theme changed): the next render redraws everything. */
  invalidate(): void {
    for (const chart of this.#charts.values()) chart.invalidate();
    this.#drawn = {};
  }

  /** Shows side A's time on the scrubber and clock, and the run's status (every side's count). */
  renderTime(a: Frame, frames: Frames, sides: Side[], playing: boolean): void {
    const { nowMs, horizonMs } = a;
    const scrub = this.#host.querySelector<HTMLInputElement>('[data-action="scrub"]');
    if (scrub) {
      scrub.value = String(nowMs);
      scrub.setAttribute('aria-valuetext', `${formatClock(nowMs)} of ${formatClock(horizonMs)}`);
    }
    setText(this.#host, '.pg-clock', `${formatClock(nowMs)} / ${formatClock(horizonMs)}`);
    const computeMs = Math.max(...sides.map((s) => frames[s]?.computeMs ?? 0));
    const counts = sides
      .map((s, i) => {
        const n = formatNumber(frames[s]?.result.total.requests ?? 0, 0);
        return sides.length > 1 ? `${this.#options.labels[i]}: ${n}` : n;
      })
      .join(', ');
    const requests = sides.length > 1 ? `requests (${counts})` : `${counts} requests`;
    const done = sides.every((s) => frames[s]?.done);
    setStatus(
      this.#host,
      done
        ? `Whole run computed (${requests}, ${formatMs(computeMs)} in the worker).`
        : `${playing ? 'Playing' : 'Paused'} at ${formatClock(nowMs)}: ${requests} so far.`,
    );
  }

  /** Draws each side's views and the comparison, then takes the pending measure. */
  renderResults(a: Frame, frames: Frames, sides: Side[]): void {
    const { goals, views, labels } = this.#options;
    const fn = this.#fn;
    const b = frames.b;
    const pick = (f: Frame) => (fn && f.result.functions.find((x) => x.name === fn)) || f.result.total;
    const diffs = b ? diffSummaries(pick(a), pick(b), goals, this.#options.async) : [];
    const differs = new Set(diffs.filter((d) => d.differs).map((d) => d.path));
    const { nowMs, horizonMs } = a;
    const columns = Object.fromEntries(
      sides.flatMap((s) => {
        const f = frames[s];
        return f ? [[s, chartColumns(f, nowMs, views, fn)]] : [];
      }),
    ) as Partial<Record<Side, ReturnType<typeof chartColumns>>>;
    const yMax = sharedMax(Object.values(columns));
    for (const side of sides) {
      const frame = frames[side];
      const section = this.#host.querySelector<HTMLElement>(`.pg-side[data-side="${side}"]`);
      const cols = columns[side];
      if (!frame || !section || !cols) continue;
      const target = {
        host: this.#host,
        charts: this.#charts,
        side,
        section,
        horizonMs,
        differs,
        fn,
        columns: cols,
        yMax,
        async: this.#options.async,
      };
      const scale = JSON.stringify(yMax);
      if (frame === this.#drawn[side]) {
        // Unchanged side (a control for the other side moved): its "differs" marks can change, and its charts
        // when the shared scale moved; the timeline, cost and sentences stay as they are.
        const dl = section.querySelector<HTMLElement>('.pg-summary');
        if (dl) renderSummary(dl, pick(frame), differs, this.#options.async);
        if (scale !== this.#drawnScale[side]) renderSide({ ...target, chartsOnly: true }, frame);
        this.#drawnScale[side] = scale;
        continue;
      }
      this.#drawn[side] = frame;
      this.#drawnScale[side] = scale;
      renderSide(target, frame);
    }
    const diffHolder = this.#host.querySelector<HTMLElement>('[data-diff]');
    if (diffHolder && b) renderDiff(diffHolder, diffs, labels, formatMetric, goals.length > 0);
    this.#takeMeasure();
  }

  #takeMeasure(): void {
    if (!this.measure) return;
    const name = this.measure;
    const id = this.#options.id;
    this.measure = undefined;
    // Measured after layout of the redrawn charts: the next frame is when the learner sees them.
    requestAnimationFrame(() => {
      performance.mark(`pg:${id}:redrawn`);
      performance.measure(name, `pg:${id}:input`, `pg:${id}:redrawn`);
    });
  }
}
