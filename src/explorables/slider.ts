import type { ControlDef, ControlValue, RangeControl } from './controls.ts';
import { formatNumber } from './format.ts';

/** Positions of a log slider (the `<input type=range>` runs 0..LOG_STEPS). */
export const LOG_STEPS = 100;

/** The `<input type=range>` attributes for a control: log sliders run over positions, linear over values. */
export function sliderAttributes(def: RangeControl): { min: number; max: number; step: number } {
  return def.scale === 'log'
    ? { min: 0, max: LOG_STEPS, step: 1 }
    : { min: def.min, max: def.max, step: def.step };
}

/** Rounds to a step without floating-point dust (0.30000000000000004 → 0.3). */
function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number((Math.round(value / step) * step).toFixed(decimals));
}

/** The slider position showing `value`. */
export function toSlider(def: RangeControl, value: number): number {
  const v = Math.min(def.max, Math.max(def.min, value));
  if (def.scale === 'linear') return roundTo(v, def.step);
  return Math.round((Math.log(v / def.min) / Math.log(def.max / def.min)) * LOG_STEPS);
}

/**
 * The value at a slider position. Log values are rounded to two significant figures (three from 1.00 to
 * 1.99) and then to the step, so they read as 1.2, 45, 1,200 rather than 1.2345.
 */
export function fromSlider(def: RangeControl, position: number): number {
  if (def.scale === 'linear') return roundTo(Math.min(def.max, Math.max(def.min, position)), def.step);
  const p = Math.min(LOG_STEPS, Math.max(0, position));
  const raw = def.min * (def.max / def.min) ** (p / LOG_STEPS);
  const exponent = Math.floor(Math.log10(raw));
  // Two significant figures, three when the leading digit is 1: neighbouring positions (8% apart) stay distinct.
  const magnitude = 10 ** (exponent - (raw / 10 ** exponent < 2 ? 2 : 1));
  return Math.min(def.max, Math.max(def.min, roundTo(Math.round(raw / magnitude) * magnitude, def.step)));
}

/** A control's value as text, with its unit (`"12 req/s"`, `"not set"`, `"Random (Poisson)"`). */
export function formatControlValue(def: ControlDef, value: ControlValue): string {
  if (def.kind === 'select')
    return def.options.find((o) => o.value === String(value))?.label ?? String(value);
  if (def.kind === 'integer') return String(value);
  const n = Number(value);
  if (def.unset && n <= def.unset.value) return def.unset.label;
  if (n === 0 && def.zeroLabel) return def.zeroLabel;
  const text = formatNumber(n, n < 1 ? 2 : 1);
  return def.unit ? `${text} ${def.unit}` : text;
}

/**
 * A range control widened so a preset's own value sits inside it with room to move: a lesson preset of
 * 2,750 req/s gets a slider up to 5,500 rather than being pinned at the usual 500.
 */
export function widenRange(def: RangeControl, value: number): RangeControl {
  if (!Number.isFinite(value)) return def;
  const max = value > def.max ? value * 2 : def.max;
  const min = value > 0 && value < def.min && def.scale === 'log' ? value / 2 : def.min;
  return max === def.max && min === def.min ? def : { ...def, min, max };
}
