import { validateScenario } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { NOT_SET } from '~/explorables/control-def.ts';
import { writeControl } from '~/explorables/control-value.ts';
import { CONTROL_KEYS, CONTROLS, controlFor } from '~/explorables/controls.ts';
import { controlBase as base } from './fixtures.ts';

describe('controls', () => {
  it('every control has a label, help text and (for sliders) a unit or zero label', () => {
    for (const key of CONTROL_KEYS) {
      const def = CONTROLS[key];
      expect(def.label.length).toBeGreaterThan(3);
      expect(def.help.length).toBeGreaterThan(10);
      if (def.kind === 'range')
        expect(def.unit !== '' || def.zeroLabel !== undefined || /\(/.test(def.label)).toBe(true);
    }
  });

  it('reserved concurrency reaches at most the account minus the 100 Lambda keeps unreserved', () => {
    const def = controlFor(base, 'reservedConcurrency').def;
    expect(def).toMatchObject({ min: NOT_SET, max: 900 });
    const big = { ...base, account: { concurrencyLimit: 10_000 } };
    expect(controlFor(big, 'reservedConcurrency').def).toMatchObject({ max: 9900 });
    const top = writeControl(base, 'reservedConcurrency', def.kind === 'range' ? def.max : 0);
    expect(() => validateScenario(top)).not.toThrow();
  });
});
