import { defineChecks, runChecks, show } from '@lab/sim';
import { describe, expect, it } from 'vitest';

describe('exercise helpers', () => {
  const checks = defineChecks<number>([
    { name: 'Positive', hint: 'Count something', test: (a) => a > 0 },
    { name: 'Small', hint: 'Fewer', test: (a) => a < 10 },
    {
      name: 'Throws',
      hint: 'n/a',
      test: () => {
        throw new TypeError('boom');
      },
    },
  ]);

  it('runs every check and reports a throw as a failure with its text', () => {
    expect(runChecks(checks, 5)).toEqual([
      { name: 'Positive', hint: 'Count something', passed: true },
      { name: 'Small', hint: 'Fewer', passed: true },
      { name: 'Throws', hint: 'n/a', passed: false, error: 'TypeError: boom' },
    ]);
    expect(runChecks(checks, 50).map((r) => r.passed)).toEqual([true, false, false]);
  });

  it('show returns its argument', () => {
    const value = { a: 1 };
    expect(show(value, 'label')).toBe(value);
  });
});
