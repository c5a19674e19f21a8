import { defineChecks, runChecks, show } from '@lab/sim';
import { describe, expect, it } from 'vitest';

const ladder = ['nudge', 'concept', 'near'] as const;

describe('exercise helpers', () => {
  const checks = defineChecks<number>([
    { name: 'Positive', hints: ladder, test: (a) => a > 0 },
    {
      name: 'Small',
      hints: ladder,
      mistakes: { 'ten-times': 'You multiplied by 10.', huge: 'Far too big.' },
      diagnose: (a) => (a % 10 === 0 ? 'ten-times' : a > 1000 ? 'huge' : a < -5 ? 'unknown-id' : undefined),
      test: (a) => a < 10,
    },
    {
      name: 'Throws',
      hints: ladder,
      test: () => {
        throw new TypeError('boom');
      },
    },
  ]);

  it('runs every check and reports a throw as a failure with its text and the ladder', () => {
    expect(runChecks(checks, 5)).toEqual([
      { name: 'Positive', passed: true, hints: [] },
      { name: 'Small', passed: true, hints: [] },
      { name: 'Throws', passed: false, hints: [...ladder], error: 'TypeError: boom' },
    ]);
    expect(runChecks(checks, 50).map((r) => r.passed)).toEqual([true, false, false]);
  });

  it('puts the diagnosed mistake’s hint before the ladder', () => {
    const [, small] = runChecks(checks, 50);
    expect(small).toEqual({
      name: 'Small',
      passed: false,
      hints: ['You multiplied by 10.', ...ladder],
      diagnosis: 'ten-times',
    });
    expect(runChecks(checks, 1001)[1]?.diagnosis).toBe('huge');
  });

  it('ignores a diagnosis with no hint written for it, and one that throws', () => {
    expect(runChecks(checks, 11)[1]).toEqual({ name: 'Small', passed: false, hints: [...ladder] });
    const throwing = defineChecks<number>([
      {
        name: 'x',
        hints: ladder,
        mistakes: { a: 'A' },
        diagnose: () => {
          throw new Error('no');
        },
        test: () => false,
      },
    ]);
    expect(runChecks(throwing, 1)[0]?.hints).toEqual([...ladder]);
  });

  it('show returns its argument', () => {
    const value = { a: 1 };
    expect(show(value, 'label')).toBe(value);
  });
});
