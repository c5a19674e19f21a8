import { describe, expect, it } from 'vitest';
import { OutputCap } from '../../src/sandbox/output-cap.ts';

describe('OutputCap', () => {
  it('keeps output up to the line cap, then one truncation, then drops', () => {
    const cap = new OutputCap({ maxLines: 3, maxBytes: 1000 });
    const decisions = Array.from({ length: 6 }, () => cap.admit(10));
    expect(decisions).toEqual(['keep', 'keep', 'keep', 'truncate', 'drop', 'drop']);
    expect(cap.dropped).toBe(3);
    expect(cap.notice()).toMatch(/truncated/);
  });

  it('truncates on bytes before lines', () => {
    const cap = new OutputCap({ maxLines: 100, maxBytes: 25 });
    expect([cap.admit(10), cap.admit(10), cap.admit(10)]).toEqual(['keep', 'keep', 'truncate']);
    expect(cap.truncated).toBe(true);
  });
});
