import { formatNumber } from './format.ts';

/**
 * Environments a playground records spans for, and so the most its timeline draws (earliest first; the
 * sentence counts the rest). Above every preset's count (lesson 2's burst: 1,000): the drawing groups lanes
 * into pixel rows rather than drop any.
 */
export const MAX_SPANS = 5000;

/** Height the timeline's lanes share, CSS px (the axis is drawn below it). */
export const TIMELINE_PLOT_PX = 258;
/** Tallest lane, CSS px: a few environments still get readable lanes, not huge bars. */
export const MAX_LANE_PX = 14;
/** Lane height when the learner asks for one lane per environment, CSS px (shapes stay readable). */
export const INDIVIDUAL_LANE_PX = 7;

/**
 * How `lanes` environments fit into `plotPx` of height: one lane each while a lane gets at least 2 px;
 * beyond that each pixel row stands for `perRow` environments (its shading is their share in each state),
 * so every environment is drawn and none is dropped.
 */
export interface LaneRows {
  /** Environments per drawn row (1 = one lane each). */
  perRow: number;
  /** Rows drawn. */
  rows: number;
  /** Height of one row, CSS px. */
  rowPx: number;
}

/** Fits `lanes` environments into `plotPx` (see {@link LaneRows}). */
export function laneRows(lanes: number, plotPx = TIMELINE_PLOT_PX): LaneRows {
  if (!Number.isInteger(lanes) || lanes < 0)
    throw new RangeError(`lanes must be a whole number ≥ 0, got ${lanes}`);
  if (lanes === 0) return { perRow: 1, rows: 0, rowPx: MAX_LANE_PX };
  const each = Math.floor(plotPx / lanes);
  if (each >= 2) return { perRow: 1, rows: lanes, rowPx: Math.min(MAX_LANE_PX, each) };
  const perRow = Math.ceil(lanes / plotPx);
  const rows = Math.ceil(lanes / perRow);
  return { perRow, rows, rowPx: Math.max(1, Math.floor(plotPx / rows)) };
}

/** Environments shown one lane each at {@link INDIVIDUAL_LANE_PX}. */
export const LANES_PER_PAGE = Math.floor(TIMELINE_PLOT_PX / INDIVIDUAL_LANE_PX);

/** A stretch of environments, in the order they started: `first` (0-based) and `count`. */
export interface LaneRange {
  first: number;
  count: number;
}

/** The range shown of `total` environments: `range` kept inside 0..total, or all of them. */
export function clampLaneRange(range: LaneRange | undefined, total: number): LaneRange {
  if (!range || range.count >= total) return { first: 0, count: total };
  const first = Math.max(0, Math.min(range.first, total - range.count));
  return { first, count: range.count };
}

/**
 * Says what the drawing shows, e.g. "All 1,000 environments; each row = 4 environments, shaded by the share
 * of them in INIT, busy or idle." or "Environments 1–36 of 1,000, one lane each."
 */
export function describeLaneRows(range: LaneRange, total: number, rows: LaneRows): string {
  const which =
    range.count >= total
      ? `All ${formatNumber(total, 0)} environment${total === 1 ? '' : 's'}`
      : `Environments ${formatNumber(range.first + 1, 0)}–${formatNumber(range.first + range.count, 0)} of ${formatNumber(total, 0)}`;
  if (rows.perRow === 1) return `${which}, one lane each.`;
  return `${which}; each row = ${formatNumber(rows.perRow, 0)} environments, shaded by the share of them in INIT, busy or idle.`;
}
