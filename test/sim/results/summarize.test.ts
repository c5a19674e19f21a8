import { simulate, summarize } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { oneFunction } from '../helpers.ts';

describe('summarize', () => {
  it('keeps totals and per-function summaries, rounded to 6 significant digits', () => {
    const s = summarize(simulate(oneFunction()));
    expect(Object.keys(s)).toEqual(['horizonSeconds', 'seed', 'total', 'functions']);
    expect(s.functions[0]?.name).toBe('f');
    const digits = String(s.total.concurrency.mean).replace(/^0\.0*|\./g, '').length;
    expect(digits).toBeLessThanOrEqual(6);
  });
});
