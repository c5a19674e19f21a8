import { describe, expect, it } from 'vitest';
import { timeAxis } from '~/components/charts/time-axis.ts';

describe('timeAxis', () => {
  it.each([
    [600, 'time (m:ss)', [0, 90, 600], ['0:00', '1:30', '10:00']],
    [3600, 'time (m:ss)', [1800, 3600], ['30:00', '60:00']],
    [7200, 'time (h:mm:ss)', [600, 5400, 7200], ['0:10:00', '1:30:00', '2:00:00']],
    [86_400, 'time (h:mm)', [0, 50_400, 86_400], ['0:00', '14:00', '24:00']],
  ])('a %i s run ticks in the unit its label names (%s)', (horizonS, label, ticks, shown) => {
    const axis = timeAxis(horizonS);
    expect(axis.xLabel).toBe(label);
    expect(axis.xRange).toEqual([0, horizonS]);
    expect(ticks.map(axis.x)).toEqual(shown);
  });

  it('rounds a tick that is not a whole second rather than showing a fraction', () => {
    expect(timeAxis(600).x(89.6)).toBe('1:30');
  });
});
