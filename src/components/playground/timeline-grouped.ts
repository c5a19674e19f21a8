import {
  addCoverage,
  COVERAGE_LEVELS,
  coverageLevel,
  emptyCoverage,
  levelRuns,
} from '~/explorables/timeline-coverage.ts';
import type { Lane, LaneState } from '~/explorables/timeline-layout.ts';
import type { LaneRows } from '~/explorables/timeline-rows.ts';
import type { TimeWindow } from '~/explorables/timeline-window.ts';

/** Where the rows go on the canvas, CSS px. */
export interface RowGeometry {
  left: number;
  top: number;
  plotW: number;
}

// Idle first, INIT last: a row whose environments are all in INIT shows the plain INIT colour.
const ORDER: readonly LaneState[] = ['idle', 'busy', 'initializing'];
// Idle is drawn faint (per lane it is a thin bar): the eye goes to INIT and busy, idle stays in the background.
const IDLE_OPACITY = 0.35;

/**
 * Draws lanes that outnumber the pixel rows: each row stands for `fit.perRow` environments, and in each
 * pixel column each state's colour is laid on with an opacity equal to the share of those environments'
 * time in that state (in ⅛ steps, anything above zero at least ⅛). So 1,000 environments all in INIT
 * read as a solid INIT band, and one busy environment among four reads as a faint busy mark, never as none.
 * Idle is laid on at a third of that opacity, as the lanes draw it as a thin bar. INIT is filled with the
 * hatch (it lines up across rows), so a band of INIT keeps its hatching however thin the rows are.
 */
export function drawGroupedRows(
  ctx: CanvasRenderingContext2D,
  lanes: readonly Lane[],
  fit: LaneRows,
  view: TimeWindow,
  geometry: RowGeometry,
  colours: Record<LaneState, string | CanvasPattern>,
): void {
  const columns = Math.max(1, Math.round(geometry.plotW));
  const colX = (c: number) => geometry.left + (c / columns) * geometry.plotW;
  // One path per state and opacity level: a handful of fills instead of one per rectangle.
  const paths = new Map<LaneState, Path2D[]>(
    ORDER.map((s) => [s, Array.from({ length: COVERAGE_LEVELS + 1 }, () => new Path2D())]),
  );
  const cov = emptyCoverage(columns);
  for (let r = 0; r < fit.rows; r++) {
    const group = lanes.slice(r * fit.perRow, (r + 1) * fit.perRow);
    if (group.length === 0) break;
    for (const state of ORDER) cov[state].fill(0);
    for (const lane of group) addCoverage(cov, lane, view, columns, 1 / group.length);
    const y = geometry.top + r * fit.rowPx;
    for (const state of ORDER) {
      const levels = paths.get(state);
      for (const [c0, c1, level] of levelRuns(cov[state], coverageLevel)) {
        levels?.[Math.round(level * COVERAGE_LEVELS)]?.rect(colX(c0), y, colX(c1) - colX(c0), fit.rowPx);
      }
    }
  }
  for (const state of ORDER) {
    ctx.fillStyle = colours[state];
    paths.get(state)?.forEach((path, level) => {
      if (level === 0) return;
      ctx.globalAlpha = (level / COVERAGE_LEVELS) * (state === 'idle' ? IDLE_OPACITY : 1);
      ctx.fill(path);
    });
  }
  ctx.globalAlpha = 1;
}
