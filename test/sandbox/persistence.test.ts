import { describe, expect, it } from 'vitest';
import { EditStore, editsKey, type KeyValueStore } from '../../src/sandbox/persistence.ts';

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
    expect(store.data.size).toBe(1);
  });

  it('forgets the entry when the code is back to the starter', () => {
    const store = new MemoryStore();
    const edits = new EditStore('a/b', 'starter', store);
    edits.save('edited');
    edits.save('starter');
    expect(store.data.size).toBe(0);
  });

  it('does not touch other exercises', () => {
    const store = new MemoryStore();
    new EditStore('a/b', 's', store).save('x');
    new EditStore('a/bc', 's', store).save('y');
    expect(store.data.size).toBe(2);
  });

  it('treats throwing or missing storage as no storage', () => {
    for (const store of [throwing, undefined]) {
      const edits = new EditStore('a/b', 'starter', store);
      expect(() => edits.save('edited')).not.toThrow();
      expect(edits.load()).toBeUndefined();
    }
  });
});
