import { diffSummaries } from '~/explorables/compare.ts';
import { formatClock, formatMs, formatNumber } from '~/explorables/format.ts';
import type { Side } from '~/explorables/sim-session.ts';
import { SUMMARY_METRICS } from '~/explorables/summary-metrics.ts';
import type { Chart } from './chart.ts';
import { setStatus, setText } from './dom-text.ts';
import type { Frame, Frames } from './playground-config.ts';
import { renderDiff, renderSummary } from './render.ts';
import { renderSide } from './render-side.ts';

/**
 * What a playground shows of its frames: the time controls' position and the status line, then each side's
 * views and the comparison. A side whose frame did not change is not redrawn.
 */
export class PlaygroundView {
  /** Name of a performance measure to take once the next redraw is on screen (from the `input` mark). */
  measure: string | undefined;
  #charts = new Map<string, Chart>();
  /** The frame each side's views were last drawn from. */
  #drawn: Partial<Record<Side, Frame>> = {};
  readonly #host: HTMLElement;
  readonly #id: string;
  readonly #labels: [string, string];

  /** `id` names the performance marks; `labels` name the two sides in the comparison. */
  constructor(host: HTMLElement, id: string, labels: [string, string]) {
    this.#host = host;
    this.#id = id;
    this.#labels = labels;
  }

  /** Forgets what was drawn (the theme changed): the next render redraws everything. */
  invalidate(): void {
    for (const chart of this.#charts.values()) chart.invalidate();
    this.#drawn = {};
  }

  /** Shows side A's time on the scrubber and clock, and the run's status. */
  renderTime(a: Frame, frames: Frames, sides: Side[]): void {
    const { nowMs, horizonMs } = a;
    const scrub = this.#host.querySelector<HTMLInputElement>('[data-action="scrub"]');
    if (scrub) {
      scrub.value = String(nowMs);
      scrub.setAttribute('aria-valuetext', `${formatClock(nowMs)} of ${formatClock(horizonMs)}`);
    }
    setText(this.#host, '.pg-clock', `${formatClock(nowMs)} / ${formatClock(horizonMs)}`);
    const computeMs = Math.max(...sides.map((s) => frames[s]?.computeMs ?? 0));
    setStatus(
      this.#host,
      a.done
        ? `Whole run computed (${formatNumber(a.result.total.requests, 0)} requests, ${formatMs(computeMs)} in the worker).`
        : `Paused at ${formatClock(nowMs)}: ${formatNumber(a.result.total.requests, 0)} requests so far.`,
    );
  }

  /** Draws each side's views and the comparison, then takes the pending measure. */
  renderResults(a: Frame, frames: Frames, sides: Side[]): void {
    const b = frames.b;
    const diffs = b ? diffSummaries(a.result.total, b.result.total) : [];
    const differs = new Set(diffs.filter((d) => d.differs).map((d) => d.path));
    for (const side of sides) {
      const frame = frames[side];
      const section = this.#host.querySelector<HTMLElement>(`.pg-side[data-side="${side}"]`);
      if (!frame || !section) continue;
      if (frame === this.#drawn[side]) {
        // Unchanged side (a control for the other side moved): only its "differs" marks can change.
        const dl = section.querySelector<HTMLElement>('.pg-summary');
        if (dl) renderSummary(dl, frame.result.total, differs);
        continue;
      }
      this.#drawn[side] = frame;
      const { nowMs, horizonMs } = a;
      renderSide({ host: this.#host, charts: this.#charts, side, section, nowMs, horizonMs, differs }, frame);
    }
    const diffHolder = this.#host.querySelector<HTMLElement>('[data-diff]');
    if (diffHolder && b) {
      const fmt = (path: string, v: number) =>
        SUMMARY_METRICS.find((m) => m.path === path)?.format(v) ?? String(v);
      renderDiff(diffHolder, diffs, this.#labels, fmt);
    }
    this.#takeMeasure();
  }

  #takeMeasure(): void {
    if (!this.measure) return;
    const name = this.measure;
    const id = this.#id;
    this.measure = undefined;
    // Measured after layout of the redrawn charts: the next frame is when the learner sees them.
    requestAnimationFrame(() => {
      performance.mark(`pg:${id}:redrawn`);
      performance.measure(name, `pg:${id}:input`, `pg:${id}:redrawn`);
    });
  }
}
