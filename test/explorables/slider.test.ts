import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RangeControl } from '~/explorables/control-def.ts';
import { CONTROLS } from '~/explorables/controls.ts';
import {
  formatControlValue,
  fromSlider,
  reachable,
  sliderAttributes,
  toSlider,
  widenRange,
} from '~/explorables/slider.ts';

const ranges = Object.values(CONTROLS).filter((d): d is RangeControl => d.kind === 'range');

describe.each(ranges.map((d) => [d.key, d] as const))('%s slider', (_key, def) => {
  it('maps every position to a value inside the range', () => {
    const max = sliderAttributes(def).max;
    fc.assert(
      fc.property(fc.integer({ min: def.scale === 'log' ? 0 : def.min, max }), (p) => {
        const v = fromSlider(def, p);
        return v >= def.min && v <= def.max;
      }),
    );
  });

  it('comes back to (nearly) the same value', () => {
    fc.assert(
      fc.property(fc.double({ min: def.min, max: def.max, noNaN: true }), (v) => {
        const back = fromSlider(def, toSlider(def, v));
        return Math.abs(back - v) <= Math.max(def.step, v * 0.1);
      }),
    );
  });
});

describe('formatControlValue', () => {
  it('prints units and zero labels', () => {
    expect(formatControlValue(CONTROLS.ratePerSecond, 12)).toBe('12 req/s');
    expect(formatControlValue(CONTROLS.reservedConcurrency, -1)).toBe('not set');
    expect(formatControlValue(CONTROLS.reservedConcurrency, 0)).toBe('0 (function stopped)');
    expect(formatControlValue(CONTROLS.provisionedConcurrency, 0)).toBe('none');
    expect(formatControlValue(CONTROLS.arrivalKind, 'burst')).toBe('All at once (burst)');
  });
});

describe.each(ranges.filter((d) => d.scale === 'log').map((d) => [d.key, d] as const))(
  '%s log slider',
  (_key, def) => {
    it('reaches every value with two significant figures in its range (35 req/s, 30 MB, 720 s)', () => {
      for (const v of [1, 3, 3.5, 12, 20, 30, 35, 45, 99, 120, 720, 1500]) {
        if (v >= def.min && v <= def.max) expect(reachable(def, v), String(v)).toBe(true);
      }
    });

    it('changes the value at every arrow-key step', () => {
      const last = sliderAttributes(def).max;
      for (let p = 0; p < last; p++) expect(fromSlider(def, p + 1)).toBeGreaterThan(fromSlider(def, p));
    });
  },
);

describe('widenRange', () => {
  it('leaves values inside the range alone', () => {
    expect(widenRange(CONTROLS.ratePerSecond as RangeControl, 20)).toBe(CONTROLS.ratePerSecond);
  });

  it('doubles past a preset above the maximum, halves below a log minimum', () => {
    const def = CONTROLS.ratePerSecond as RangeControl;
    expect(widenRange(def, 2750)).toMatchObject({ min: 0.1, max: 5500 });
    expect(widenRange(def, 0.02)).toMatchObject({ min: 0.01, max: 500 });
  });
});
