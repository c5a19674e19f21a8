import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readShared, shareUrl } from '../../src/sandbox/share-codec.ts';

describe('share codec', () => {
  it('round-trips any code through the URL', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme' }), (code) => {
        const url = shareUrl('https://lab.example/lessons/02-concurrency/#intro', {
          exerciseId: '02-concurrency/size-it',
          code,
        });
        expect(readShared(new URL(url).hash)).toEqual({ exerciseId: '02-concurrency/size-it', code });
      }),
    );
  });

  it('keeps the rest of the hash', () => {
    const url = shareUrl('https://lab.example/x/#other=1', { exerciseId: 'a/b', code: 'x' });
    expect(new URLSearchParams(new URL(url).hash.slice(1)).get('other')).toBe('1');
  });

  it.each(['', '#', '#sb=', '#sb=noseparator', '#sb=a/b~%%%', '#other=1'])('ignores %s', (hash) => {
    expect(readShared(hash)).toBeUndefined();
  });
});
