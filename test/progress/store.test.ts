import { describe, expect, it, vi } from 'vitest';
import { createProgressStore, PROGRESS_KEY, type ProgressStorage } from '~/progress/store.ts';
import { createWarnOnce } from '~/progress/warn-once.ts';

/** An in-memory Storage stand-in; `fail` makes chosen methods throw like private mode or a full quota. */
function memoryStorage(
  initial: Record<string, string> = {},
  fail: Partial<Record<keyof ProgressStorage, Error>> = {},
) {
  const data = new Map(Object.entries(initial));
  const storage: ProgressStorage = {
    getItem(key) {
      if (fail.getItem) throw fail.getItem;
      return data.get(key) ?? null;
    },
    setItem(key, value) {
      if (fail.setItem) throw fail.setItem;
      data.set(key, value);
    },
    removeItem(key) {
      if (fail.removeItem) throw fail.removeItem;
      data.delete(key);
    },
  };
  return { storage, data };
}

describe('progress store', () => {
  it('records completed items under a versioned key and reads them back', () => {
    const { storage, data } = memoryStorage();
    const store = createProgressStore(storage);
    store.markComplete('02-concurrency/size-it');
    expect(PROGRESS_KEY).toMatch(/:v1$/);
    expect(JSON.parse(data.get(PROGRESS_KEY) ?? '')).toEqual({
      version: 1,
      completed: ['02-concurrency/size-it'],
    });
    expect(createProgressStore(storage).isComplete('02-concurrency/size-it')).toBe(true);
    expect(store.persistent).toBe(true);
  });

  it('completes a lesson when all its items are complete', () => {
    const store = createProgressStore(memoryStorage().storage);
    const items = ['02-concurrency/size-it', '02-concurrency/quiz'];
    store.markComplete('02-concurrency/quiz');
    expect(store.isLessonComplete('02-concurrency', items)).toBe(false);
    store.markComplete('02-concurrency/size-it');
    expect(store.isLessonComplete('02-concurrency', items)).toBe(true);
  });

  it('completes a lesson without items only when the lesson itself is marked', () => {
    const store = createProgressStore(memoryStorage().storage);
    expect(store.isLessonComplete('01-compute-spectrum', [])).toBe(false);
    store.markComplete('01-compute-spectrum');
    expect(store.isLessonComplete('01-compute-spectrum', [])).toBe(true);
  });

  it('notifies subscribers of changes until they unsubscribe, and not for no-op marks', () => {
    const store = createProgressStore(memoryStorage().storage);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.markComplete('a/quiz');
    store.markComplete('a/quiz');
    store.markVisited('a');
    unsubscribe();
    store.markComplete('b/quiz');
    expect(listener).toHaveBeenCalledTimes(2);
    expect(listener.mock.lastCall?.[0]).toEqual({ version: 1, completed: ['a/quiz'], lastLesson: 'a' });
  });

  it('reset forgets everything and clears storage', () => {
    const { storage, data } = memoryStorage();
    const store = createProgressStore(storage);
    store.markComplete('a/quiz');
    store.markVisited('a');
    store.reset();
    expect(store.state()).toEqual({ version: 1, completed: [] });
    expect(JSON.parse(data.get(PROGRESS_KEY) ?? '')).toEqual({ version: 1, completed: [] });
  });

  describe.each([
    ['corrupt JSON', memoryStorage({ [PROGRESS_KEY]: '{not json' }).storage, /unreadable/],
    [
      'a wrong shape',
      memoryStorage({ [PROGRESS_KEY]: '{"version":1,"completed":"all"}' }).storage,
      /unreadable/,
    ],
    [
      'storage that throws on read',
      memoryStorage({}, { getItem: new Error('SecurityError') }).storage,
      /unavailable/,
    ],
    ['no storage at all', undefined, /unavailable/],
  ])('with %s', (_name, storage, why) => {
    it('starts empty in memory and warns once, without throwing', () => {
      const log = vi.fn();
      const warn = createWarnOnce(log);
      const store = createProgressStore(storage, warn);
      createProgressStore(storage, warn);
      expect(store.persistent).toBe(false);
      expect(store.state().completed).toEqual([]);
      store.markComplete('a/quiz');
      expect(store.isComplete('a/quiz')).toBe(true);
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0]?.[0]).toMatch(why);
    });
  });

  it('keeps working in memory when a write fails (quota), and says so', () => {
    const log = vi.fn();
    const failing = memoryStorage({}, { setItem: new Error('QuotaExceededError') }).storage;
    const store = createProgressStore(failing, createWarnOnce(log));
    store.markComplete('a/quiz');
    store.markComplete('b/quiz');
    expect(store.isComplete('a/quiz')).toBe(true);
    expect(store.persistent).toBe(false);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]?.[0]).toMatch(/could not be saved/);
  });
});
