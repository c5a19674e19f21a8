import { coverageLevel, laneCoverage, levelRuns } from '~/explorables/timeline-coverage.ts';
import type { TimelineLayout } from '~/explorables/timeline-layout.ts';
import { laneRows, TIMELINE_PLOT_PX } from '~/explorables/timeline-rows.ts';
import { type TimeWindow, windowTicks } from '~/explorables/timeline-window.ts';
import { hatchPattern } from '../charts/hatch-pattern.ts';
import { drawGroupedRows } from './timeline-grouped.ts';

/** Colours for the timeline, read from CSS custom properties of the playground. */
export interface TimelineColours {
  text: string;
  grid: string;
  init: string;
  busy: string;
  idle: string;
  reclaimed: string;
}

const AXIS_PX = 22;

/**
 * Draws the environment timeline over the time window `view`: one lane per environment; INIT hatched, busy solid, idle as
 * a thin bar, a triangle at each cold start and a cross where an environment was reclaimed, and the current
 * time as a vertical line. Where a pixel column holds both busy and idle time, the busy bar's height is the
 * busy fraction (in ⅛ steps), so a mostly idle environment never looks solidly busy at a wide zoom.
 * Shapes carry the meaning, colours only reinforce it. When the lanes outnumber the pixel rows, each row
 * stands for several environments ({@link laneRows}) and is shaded by their share in each state, so every
 * environment is drawn.
 */
