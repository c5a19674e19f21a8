import { type ControlDef, CUSTOM } from '~/explorables/control-def.ts';
import { readControlInput, sideOf, sidesOf } from '~/explorables/control-input.ts';
import {
  CONTROL_DEFAULTS,
  CONTROLS,
  type ControlKey,
  type ControlValues,
  isControlKey,
} from '~/explorables/controls.ts';
import type { Side } from '~/explorables/sim-session.ts';
import { formatControlValue, toSlider } from '~/explorables/slider.ts';

type ControlInput = HTMLInputElement | HTMLSelectElement;

/**
 * The server-rendered `[data-control]` inputs and the values the learner set with them, per side (only
 * what differs from the lesson's scenario). Shows each value beside its input.
 */
export class ControlPanel {
  /** The learner's values per side. */
  values: Record<Side, ControlValues> = { a: {}, b: {} };
  readonly #host: HTMLElement;
  readonly #defs: Record<string, ControlDef>;

  /** `defs`: each input's definition by id; `onChange` runs with the sides a changed value applies to. */
  constructor(host: HTMLElement, defs: Record<string, ControlDef>, onChange: (sides: Side[]) => void) {
    this.#host = host;
    this.#defs = defs;
    for (const input of host.querySelectorAll<ControlInput>('[data-control]')) {
      const listener = () => {
        const sides = this.#onInput(input);
        if (sides) onChange(sides);
      };
      input.addEventListener('input', listener);
      input.addEventListener('change', listener);
    }
  }

  /** Puts the current values into the inputs (after reading the URL), or on reset the preset's own. */
  sync(reset = false): void {
    for (const input of this.#host.querySelectorAll<ControlInput>('[data-control]')) {
      const key = input.dataset.control ?? '';
      if (!isControlKey(key)) continue;
      const def = this.#defFor(input, key);
      if (reset) {
        input.value =
          input.getAttribute('value') ?? input.querySelector('option[selected]')?.getAttribute('value') ?? '';
        // The preset's own value, not the slider position's rounding of it.
        if (def.kind === 'range') this.#showValue(input, key, input.dataset.initial ?? input.value);
        continue;
      }
      const value = this.values[sideOf(input.dataset.side)][key];
      if (value === undefined) continue;
      input.value = def.kind === 'range' ? String(toSlider(def, Number(value))) : String(value);
      this.#showValue(input, key, value);
    }
  }

  /** Forgets the learner's values and shows the lesson's. */
  reset(): void {
    this.values = { a: {}, b: {} };
    this.sync(true);
  }

  /** The control's definition as this input was rendered with it (fitted to its preset). */
  #defFor(input: ControlInput, key: ControlKey): ControlDef {
    return this.#defs[input.id] ?? CONTROLS[key];
  }

  /** Takes an input's new value; returns the sides it changed, or `undefined` when nothing changed. */
  #onInput(input: ControlInput): Side[] | undefined {
    const key = input.dataset.control ?? '';
    if (!isControlKey(key)) return undefined;
    const value = readControlInput(this.#defFor(input, key), input.value);
    if (value === undefined) return undefined;
    const sides = sidesOf(input.dataset.side);
    if (value === CUSTOM) {
      // Back to the lesson's own INIT: forget runtime and package for these sides, and show them as such.
      for (const s of sides) {
        delete this.values[s].runtime;
        delete this.values[s].packageMb;
      }
      for (const other of this.#host.querySelectorAll<HTMLInputElement>('input[data-control="packageMb"]')) {
        if (other.dataset.side !== input.dataset.side) continue;
        other.value = other.defaultValue;
        this.#showValue(other, 'packageMb', other.dataset.initial ?? CUSTOM);
      }
    } else if (sides.every((s) => this.values[s][key] === value)) return undefined;
    else for (const s of sides) this.values[s][key] = value;
    this.#showValue(input, key, value);
    this.#showInitPartner(key, sides);
    return sides;
  }

  /**
   * Runtime and package size set INIT together: once the learner sets one while the other still shows a
   * custom INIT, the other shows the default that INIT is now computed with.
   */
  #showInitPartner(key: ControlKey, sides: Side[]): void {
    if (key !== 'runtime' && key !== 'packageMb') return;
    const partner: ControlKey = key === 'runtime' ? 'packageMb' : 'runtime';
    for (const input of this.#host.querySelectorAll<ControlInput>(`[data-control="${partner}"]`)) {
      const side = sideOf(input.dataset.side);
      const initial = input.dataset.initial ?? (input instanceof HTMLSelectElement ? input.value : '');
      const shown = partner === 'runtime' ? (input as HTMLSelectElement).value : initial;
      if (!sides.includes(side) && input.dataset.side !== 'ab') continue;
      if (this.values[side][partner] !== undefined || shown !== CUSTOM) continue;
      const value = CONTROL_DEFAULTS[partner];
      const def = this.#defFor(input, partner);
      input.value = def.kind === 'range' ? String(toSlider(def, Number(value))) : String(value);
      this.#showValue(input, partner, value);
    }
  }

  #showValue(input: ControlInput, key: ControlKey, value: number | string): void {
    const text = value === CUSTOM ? 'as in the lesson' : formatControlValue(this.#defFor(input, key), value);
    if (input instanceof HTMLInputElement && input.type === 'range')
      input.setAttribute('aria-valuetext', text);
    const out = this.#host.querySelector(`output[for="${input.id}"]`);
    if (out) out.textContent = text;
  }
}
