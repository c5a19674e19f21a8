import { formatClock } from '~/explorables/format.ts';
import type { TimelineLayout } from '~/explorables/timeline-layout.ts';
import { hatchPattern } from './hatch-pattern.ts';

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
const MAX_HEIGHT = 280;

/**
 * Draws the environment timeline: one lane per environment; INIT hatched, busy solid, idle as an outline,
 * a triangle at each cold start and a cross where an environment was reclaimed, and the current time as a
 * vertical line. Shapes carry the meaning, colours only reinforce it.
 */
export function drawTimeline(
  canvas: HTMLCanvasElement,
  layout: TimelineLayout,
  horizonMs: number,
  colours: TimelineColours,
  cssWidth: number,
): void {
  const lanes = layout.lanes.length;
  const laneH = lanes === 0 ? 14 : Math.max(2, Math.min(14, Math.floor((MAX_HEIGHT - AXIS_PX) / lanes)));
  const cssHeight = Math.max(60, lanes * laneH + AXIS_PX + 4);
  const dpr = window.devicePixelRatio || 1;
  canvas.style.width = `${cssWidth}px`;
  canvas.style.height = `${cssHeight}px`;
  canvas.width = Math.round(cssWidth * dpr);
  canvas.height = Math.round(cssHeight * dpr);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, cssWidth, cssHeight);
  const left = 4;
  const plotW = cssWidth - left - 8;
  const x = (ms: number) => left + (Math.min(ms, horizonMs) / horizonMs) * plotW;
  const hatch = hatchPattern(ctx, colours.init, 6, 1.5);
  const pad = laneH >= 6 ? 1 : 0;
  const busy = new Path2D();
  const idle = new Path2D();
  const inits: [number, number, number, number][] = [];

  layout.lanes.forEach((lane, i) => {
    const y = 2 + i * laneH + pad;
    const h = laneH - 2 * pad;
    // Runs of one state closer than a pixel are drawn as one rectangle: they cover the same pixels.
    const busyRun = new PixelRun((x0, x1) => busy.rect(x0, y, x1 - x0, h));
    // Idle: a thin bar in the middle of the lane.
    const idleRun = new PixelRun((x0, x1) =>
      idle.rect(x0, y + h / 2 - Math.max(0.5, h / 6), x1 - x0, Math.max(1, h / 3)),
    );
    for (const seg of lane.segments) {
      const x0 = x(seg.startMs);
      const w = Math.max(1, x(seg.endMs) - x0);
      if (seg.state === 'busy') busyRun.add(x0, x0 + w);
      else if (seg.state === 'initializing') inits.push([x0, y, w, h]);
      else idleRun.add(x0, x0 + w);
    }
    busyRun.flush();
    idleRun.flush();
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
    if (lane.coldStartAtMs !== undefined && laneH >= 5 && !lane.provisioned) {
      const cx = x(lane.coldStartAtMs);
      ctx.fillStyle = colours.init;
      ctx.beginPath();
      ctx.moveTo(cx, y);
      ctx.lineTo(cx + h * 0.7, y + h / 2);
      ctx.lineTo(cx, y + h);
      ctx.closePath();
      ctx.fill();
    }
    if (lane.reclaimedAtMs !== undefined) {
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

  // Time axis.
  const axisY = 2 + lanes * laneH + 4;
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
  // Round clock steps (seconds) so the labels read 0:00, 2:00, 4:00 rather than 1:40, 3:20.
  const steps = [1, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200];
  const stepMs = (steps.find((s) => horizonMs / (s * 1000) <= maxTicks) ?? 86400) * 1000;
  for (let ms = 0; ms <= horizonMs + 1; ms += stepMs) {
    const tx = x(ms);
    ctx.textAlign = ms === 0 ? 'left' : tx > left + plotW - 20 ? 'right' : 'center';
    ctx.fillText(formatClock(ms), tx, axisY + 4);
  }
  // Now line.
  if (layout.nowMs < horizonMs) {
    const nx = x(layout.nowMs);
    ctx.strokeStyle = colours.text;
    ctx.setLineDash([4, 3]);
    ctx.beginPath();
    ctx.moveTo(nx, 0);
    ctx.lineTo(nx, axisY);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

/** Joins spans along x that touch or sit within a pixel of each other, then emits each joined run. */
class PixelRun {
  #start = Number.NaN;
  #end = Number.NaN;
  readonly #emit: (x0: number, x1: number) => void;

  constructor(emit: (x0: number, x1: number) => void) {
    this.#emit = emit;
  }

  add(x0: number, x1: number): void {
    if (x0 <= this.#end + 1) {
      this.#end = Math.max(this.#end, x1);
      return;
    }
    this.flush();
    this.#start = x0;
    this.#end = x1;
  }

  flush(): void {
    if (!Number.isNaN(this.#start)) this.#emit(this.#start, this.#end);
    this.#start = Number.NaN;
    this.#end = Number.NaN;
  }
}
