import { formatClock, formatNumber } from './format.ts';

/** The stretch of simulated time the timeline shows, ms (`startMs` < `endMs`). */
export interface TimeWindow {
  startMs: number;
  endMs: number;
}

/** The narrowest window the timeline zooms to, ms: INIT and a 100 ms request stay several pixels wide. */
export const MIN_WINDOW_MS = 100;

/** The whole run, 0 to `horizonMs`. */
export function fullWindow(horizonMs: number): TimeWindow {
  return { startMs: 0, endMs: horizonMs };
}

/** Keeps a window inside 0..`horizonMs` and at least {@link MIN_WINDOW_MS} wide, keeping its width if it can. */
export function clampWindow(w: TimeWindow, horizonMs: number): TimeWindow {
  const width = Math.min(horizonMs, Math.max(MIN_WINDOW_MS, w.endMs - w.startMs));
  const start = Math.min(Math.max(0, w.startMs), horizonMs - width);
  return { startMs: start, endMs: start + width };
}

/**
 * Zooms by `factor` (2 = twice as close, 0.5 = twice as far) around `centreMs` (default: the window's
 * middle), keeping `centreMs` at the same place on screen.
 */
export function zoomWindow(w: TimeWindow, factor: number, horizonMs: number, centreMs?: number): TimeWindow {
  if (!(factor > 0)) throw new RangeError(`zoom factor must be > 0, got ${factor}`);
  const c = centreMs ?? (w.startMs + w.endMs) / 2;
  const at = (c - w.startMs) / (w.endMs - w.startMs);
  const width = (w.endMs - w.startMs) / factor;
  return clampWindow({ startMs: c - at * width, endMs: c - at * width + width }, horizonMs);
}

/** Moves the window by `fraction` of its width (negative = earlier). */
export function panWindow(w: TimeWindow, fraction: number, horizonMs: number): TimeWindow {
  const shift = (w.endMs - w.startMs) * fraction;
  return clampWindow({ startMs: w.startMs + shift, endMs: w.endMs + shift }, horizonMs);
}

/** Whether the window shows the whole run. */
export function isFullWindow(w: TimeWindow, horizonMs: number): boolean {
  return w.startMs <= 0 && w.endMs >= horizonMs;
}

// Round steps, ms: 10 ms … 12 h, so ticks read 0.5 s, 1 s, 1:00 rather than 0.37 s.
const STEPS_MS = [
  10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000,
  900_000, 1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000,
];

/** Formats a time on an axis whose ticks are `stepMs` apart: `1.25 s` below a minute's window, else `m:ss`. */
export function formatTick(ms: number, stepMs: number): string {
  if (stepMs >= 1000 && (ms >= 60_000 || stepMs >= 15_000)) return formatClock(ms);
  return `${formatNumber(ms / 1000, stepMs < 100 ? 2 : stepMs < 1000 ? 1 : 0)} s`;
}

/** Axis ticks for a window: at most `maxTicks`, on round steps, each with its label. */
export function windowTicks(w: TimeWindow, maxTicks: number): { ms: number; label: string }[] {
  const span = w.endMs - w.startMs;
  const step = STEPS_MS.find((s) => span / s <= maxTicks) ?? 86_400_000;
  const ticks: { ms: number; label: string }[] = [];
  for (let ms = Math.ceil(w.startMs / step - 1e-9) * step + 0; ms <= w.endMs + 1e-6; ms += step) {
    ticks.push({ ms, label: formatTick(ms, step) });
  }
  return ticks;
}

/** Describes a window in words: "0 s to 2 s of 10:00". */
export function describeWindow(w: TimeWindow, horizonMs: number): string {
  if (isFullWindow(w, horizonMs)) return `the whole run, 0:00 to ${formatClock(horizonMs)}`;
  const step = w.endMs - w.startMs < 60_000 ? 100 : 60_000;
  return `${formatTick(w.startMs, step)} to ${formatTick(w.endMs, step)} of ${formatClock(horizonMs)}`;
}
