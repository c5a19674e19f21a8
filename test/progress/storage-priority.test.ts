import { describe, expect, it } from 'vitest';
import { DRAFT_PREFIX, evictOldestDraft, touchDraft, writeWithRoom } from '~/progress/storage-priority.ts';
import { createProgressStore, PROGRESS_KEY } from '~/progress/store.ts';
import { EditStore } from '~/sandbox/persistence.ts';

/** A Storage stand-in with a quota in characters (keys and values), throwing like a browser when full. */
class QuotaStorage {
  readonly data = new Map<string, string>();
  readonly quota: number;
  constructor(quota: number) {
    this.quota = quota;
  }
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const used = [...this.data].reduce(
      (n, [key, value]) => n + (key === k ? 0 : key.length + value.length),
      0,
    );
    if (used + k.length + v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

describe('storage priority', () => {
  it('never loses a completion to drafts that filled storage: the oldest drafts make room', () => {
    const storage = new QuotaStorage(60_000);
    for (let i = 0; i < 3; i++) new EditStore(`l/e${i}`, 's', storage).save(`${i}`.repeat(19_900));
    const store = createProgressStore(storage, () => undefined);
    store.markComplete('02-concurrency/size-it');
    expect(store.saveProblem).toBeUndefined();
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '{}').completed).toEqual(['02-concurrency/size-it']);
    // The oldest draft went first; the newest is still there.
    expect(new EditStore('l/e0', 's', storage).load()).toBeUndefined();
    expect(new EditStore('l/e2', 's', storage).load()).toBe('2'.repeat(19_900));
    expect(createProgressStore(storage).isComplete('02-concurrency/size-it')).toBe(true);
  });

  it('tells the learner when progress cannot be saved, and saves it once there is room again', () => {
    const storage = new QuotaStorage(200);
    storage.data.set('someone-else', 'x'.repeat(190));
    const store = createProgressStore(storage, () => undefined);
    store.markComplete('a/quiz');
    expect(store.saveProblem).toMatch(/could not be saved.*export it/);
    expect(store.isComplete('a/quiz')).toBe(true);
    storage.removeItem('someone-else');
    store.markComplete('b/quiz');
    expect(store.saveProblem).toBeUndefined();
    expect(JSON.parse(storage.getItem(PROGRESS_KEY) ?? '{}').completed).toEqual(['a/quiz', 'b/quiz']);
  });

  it('evicts drafts oldest first and never the one being kept', () => {
    const storage = new QuotaStorage(1_000_000);
    for (const [key, at] of [
      ['a', 3],
      ['b', 1],
      ['c', 2],
    ] as const) {
      storage.setItem(`${DRAFT_PREFIX}${key}`, key);
      touchDraft(storage, `${DRAFT_PREFIX}${key}`, at);
    }
    expect(evictOldestDraft(storage, `${DRAFT_PREFIX}b`)).toBe(true);
    expect(storage.getItem(`${DRAFT_PREFIX}c`)).toBeNull();
    expect(storage.getItem(`${DRAFT_PREFIX}b`)).toBe('b');
  });

  it('rethrows errors that are not about space, without evicting anything', () => {
    const storage = new QuotaStorage(1_000);
    storage.setItem(`${DRAFT_PREFIX}x`, 'x');
    const denied = new DOMException('denied', 'SecurityError');
    expect(() =>
      writeWithRoom(storage, () => {
        throw denied;
      }),
    ).toThrow(denied);
    expect(storage.getItem(`${DRAFT_PREFIX}x`)).toBe('x');
  });
});
