import type { ControlKey } from './controls.ts';

interface BaseControl {
  key: ControlKey;
  /** Visible label, including the unit in brackets where there is one. */
  label: string;
  /** One sentence shown under the control (it is also its accessible description). */
  help: string;
}

/** A slider. `scale: 'log'` spreads the slider positions logarithmically between `min` and `max`. */
export interface RangeControl extends BaseControl {
  kind: 'range';
  min: number;
  max: number;
  /**
   * Values are rounded to this step. Log sliders first round to 2 significant figures (3 when the leading
   * digit is 1), so their step only needs to be fine enough not to merge neighbouring positions.
   */
  step: number;
  scale: 'linear' | 'log';
  /** Unit shown after the value, e.g. `req/s`. */
  unit: string;
  /** Text shown instead of the number for 0 (e.g. provisioned concurrency 0 = none). */
  zeroLabel?: string;
  /**
   * A slider position below every real value that means "not set" (reserved concurrency: the far left is
   * no reservation, so 0 can keep its meaning, a function stopped).
   */
  unset?: { value: number; label: string };
}

/** A drop-down choice. */
export interface SelectControl extends BaseControl {
  kind: 'select';
  options: readonly { value: string; label: string }[];
}

/** A whole-number input (the random seed). */
export interface IntegerControl extends BaseControl {
  kind: 'integer';
  min: number;
  max: number;
}

/** One control's definition. */
export type ControlDef = RangeControl | SelectControl | IntegerControl;

/** The value a control shows when the preset's setting is not one it can represent (custom INIT). */
export const CUSTOM = 'custom';

/** The reserved-concurrency value that stands for "no reservation" (the slider's far left). */
export const NOT_SET = -1;
