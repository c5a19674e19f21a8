import type { Scenario } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { applyControls } from '~/explorables/apply-controls.ts';
import { controlBase as base } from './fixtures.ts';

describe('applyControls', () => {
  it('applies shape before rate, so both stick', () => {
    const next = applyControls(base, { ratePerSecond: 10, arrivalKind: 'burst' });
    expect(next.functions[0]?.arrivals).toEqual({ kind: 'burst', count: 6000, atSeconds: 60 });
  });

  it('sets INIT from the runtime and package size', () => {
    const next = applyControls(base, { runtime: 'java21', packageMb: 50 });
    expect(next.functions[0]?.initMs?.kind).toBe('lognormal');
    const small = applyControls(base, { runtime: 'java21', packageMb: 1 });
    const median = (s: Scenario) => {
      const d = s.functions[0]?.initMs;
      return d?.kind === 'lognormal' ? d.medianMs : 0;
    };
    expect(median(next)).toBeGreaterThan(median(small));
  });

  it('leaves the preset alone when no values are set', () => {
    expect(applyControls(base, {})).toEqual(base);
  });
});
