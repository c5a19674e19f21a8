import { describe, expect, it, vi } from 'vitest';
import { decodeState, encodeState, paramName, readUrlState, writeUrlState } from '~/explorables/url-state.ts';

describe('URL state', () => {
  it('round-trips control values for both sides', () => {
    const state = { v: 1 as const, a: { ratePerSecond: 12.5, runtime: 'python3.13' }, b: { seed: 9 } };
    const href = writeUrlState('https://lab.example/lessons/02/?x=1#part', 'l2-burst', state);
    const url = new URL(href);
    expect(url.searchParams.get('x')).toBe('1');
    expect(url.hash).toBe('#part');
    expect(readUrlState(url.search, 'l2-burst')).toEqual(state);
  });

  it('keeps each playground under its own parameter', () => {
    let href = writeUrlState('https://lab.example/p', 'one', { v: 1, a: { seed: 1 } });
    href = writeUrlState(href, 'two', { v: 1, a: { seed: 2 } });
    const search = new URL(href).search;
    expect(readUrlState(search, 'one')?.a).toEqual({ seed: 1 });
    expect(readUrlState(search, 'two')?.a).toEqual({ seed: 2 });
  });

  it('removes the parameter when nothing is changed', () => {
    const href = writeUrlState('https://lab.example/p?pg-one=abc', 'one', { v: 1, a: {} });
    expect(new URL(href).searchParams.has(paramName('one'))).toBe(false);
  });

  it('returns undefined without warning when the parameter is absent', () => {
    const warn = vi.fn();
    expect(readUrlState('?other=1', 'one', warn)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['garbage', '%%%not-lz'],
    ['not JSON', encodeURIComponent('@@')],
    ['wrong version', encodeState({ v: 2 } as never)],
  ])('ignores a broken parameter (%s) with a warning naming it', (_name, raw) => {
    const warn = vi.fn();
    expect(readUrlState(`?pg-l2=${raw}`, 'l2', warn)).toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toContain('pg-l2');
  });

  it('drops unknown keys and non-finite values', () => {
    const text = encodeState({ v: 1, a: { seed: 3, bogus: 1, ratePerSecond: Number.NaN } } as never);
    const decoded = decodeState(text);
    expect(decoded).toEqual({ ok: true, state: { v: 1, a: { seed: 3 } } });
  });
});
