import type { ControlDef } from './control-def.ts';
import type { ControlValue } from './controls.ts';
import type { Side } from './sim-session.ts';
import { fromSlider } from './slider.ts';

/**
 * The control value an input's raw value stands for: a slider position is mapped back to its value, an
 * integer field is truncated and must lie in its range (`undefined` otherwise), a select gives its value.
 */
export function readControlInput(def: ControlDef, raw: string): ControlValue | undefined {
  if (def.kind === 'range') return fromSlider(def, Number(raw));
  if (def.kind === 'integer') {
    const n = Math.trunc(Number(raw));
    if (!Number.isFinite(n) || n < def.min || n > def.max) return undefined;
    return n;
  }
  return raw;
}

/** The side an input's `data-side` belongs to (`b`, else `a`). */
export function sideOf(dataSide: string | undefined): Side {
  return dataSide === 'b' ? 'b' : 'a';
}

/** The sides an input's `data-side` sets: both for `ab`, else its one side. */
export function sidesOf(dataSide: string | undefined): Side[] {
  return dataSide === 'ab' ? ['a', 'b'] : [sideOf(dataSide)];
}
