const tiles = new Map<string, HTMLCanvasElement>();

/**
 * A diagonal-hatch fill in `color` (tiles of `size` px, cached per colour and size): the pattern that marks
 * INIT and cold-start shapes in the charts and the timeline, so colour is never the only cue. Falls back to
 * the plain colour where a canvas context is unavailable.
 */
export function hatchPattern(
  ctx: CanvasRenderingContext2D,
  color: string,
  size: number,
  lineWidth: number,
): CanvasPattern | string {
  const key = `${color}|${size}|${lineWidth}`;
  let tile = tiles.get(key);
  if (!tile) {
    tile = document.createElement('canvas');
    tile.width = size;
    tile.height = size;
    const t = tile.getContext('2d');
    if (!t) return color;
    // One diagonal across the tile plus the two corner stubs that join it to its neighbours seamlessly.
    const k = lineWidth;
    t.strokeStyle = color;
    t.lineWidth = lineWidth;
    t.beginPath();
    t.moveTo(0, size);
    t.lineTo(size, 0);
    t.moveTo(-k, k);
    t.lineTo(k, -k);
    t.moveTo(size - k, size + k);
    t.lineTo(size + k, size - k);
    t.stroke();
    tiles.set(key, tile);
  }
  return ctx.createPattern(tile, 'repeat') ?? color;
}
