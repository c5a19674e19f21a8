import type { Lane } from './timeline-layout.ts';
import type { TimeWindow } from './timeline-window.ts';

/** How much of each pixel column's time one lane spent in each state (0–1 per column). */
export interface LaneCoverage {
  initializing: Float32Array;
  busy: Float32Array;
  idle: Float32Array;
}

/** Zeroed coverage arrays for `columns` pixel columns. */
export function emptyCoverage(columns: number): LaneCoverage {
  return {
    initializing: new Float32Array(columns),
    busy: new Float32Array(columns),
    idle: new Float32Array(columns),
  };
}

/**
 * Bins a lane's segments into `columns` pixel columns spanning `window`: each column gets the fraction of
 * its time spent INIT, busy and idle. So an environment busy 17% of a pixel's time reads 0.17 there, not
 * "busy" — the drawing can show the fraction honestly at every zoom.
 */
export function laneCoverage(lane: Lane, window: TimeWindow, columns: number): LaneCoverage {
  const cov = emptyCoverage(Math.max(0, columns));
  addCoverage(cov, lane, window, columns, 1);
  return cov;
}

/**
 * Adds a lane's coverage, times `weight`, into `into` (see {@link laneCoverage}). With `weight` = 1/n for
 * each of n lanes, each column holds the share of the n environments' time in each state.
 */
export function addCoverage(
  into: LaneCoverage,
  lane: Lane,
  window: TimeWindow,
  columns: number,
  weight: number,
): void {
  const msPerCol = (window.endMs - window.startMs) / columns;
  if (!(msPerCol > 0) || columns < 1) return;
  for (const seg of lane.segments) {
    const a = (Math.max(seg.startMs, window.startMs) - window.startMs) / msPerCol;
    const b = (Math.min(seg.endMs, window.endMs) - window.startMs) / msPerCol;
    if (!(b > a)) continue;
    const target = into[seg.state];
    const first = Math.floor(a);
    const last = Math.min(columns - 1, Math.ceil(b) - 1);
    for (let c = first; c <= last; c++) {
      target[c] = (target[c] ?? 0) + (Math.min(b, c + 1) - Math.max(a, c)) * weight;
    }
  }
}

/** Levels a fraction is rounded to for drawing: partial bars in ⅛ steps of the lane height. */
export const COVERAGE_LEVELS = 8;

/** A fraction rounded to the nearest drawing level: 0 stays 0, anything above it is at least one level. */
export function coverageLevel(fraction: number): number {
  if (!(fraction > 1e-6)) return 0;
  const level = Math.round(Math.min(1, fraction) * COVERAGE_LEVELS);
  return Math.max(1, level) / COVERAGE_LEVELS;
}

/** Runs of equal value in a column array, as `[first, end, value]` (end exclusive), zeros left out. */
export function levelRuns(values: Float32Array, level: (v: number) => number): [number, number, number][] {
  const runs: [number, number, number][] = [];
  let start = 0;
  let current = values.length > 0 ? level(values[0] ?? 0) : 0;
  for (let c = 1; c <= values.length; c++) {
    const v = c < values.length ? level(values[c] ?? 0) : Number.NaN;
    if (v !== current) {
      if (current > 0) runs.push([start, c, current]);
      start = c;
      current = v;
    }
  }
  return runs;
}
