import { addCoverage, coverageLevel, emptyCoverage } from '~/explorables/timeline-coverage.ts';
import type { Lane, LaneState } from '~/explorables/timeline-layout.ts';
import type { LaneRows } from '~/explorables/timeline-rows.ts';
import type { TimeWindow } from '~/explorables/timeline-window.ts';

/** Where the rows go on the canvas, CSS px. */
export interface RowGeometry {
  left: number;
  top: number;
  plotW: number;
}

// Idle is laid on faint (per lane it is a thin bar): the eye goes to INIT and busy, idle stays behind.
const IDLE_OPACITY = 0.35;
// INIT is hatched like the lanes' INIT: diagonal lines 2 px wide every 6, lined up across rows.
const HATCH_PERIOD = 6;
const HATCH_WIDTH = 2;

/** The canvas the rows are written to before being scaled onto the timeline (reused: one allocation). */
let sheet: HTMLCanvasElement | undefined;

const rgbaCache = new Map<string, [number, number, number]>();

/** A CSS colour as RGB 0–255, read back through a 1×1 canvas (cached per colour). */
function rgb(colour: string): [number, number, number] {
  let c = rgbaCache.get(colour);
  if (!c) {
    const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    if (!probe) return [128, 128, 128];
    probe.fillStyle = colour;
    probe.fillRect(0, 0, 1, 1);
    const [r = 128, g = 128, b = 128] = probe.getImageData(0, 0, 1, 1).data;
    c = [r, g, b];
    rgbaCache.set(colour, c);
  }
  return c;
}

/** RGBA packed little-endian for a `Uint32Array` view of image data (0 = transparent). */
function pack(r: number, g: number, b: number, a: number): number {
  return ((Math.round(a * 255) << 24) | (Math.round(b) << 16) | (Math.round(g) << 8) | Math.round(r)) >>> 0;
}

/**
 * Draws lanes that outnumber the pixel rows: each row stands for `fit.perRow` environments, and in each
 * pixel column each state's colour is laid over the last with an opacity equal to the share of those
 * environments' time in that state (idle, then busy, then INIT hatched; shares in ⅛ steps, anything above
 * zero at least ⅛). So 1,000 environments all in INIT read as a solid hatched INIT band, and one busy
 * environment among four as a faint busy mark, never as none. Written pixel by pixel (one CSS pixel per
 * column and row, scaled up to the canvas): a path per run of columns cost tens of thousands of rectangles
 * on a two-hour run.
 */
export function drawGroupedRows(
  ctx: CanvasRenderingContext2D,
  lanes: readonly Lane[],
  fit: LaneRows,
  view: TimeWindow,
  geometry: RowGeometry,
  colours: Record<LaneState, string>,
): void {
  const { left, top, plotW } = geometry;
  const columns = Math.max(1, Math.round(plotW));
  const height = Math.max(1, fit.rows * fit.rowPx);
  const image = new ImageData(columns, height);
  const px = new Uint32Array(image.data.buffer);
  const [ir, ig, ib] = rgb(colours.idle);
  const [br, bg, bb] = rgb(colours.busy);
  const [nr, ng, nb] = rgb(colours.initializing);
  const cov = emptyCoverage(columns);
  const plain = new Uint32Array(columns);
  const onHatch = new Uint32Array(columns);
  for (let r = 0; r < fit.rows; r++) {
    const group = lanes.slice(r * fit.perRow, (r + 1) * fit.perRow);
    if (group.length === 0) break;
    cov.idle.fill(0);
    cov.busy.fill(0);
    cov.initializing.fill(0);
    for (const lane of group) addCoverage(cov, lane, view, columns, 1 / group.length);
    // Each column's colour off and on the hatch (source over, straight alpha).
    for (let c = 0; c < columns; c++) {
      const ai = coverageLevel(cov.idle[c] ?? 0) * IDLE_OPACITY;
      const ab = coverageLevel(cov.busy[c] ?? 0);
      const an = coverageLevel(cov.initializing[c] ?? 0);
      const a = ab + ai * (1 - ab);
      if (a === 0 && an === 0) {
        plain[c] = 0;
        onHatch[c] = 0;
        continue;
      }
      const keep = ai * (1 - ab);
      const red = a === 0 ? 0 : (br * ab + ir * keep) / a;
      const green = a === 0 ? 0 : (bg * ab + ig * keep) / a;
      const blue = a === 0 ? 0 : (bb * ab + ib * keep) / a;
      plain[c] = a === 0 ? 0 : pack(red, green, blue, a);
      const h = an + a * (1 - an);
      onHatch[c] =
        h === 0
          ? 0
          : pack(
              (nr * an + red * a * (1 - an)) / h,
              (ng * an + green * a * (1 - an)) / h,
              (nb * an + blue * a * (1 - an)) / h,
              h,
            );
    }
    for (let y = r * fit.rowPx; y < (r + 1) * fit.rowPx; y++) {
      const row = y * columns;
      for (let x = 0; x < columns; x++) {
        px[row + x] = (x + y) % HATCH_PERIOD < HATCH_WIDTH ? (onHatch[x] ?? 0) : (plain[x] ?? 0);
      }
    }
  }
  // Scaled to the canvas's device pixels without smoothing: each CSS pixel stays one sharp block.
  sheet ??= document.createElement('canvas');
  if (sheet.width !== columns || sheet.height !== height) [sheet.width, sheet.height] = [columns, height];
  sheet.getContext('2d')?.putImageData(image, 0, 0);
  ctx.save();
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(sheet, left, top, plotW, height);
  ctx.restore();
}
