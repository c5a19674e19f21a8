import { describe, expect, it } from 'vitest';
import { withDefaultSeries } from '../../src/sandbox/series-default.ts';

describe('withDefaultSeries', () => {
  it('asks for a series sized to the horizon when the scenario sets no output', () => {
    expect(withDefaultSeries({ horizonSeconds: 86_400, functions: [] })).toEqual({
      horizonSeconds: 86_400,
      functions: [],
      output: { seriesResolutionSeconds: 120 },
    });
    expect(withDefaultSeries({ horizonSeconds: 60 })).toMatchObject({
      output: { seriesResolutionSeconds: 1 },
    });
  });

  it.each([[{ horizonSeconds: 60, output: {} }], [{ functions: [] }], [null], [[1]], ['text']])(
    'leaves %o alone',
    (scenario) => {
      expect(withDefaultSeries(scenario)).toBe(scenario);
    },
  );
});
