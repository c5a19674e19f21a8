import { describe, expect, it } from 'vitest';
import { DRAFT_PREFIX, MAX_DRAFT_CHARS, MAX_DRAFTS_CHARS } from '~/progress/storage-priority.ts';
import { EditStore, editsKey, type KeyValueStore, saveNotice } from '../../src/sandbox/persistence.ts';

class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
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
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

/** Drafts in the store (the save-time index beside them is not one). */
const draftCount = (store: MemoryStore) =>
  [...store.data.keys()].filter((k) => k.startsWith(DRAFT_PREFIX)).length;

const throwing: KeyValueStore = {
  get length(): number {
    throw new DOMException('denied', 'SecurityError');
  },
  key: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

describe('EditStore', () => {
  it('keys edits by exercise and starter', () => {
    expect(editsKey('a/b', 'one')).not.toBe(editsKey('a/b', 'two'));
    expect(editsKey('a/b', 'one')).not.toBe(editsKey('a/c', 'one'));
  });

  it('restores edits for the same starter', () => {
    const store = new MemoryStore();
    new EditStore('a/b', 'starter', store).save('edited');
    expect(new EditStore('a/b', 'starter', store).load()).toBe('edited');
  });

  it('drops edits when the starter changed', () => {
    const store = new MemoryStore();
    new EditStore('a/b', 'starter v1', store).save('edited');
    const updated = new EditStore('a/b', 'starter v2', store);
    expect(updated.load()).toBeUndefined();
    updated.save('new edit');
    expect(draftCount(store)).toBe(1);
  });

  it('forgets the entry when the code is back to the starter', () => {
    const store = new MemoryStore();
    const edits = new EditStore('a/b', 'starter', store);
    edits.save('edited');
    edits.save('starter');
    expect(draftCount(store)).toBe(0);
  });

  it('does not touch other exercises', () => {
    const store = new MemoryStore();
    new EditStore('a/b', 's', store).save('x');
    new EditStore('a/bc', 's', store).save('y');
    expect(draftCount(store)).toBe(2);
  });

  it('treats throwing or missing storage as no storage', () => {
    for (const store of [throwing, undefined]) {
      const edits = new EditStore('a/b', 'starter', store);
      expect(() => edits.save('edited')).not.toThrow();
      expect(edits.load()).toBeUndefined();
    }
  });

  it('refuses a draft over the per-exercise limit, keeps the previous one, and says why', () => {
    const store = new MemoryStore();
    const edits = new EditStore('a/b', 'starter', store);
    expect(edits.save('my code')).toBe('saved');
    const pasted = 'log line\n'.repeat(MAX_DRAFT_CHARS / 5);
    expect(edits.save(pasted)).toBe('too-large');
    expect(edits.load()).toBe('my code');
    expect(saveNotice('too-large', pasted.length)).toMatch(/not saved.*over the 100 KB/);
  });

  it('evicts the oldest drafts to keep all drafts under their total limit', () => {
    const store = new MemoryStore();
    const big = (c: string) => c.repeat(MAX_DRAFT_CHARS - 10);
    const count = Math.ceil(MAX_DRAFTS_CHARS / MAX_DRAFT_CHARS) + 2;
    for (let i = 0; i < count; i++)
      expect(new EditStore(`l/e${i}`, 's', store).save(big(String(i % 10)))).toBe('saved');
    const total = [...store.data]
      .filter(([k]) => k.startsWith(DRAFT_PREFIX))
      .reduce((n, [, v]) => n + v.length, 0);
    expect(total).toBeLessThanOrEqual(MAX_DRAFTS_CHARS);
    expect(new EditStore('l/e0', 's', store).load()).toBeUndefined();
    expect(new EditStore(`l/e${count - 1}`, 's', store).load()).toBe(big(String((count - 1) % 10)));
  });

  it('says plainly when storage is full even after evicting', () => {
    const edits = new EditStore('a/b', 'starter', throwing);
    expect(edits.save('edited')).toBe('unavailable');
    expect(saveNotice('full', 10)).toMatch(/storage is full/);
  });
});
