import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/sandbox/format-value.ts';
import { serialize } from '../../src/sandbox/serialize.ts';

const print = (value: unknown) => formatValue(serialize(value));

describe('serialize and formatValue', () => {
  it.each([
    [42, '42'],
    ['text', 'text'],
    [null, 'null'],
    [undefined, 'undefined'],
    [10n, '10n'],
    [-0, '-0'],
    [[1, 'a'], '[1, "a"]'],
    [{ a: 1, 'b-c': [true] }, '{ a: 1, "b-c": [true] }'],
    [new Map([['k', 1]]), 'Map(1) { "k" => 1 }'],
    [new Set([1, 2]), 'Set(2) { 1, 2 }'],
    [new RangeError('bad'), 'RangeError: bad'],
    [function named() {}, '[Function named]'],
  ])('prints %o as %s', (value, text) => {
    expect(print(value)).toBe(text);
  });

  it('marks cycles instead of recursing', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    expect(print(a)).toBe('{ name: "a", self: [Circular] }');
  });

  it('repeats a shared (non-cyclic) reference', () => {
    const shared = { x: 1 };
    expect(print([shared, shared])).toBe('[{ x: 1 }, { x: 1 }]');
  });

  it('caps big arrays and counts the rest', () => {
    const value = serialize(
      Array.from({ length: 1_000_000 }, (_, i) => i),
      { maxItems: 3, maxDepth: 5, maxString: 100 },
    );
    expect(value).toMatchObject({ kind: 'array', length: 1_000_000 });
    expect(formatValue(value)).toBe('[0, 1, 2, … 999997 more]');
  });

  it('elides nesting past the depth limit', () => {
    expect(formatValue(serialize({ a: { b: { c: 1 } } }, { maxItems: 10, maxDepth: 2, maxString: 10 }))).toBe(
      '{ a: { b: […] } }',
    );
  });

  it('survives a throwing getter', () => {
    const hostile = {
      get boom() {
        throw new Error('no');
      },
    };
    expect(print(hostile)).toBe('{ boom: SerializeError: no }');
  });

  it('breaks long values over several lines', () => {
    const text = print({ first: 'x'.repeat(40), second: 'y'.repeat(40) });
    expect(text.split('\n')).toHaveLength(4);
  });
});
