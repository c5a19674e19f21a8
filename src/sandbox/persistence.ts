import {
  DRAFT_PREFIX,
  drafts,
  evictOldestDraft,
  isQuotaError,
  MAX_DRAFT_CHARS,
  MAX_DRAFTS_CHARS,
  touchDraft,
  writeWithRoom,
} from '~/progress/storage-priority.ts';
import { hashString } from './hash.ts';

/** The slice of the Web Storage API persistence needs (so tests can pass a fake, or a throwing one). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = DRAFT_PREFIX;

/**
 * What happened to a save: `saved`, `cleared` (the code is the starter again), `too-large` (over
 * MAX_DRAFT_CHARS; the previous draft is kept), `full` (storage full even after evicting older drafts),
 * `unavailable` (no storage, or it throws).
 */
export type SaveOutcome = 'saved' | 'cleared' | 'too-large' | 'full' | 'unavailable';

/** What to tell the learner when their code was not saved (undefined when it was). */
export function saveNotice(outcome: SaveOutcome, chars: number): string | undefined {
  switch (outcome) {
    case 'too-large':
      return `Your code is not saved: at ${Math.round(chars / 1000).toLocaleString('en-US')} KB it is over the ${MAX_DRAFT_CHARS / 1000} KB kept per exercise. It stays here until you reload; your progress is saved as usual.`;
    case 'full':
      return "Your code is not saved: this browser's storage is full. It stays here until you reload; your progress is saved first.";
    case 'unavailable':
      return 'Your code is not saved: this browser does not let the course store anything.';
    default:
      return undefined;
  }
}

/**
 * Storage key for a sandbox's edits: the exercise id plus a hash of its starter, so that a changed
 * starter (the lesson was updated) no longer matches and stale edits are ignored.
 */
export function editsKey(exerciseId: string, starter: string): string {
  return `${PREFIX}${exerciseId}:${hashString(starter)}`;
}

/**
 * Saved edits for one sandbox. Every storage call is guarded: private mode, a full quota, a
 * `localStorage` blocked by settings, or cleared storage only make persistence a no-op.
 */
export class EditStore {
  readonly #store: KeyValueStore | undefined;
  readonly #key: string;
  readonly #exercisePrefix: string;
  readonly #starter: string;

  constructor(exerciseId: string, starter: string, store: KeyValueStore | undefined) {
    this.#store = store;
    this.#key = editsKey(exerciseId, starter);
    this.#exercisePrefix = `${PREFIX}${exerciseId}:`;
    this.#starter = starter;
  }

  /** The saved code, or `undefined` when none was saved for this starter. */
  load(): string | undefined {
    try {
      return this.#store?.getItem(this.#key) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Saves `code`; code equal to the starter removes the entry. Drops entries for older starters. Drafts are
   * limited to MAX_DRAFT_CHARS each and MAX_DRAFTS_CHARS together: the oldest other drafts are evicted to
   * stay under it, and when storage is full. Never throws.
   */
  save(code: string): SaveOutcome {
    const store = this.#store;
    if (!store) return 'unavailable';
    try {
      this.#dropStale();
      if (code === this.#starter) {
        store.removeItem(this.#key);
        touchDraft(store, this.#key, undefined);
        return 'cleared';
      }
      if (code.length > MAX_DRAFT_CHARS) return 'too-large';
      const others = () => drafts(store).reduce((sum, d) => sum + (d.key === this.#key ? 0 : d.chars), 0);
      while (others() + code.length > MAX_DRAFTS_CHARS) {
        if (!evictOldestDraft(store, this.#key)) break;
      }
      writeWithRoom(store, () => store.setItem(this.#key, code), this.#key);
      writeWithRoom(store, () => touchDraft(store, this.#key, Date.now()), this.#key);
      return 'saved';
    } catch (error) {
      return isQuotaError(error) ? 'full' : 'unavailable';
    }
  }

  #dropStale(): void {
    const store = this.#store;
    if (!store) return;
    const stale: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(this.#exercisePrefix) && key !== this.#key) stale.push(key);
    }
    for (const key of stale) store.removeItem(key);
  }
}

/** `window.localStorage`, or `undefined` where touching it throws (sandboxed or disabled storage). */
export function browserStorage(): KeyValueStore | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
