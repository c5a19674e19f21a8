import { describe, expect, it } from 'vitest';
import { answerKey, decodeText, encodeText, hash, seededOrder } from '~/components/quiz/answer-key.ts';

describe('answer key', () => {
  it('hashes to 8 hex digits, differently for different options', () => {
    expect(hash('')).toBe('811c9dc5');
    expect(answerKey('02-concurrency/quiz#0', 1)).toMatch(/^[0-9a-f]{8}$/);
    const keys = new Set([0, 1, 2, 3].map((o) => answerKey('02-concurrency/quiz#0', o)));
    expect(keys.size).toBe(4);
  });

  it('round-trips explanations through the page encoding, Unicode included', () => {
    const text = 'The misconception: 1,000 × 0.4 s — “warm” ≠ cached ✓';
    expect(encodeText(text)).not.toContain('misconception');
    expect(decodeText(encodeText(text))).toBe(text);
    expect(decodeText('not base64!')).toBe('not base64!');
  });
});

describe('seededOrder', () => {
  it('is a permutation, stable for a seed', () => {
    const order = seededOrder(4, 'learner-a:03/quiz#1');
    expect([...order].sort()).toEqual([0, 1, 2, 3]);
    expect(seededOrder(4, 'learner-a:03/quiz#1')).toEqual(order);
  });

  it('spreads the first option over every position across seeds', () => {
    const positions = new Map<number, number>();
    for (let s = 0; s < 3000; s += 1) {
      const at = seededOrder(3, `seed-${s}`).indexOf(0);
      positions.set(at, (positions.get(at) ?? 0) + 1);
    }
    expect([...positions.keys()].sort()).toEqual([0, 1, 2]);
    for (const count of positions.values()) expect(count).toBeGreaterThan(850);
  });
});
