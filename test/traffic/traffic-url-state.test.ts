import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  decodeTrafficState,
  encodeTrafficState,
  MAX_PARAM_CHARS,
} from '../../src/traffic/traffic-url-state.ts';

describe('the "Your traffic" link', () => {
  it('round-trips both sides’ settings and a small file', () => {
    const state = {
      v: 1 as const,
      a: { memoryMb: '512', method: 'fast' },
      b: { architecture: 'arm64' },
      file: { name: 'f.csv', text: 'Label,Invocations\n2026-11-02 00:00:00,5\n' },
    };
    const encoded = encodeTrafficState(state);
    if (!encoded.ok) throw new Error(encoded.reason);
    expect(decodeTrafficState(encoded.value)).toEqual({ ok: true, state });
  });

  it('refuses a file too big for a link, naming the limit', () => {
    // Pseudo-random digits (an LCG) do not compress below the limit.
    let x = 1;
    const text = Array.from({ length: 40_000 }, () => {
      x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
      return Math.floor((x / 2 ** 31) * 10);
    }).join('');
    const encoded = encodeTrafficState({ v: 1, a: {}, file: { name: 'big.csv', text } });
    expect(encoded).toMatchObject({ ok: false, reason: expect.stringMatching(/at most 16 k/) });
  });

  it.each([
    ['oversized data', 'A'.repeat(MAX_PARAM_CHARS + 1), /over the 16,000 a link may carry/],
    ['not compressed', 'garbage!!', /not settings this page wrote/],
    ['no version', compressToEncodedURIComponent('{"a":{}}'), /no version 1 marker/],
    [
      'a file without text',
      compressToEncodedURIComponent('{"v":1,"a":{},"file":{"name":"x"}}'),
      /file is not a name and a text/,
    ],
  ])('refuses a bad payload (%s) with the reason', (_, value, reason) => {
    const decoded = decodeTrafficState(value);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toMatch(reason);
  });

  it('drops unknown keys and non-string or long values', () => {
    const value = compressToEncodedURIComponent(
      JSON.stringify({ v: 1, a: { memoryMb: '256', evil: 'x', idleMinutes: 5, runtime: 'y'.repeat(41) } }),
    );
    expect(decodeTrafficState(value)).toEqual({ ok: true, state: { v: 1, a: { memoryMb: '256' } } });
  });
});
