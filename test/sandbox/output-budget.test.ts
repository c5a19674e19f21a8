import { describe, expect, it } from 'vitest';
import { DEFAULT_OUTPUT_LIMITS, FINAL_RESERVE, OutputBudget } from '../../src/sandbox/output-budget.ts';

const line = (text: string) => ({
  kind: 'console',
  level: 'log',
  args: [{ kind: 'primitive', type: 'string', text }],
});

describe('OutputBudget', () => {
  it('keeps output up to the entry limit, then one truncation, then drops', () => {
    const budget = new OutputBudget({ maxLines: 3, maxBytes: 1000 });
    const decisions = Array.from({ length: 6 }, () => budget.admit(line('x')));
    expect(decisions).toEqual(['keep', 'keep', 'keep', 'truncate', 'drop', 'drop']);
    expect(budget.dropped).toBe(3);
    expect(budget.notice()).toMatch(/truncated.*later output was dropped/);
  });

  it('counts bytes of the whole entry, strings nested anywhere included', () => {
    const budget = new OutputBudget({ maxLines: 100, maxBytes: 500 });
    expect(budget.admit(line('a'.repeat(200)))).toBe('keep');
    expect(budget.admit({ deep: [[[{ text: 'b'.repeat(400) }]]] })).toBe('truncate');
    expect(budget.truncated).toBe(true);
  });

  it('measures with built-ins captured before learner code could patch them', () => {
    const budget = new OutputBudget({ maxLines: 100, maxBytes: 10_000 });
    const stringify = JSON.stringify;
    const keys = Object.keys;
    try {
      JSON.stringify = () => '';
      Object.keys = () => [];
      expect(budget.admit(line('x'.repeat(20_000)))).toBe('truncate');
    } finally {
      JSON.stringify = stringify;
      Object.keys = keys;
    }
  });

  it('lets what ends a run (answer, final error) through from the reserve after a flood', () => {
    const budget = new OutputBudget(DEFAULT_OUTPUT_LIMITS);
    for (let i = 0; i < DEFAULT_OUTPUT_LIMITS.maxLines + 10; i++) budget.admit(line(`spam ${i}`));
    expect(budget.admit(line('late'))).toBe('drop');
    expect(budget.admit({ kind: 'error', message: 'the final error' }, true)).toBe('keep');
    // The reserve is bounded too: an answer past the whole budget and its reserve is refused.
    const huge = 'x'.repeat(DEFAULT_OUTPUT_LIMITS.maxBytes + FINAL_RESERVE.bytes);
    expect(budget.admit({ answer: huge }, true)).toBe('drop');
  });
});
