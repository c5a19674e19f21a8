import { EMPTY_PROGRESS, PROGRESS_KEY, type ProgressState, parseProgress } from './progress-state.ts';
import { writeWithRoom } from './storage-priority.ts';
import { warnOnce } from './warn-once.ts';

export { PROGRESS_KEY, type ProgressState } from './progress-state.ts';

/**
 * The part of the Web Storage API the store uses (`localStorage`, or a stand-in in tests). With `key` and
 * `length` the store can also evict sandbox drafts to make room for progress (see storage-priority.ts).
 */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> &
  Partial<Pick<Storage, 'key' | 'length'>>;

/** Learner progress: completed exercises, quizzes and lessons, kept in `localStorage` when it works. */
export interface ProgressStore {
  /** Records an item (`02-concurrency/size-it`, `02-concurrency/quiz`) or a lesson folder as complete. */
  markComplete(id: string): void;
  /** Whether an item or lesson folder has been recorded as complete. */
  isComplete(id: string): boolean;
  /**
   * Whether a lesson is complete: all its items are, given the ids known at build time. A lesson without
   * items is complete once recorded with `markComplete(lesson)` (the shell does so when it is opened).
   */
  isLessonComplete(lesson: string, items: readonly string[]): boolean;
  /** Remembers the lesson folder the learner is on, for "continue where you left off". */
  markVisited(lesson: string): void;
  /** The current state (a snapshot; never mutate it). */
  state(): ProgressState;
  /** Calls `listener` after every change (including `reset`); returns a function that unsubscribes. */
  subscribe(listener: (state: ProgressState) => void): () => void;
  /** Forgets everything, and tries to use storage again if it had failed. */
  reset(): void;
  /**
   * Adds imported progress to the current one: completed items are merged (nothing is forgotten), the last
   * lesson is taken from `imported` when it has one.
   */
  merge(imported: ProgressState): void;
  /** `false` when progress lives in memory only (storage missing, throwing or holding unreadable data). */
  readonly persistent: boolean;
  /**
   * Why the last change could not be saved, in plain words for the learner; `undefined` when it was saved.
   * The store keeps trying on every later change.
   */
  readonly saveProblem: string | undefined;
}

/**
 * Creates a store over `storage`. Storage that throws, or holds data this version cannot read, never breaks
 * the page: the store keeps an empty in-memory state and says so once with `console.warn`.
 */
export function createProgressStore(
  storage: ProgressStorage | undefined,
  /** Where the one-time fallback notice goes; each distinct message is passed once. */
  warn: (message: string) => void = warnOnce,
): ProgressStore {
  const listeners = new Set<(state: ProgressState) => void>();
  let persistent = storage !== undefined;
  let current: ProgressState = EMPTY_PROGRESS;
  let saveProblem: string | undefined;
  let readable = true;

  const fallBack = (why: string) => {
    persistent = false;
    warn(`Concurrency Lab: ${why}; progress is kept in memory for this page only.`);
  };

  if (storage) {
    try {
      const raw = storage.getItem(PROGRESS_KEY);
      if (raw !== null) {
        const parsed = parseProgress(raw);
        if (parsed) current = parsed;
        else {
          readable = false;
          fallBack('stored progress is unreadable (use "Reset progress" to start again)');
        }
      }
    } catch (error) {
      fallBack(`storage is unavailable (${String(error)})`);
    }
  } else {
    fallBack('storage is unavailable');
  }

  const save = (target: ProgressStorage, text: string) => {
    const { key } = target;
    const write = () => target.setItem(PROGRESS_KEY, text);
    // Progress comes before saved code: when storage is full, the oldest sandbox drafts make room.
    if (typeof key === 'function' && typeof target.length === 'number') {
      const view = {
        getItem: (k: string) => target.getItem(k),
        setItem: (k: string, v: string) => target.setItem(k, v),
        removeItem: (k: string) => target.removeItem(k),
        key: (i: number) => key.call(target, i),
        get length() {
          return target.length ?? 0;
        },
      };
      writeWithRoom(view, write);
    } else write();
  };

  const commit = (next: ProgressState) => {
    current = next;
    // Unreadable stored data is never overwritten silently (Reset does that); anything else is retried on
    // every change, so a write that failed once (a full quota) is not the end of saving.
    if (storage && readable) {
      try {
        save(storage, JSON.stringify(next));
        persistent = true;
        saveProblem = undefined;
      } catch (error) {
        saveProblem =
          'Your progress could not be saved in this browser (its storage is full or blocked). It is kept while this page is open; export it to keep it.';
        fallBack(`progress could not be saved (${String(error)})`);
      }
    }
    for (const listener of listeners) listener(current);
  };

  const isComplete = (id: string) => current.completed.includes(id);

  return {
    markComplete(id) {
      if (!isComplete(id)) commit({ ...current, completed: [...current.completed, id] });
    },
    isComplete,
    isLessonComplete(lesson, items) {
      return items.length === 0 ? isComplete(lesson) : items.every(isComplete);
    },
    markVisited(lesson) {
      if (current.lastLesson !== lesson) commit({ ...current, lastLesson: lesson });
    },
    state: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset() {
      if (storage) {
        try {
          storage.removeItem(PROGRESS_KEY);
          persistent = true;
          readable = true;
        } catch {
          persistent = false;
        }
      }
      commit(EMPTY_PROGRESS);
    },
    merge(imported) {
      const completed = [...new Set([...current.completed, ...imported.completed])];
      const lastLesson = imported.lastLesson ?? current.lastLesson;
      commit({ ...current, completed, ...(lastLesson === undefined ? {} : { lastLesson }) });
    },
    get persistent() {
      return persistent;
    },
    get saveProblem() {
      return saveProblem;
    },
  };
}

function browserStorage(): ProgressStorage | undefined {
  // The shell's ThemeProvider swaps blocked storage for an in-memory stand-in and flags it here.
  if (globalThis.document?.documentElement.dataset['storage'] === 'memory') return undefined;
  try {
    // Reading the property itself throws in some private modes and sandboxed frames.
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

let shared: ProgressStore | undefined;

/** The page's one progress store (created on first use, over `localStorage`). Browser only. */
export function progress(): ProgressStore {
  shared ??= createProgressStore(browserStorage());
  return shared;
}

/** Marks an exercise, quiz or lesson complete in the page's store. */
export const markComplete = (id: string): void => progress().markComplete(id);
/** Whether an exercise, quiz or lesson is complete in the page's store. */
export const isComplete = (id: string): boolean => progress().isComplete(id);
/** Subscribes to changes of the page's store; returns the unsubscribe function. */
export const subscribe = (listener: (state: ProgressState) => void): (() => void) =>
  progress().subscribe(listener);
/** Forgets all progress in the page's store. */
export const reset = (): void => progress().reset();
