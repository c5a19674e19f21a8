import type { Scenario } from '@lab/sim';
import { type ControlDef, CUSTOM, type RangeControl } from './control-def.ts';
import { type ControlKey, type ControlValue, controlFor } from './controls.ts';
import { formatNumber } from './format.ts';

/**
 * The values a log slider stops at: every number with two significant figures between `min` and `max`
 * (…, 9.9, 10, 11, …, 35, …, 720, …), rounded to the step, plus the ends. So every round value a lesson
 * asks for is reachable, and neighbouring positions are 1–10% apart. Cached per range.
 */
export function logValues(def: RangeControl): readonly number[] {
  const key = `${def.min}:${def.max}:${def.step}`;
  const cached = logCache.get(key);
  if (cached) return cached;
  const values = [def.min];
  for (let e = Math.floor(Math.log10(def.min)); 10 ** e <= def.max; e++) {
    for (let m = 10; m <= 99; m++) {
      const v = roundTo(m * 10 ** (e - 1), def.step);
      if (v > (values.at(-1) ?? def.min) && v < def.max) values.push(v);
    }
  }
  if (def.max > (values.at(-1) ?? def.min)) values.push(def.max);
  logCache.set(key, values);
  return values;
}

const logCache = new Map<string, number[]>();

/** The `<input type=range>` attributes for a control: log sliders run over positions, linear over values. */
export function sliderAttributes(def: RangeControl): { min: number; max: number; step: number } {
  return def.scale === 'log'
    ? { min: 0, max: logValues(def).length - 1, step: 1 }
    : { min: def.min, max: def.max, step: def.step };
}

/** Rounds to a step without floating-point dust (0.30000000000000004 → 0.3). */
function roundTo(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number((Math.round(value / step) * step).toFixed(decimals));
}

/** The slider position showing `value` (for a log slider, the stop nearest on a log scale). */
export function toSlider(def: RangeControl, value: number): number {
  const v = Math.min(def.max, Math.max(def.min, value));
  if (def.scale === 'linear') return roundTo(v, def.step);
  const values = logValues(def);
  let best = 0;
  values.forEach((stop, i) => {
    if (Math.abs(Math.log(stop / v)) < Math.abs(Math.log((values[best] ?? stop) / v))) best = i;
  });
  return best;
}

/** The value at a slider position: a linear value rounded to the step, or a log slider's stop. */
export function fromSlider(def: RangeControl, position: number): number {
  if (def.scale === 'linear') return roundTo(Math.min(def.max, Math.max(def.min, position)), def.step);
  const values = logValues(def);
  const i = Math.min(values.length - 1, Math.max(0, Math.round(position)));
  return values[i] ?? def.min;
}

/** Whether a slider can be set to exactly `value`. */
export function reachable(def: RangeControl, value: number): boolean {
  return fromSlider(def, toSlider(def, value)) === value;
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

/**
 * A control as a playground renders it for a preset: {@link controlFor}'s definition, a slider widened to fit
 * the preset's own value (a custom INIT leaves the package slider as it is).
 */
export function renderedControl(
  scenario: Scenario,
  key: ControlKey,
): { def: ControlDef; value: ControlValue } {
  const fitted = controlFor(scenario, key);
  const def =
    fitted.def.kind === 'range' && fitted.value !== CUSTOM
      ? widenRange(fitted.def, Number(fitted.value))
      : fitted.def;
  return { def, value: fitted.value };
}
