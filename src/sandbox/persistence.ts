import { hashString } from './hash.ts';

/** The slice of the Web Storage API persistence needs (so tests can pass a fake, or a throwing one). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'lab:sandbox:';

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

  /** Saves `code`; code equal to the starter removes the entry. Drops entries for older starters. */
  save(code: string): void {
    try {
      if (!this.#store) return;
      if (code === this.#starter) this.#store.removeItem(this.#key);
      else this.#store.setItem(this.#key, code);
      this.#dropStale();
    } catch {
      // Quota exceeded or storage disabled: edits simply are not kept.
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
