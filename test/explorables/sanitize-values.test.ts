import { describe, expect, it } from 'vitest';
import { sanitizeValues } from '~/explorables/sanitize-values.ts';

describe('sanitizeValues', () => {
  it('keeps only known keys with string or finite number values', () => {
    expect(
      sanitizeValues({
        seed: 3,
        nope: 1,
        ratePerSecond: Number.POSITIVE_INFINITY,
        runtime: 'java21',
        memoryMb: {},
      }),
    ).toEqual({
      seed: 3,
      runtime: 'java21',
    });
    expect(sanitizeValues(null)).toEqual({});
  });
});