export function drawTimeline(
  canvas: HTMLCanvasElement,
  layout: TimelineLayout,
  view: TimeWindow,
  colours: TimelineColours,
  cssWidth: number,
): void {
  const fit = laneRows(layout.lanes.length, TIMELINE_PLOT_PX);
  const rows = fit.rows;
  const laneH = fit.rowPx;
  const cssHeight = Math.max(60, rows * laneH + AXIS_PX + 4);
  const dpr = window.devicePixelRatio || 1;
  // Resizing reallocates the canvas (and lays out the page): only when the size changes.
  const [w, h] = [Math.round(cssWidth * dpr), Math.round(cssHeight * dpr)];
  if (canvas.width !== w || canvas.height !== h) {
    canvas.style.width = `${cssWidth}px`;
    canvas.style.height = `${cssHeight}px`;
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, cssWidth, cssHeight);
  const left = 4;
  const plotW = cssWidth - left - 8;
  const span = view.endMs - view.startMs;
  const x = (ms: number) => left + ((ms - view.startMs) / span) * plotW;
  const inside = (ms: number) => ms >= view.startMs && ms <= view.endMs;
  const columns = Math.max(1, Math.round(plotW));
  const hatch = hatchPattern(ctx, colours.init, 6, 1.5);
  if (fit.perRow > 1) {
    const { init, busy, idle } = colours;
    drawGroupedRows(
      ctx,
      layout.lanes,
      fit,
      view,
      { left, top: 2, plotW },
      { initializing: init, busy, idle },
    );
    drawAxis(ctx, layout.nowMs, view, colours, { left, plotW, axisY: 2 + rows * laneH + 4, cssWidth });
    return;
  }
  const pad = laneH >= 6 ? 1 : 0;
  const busy = new Path2D();
  const idle = new Path2D();
  const inits: [number, number, number, number][] = [];

  layout.lanes.forEach((lane, i) => {
    const y = 2 + i * laneH + pad;
    const h = laneH - 2 * pad;
    const cov = laneCoverage(lane, view, columns);
    const colX = (c: number) => left + (c / columns) * plotW;
    // Busy: a bar standing on the lane's floor, as tall as the busy share of each pixel column.
    for (const [c0, c1, level] of levelRuns(cov.busy, coverageLevel)) {
      const bh = Math.max(1, h * level);
      busy.rect(colX(c0), y + h - bh, colX(c1) - colX(c0), bh);
    }
    // Idle: a thin bar in the middle of the lane, wherever the environment was idle at all.
    for (const [c0, c1] of levelRuns(cov.idle, coverageLevel)) {
      idle.rect(colX(c0), y + h / 2 - Math.max(0.5, h / 6), colX(c1) - colX(c0), Math.max(1, h / 3));
    }
    for (const seg of lane.segments) {
      if (seg.state !== 'initializing' || seg.endMs < view.startMs || seg.startMs > view.endMs) continue;
      const x0 = x(Math.max(seg.startMs, view.startMs));
      inits.push([x0, y, Math.max(1, x(Math.min(seg.endMs, view.endMs)) - x0), h]);
    }
  });
  // One path per state: a long run has tens of thousands of segments, and one fill beats one call each.
  ctx.fillStyle = colours.idle;
  ctx.fill(idle);
  ctx.fillStyle = colours.busy;
  ctx.fill(busy);
  ctx.strokeStyle = colours.init;
  ctx.lineWidth = 1;
  for (const [x0, y, w, h] of inits) {
    ctx.fillStyle = hatch;
    ctx.fillRect(x0, y, w, h);
    if (h >= 4) ctx.strokeRect(x0 + 0.5, y + 0.5, Math.max(0, w - 1), h - 1);
  }

  layout.lanes.forEach((lane, i) => {
    const y = 2 + i * laneH + pad;
    const h = laneH - 2 * pad;
    if (lane.coldStartAtMs !== undefined && inside(lane.coldStartAtMs) && laneH >= 5 && !lane.provisioned) {
      const cx = x(lane.coldStartAtMs);
      ctx.fillStyle = colours.init;
      ctx.beginPath();
      ctx.moveTo(cx, y);
      ctx.lineTo(cx + h * 0.7, y + h / 2);
      ctx.lineTo(cx, y + h);
      ctx.closePath();
      ctx.fill();
    }
    if (lane.reclaimedAtMs !== undefined && inside(lane.reclaimedAtMs)) {
      const cx = x(lane.reclaimedAtMs);
      const r = Math.max(1.5, h / 2 - 0.5);
      ctx.strokeStyle = colours.reclaimed;
      ctx.lineWidth = laneH >= 6 ? 1.5 : 1;
      ctx.beginPath();
      ctx.moveTo(cx - r, y + h / 2 - r);
      ctx.lineTo(cx + r, y + h / 2 + r);
      ctx.moveTo(cx + r, y + h / 2 - r);
      ctx.lineTo(cx - r, y + h / 2 + r);
      ctx.stroke();
    }
  });

  drawAxis(ctx, layout.nowMs, view, colours, { left, plotW, axisY: 2 + rows * laneH + 4, cssWidth });
}

/** The time axis under the lanes, with its ticks, and the current time as a dashed vertical line. */
function drawAxis(
  ctx: CanvasRenderingContext2D,
  nowMs: number,
  view: TimeWindow,
  colours: TimelineColours,
  at: { left: number; plotW: number; axisY: number; cssWidth: number },
): void {
  const { left, plotW, axisY, cssWidth } = at;
  const x = (ms: number) => left + ((ms - view.startMs) / (view.endMs - view.startMs)) * plotW;
  ctx.strokeStyle = colours.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(left, axisY);
  ctx.lineTo(left + plotW, axisY);
  ctx.stroke();
  ctx.fillStyle = colours.text;
  ctx.font = '11px system-ui, sans-serif';
  ctx.textBaseline = 'top';
  const maxTicks = cssWidth < 480 ? 4 : 8;
  for (const tick of windowTicks(view, maxTicks)) {
    const tx = x(tick.ms);
    ctx.textAlign = tx < left + 20 ? 'left' : tx > left + plotW - 20 ? 'right' : 'center';
    ctx.fillText(tick.label, tx, axisY + 4);
  }
  // Now line.
  if (nowMs < view.endMs && nowMs > view.startMs) {
    const nx = x(nowMs);
    ctx.strokeStyle = colours.text;
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(nx, 0);
    ctx.lineTo(nx, axisY);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}
