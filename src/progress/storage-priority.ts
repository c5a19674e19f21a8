/**
 * Who gets the browser's storage first: the learner's progress (small, never to be lost) before sandbox
 * drafts (saved code, possibly large). Drafts are size-limited; when storage is full, the oldest drafts are
 * evicted to make room, for progress first and for newer drafts after it.
 */

/** The minimal Web Storage surface used here (`localStorage`, or a stand-in in tests). */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Keys of sandbox drafts start with this. */
export const DRAFT_PREFIX = 'lab:sandbox:';
/** When each draft was saved (ms since the epoch), to evict the oldest first. */
export const DRAFT_INDEX_KEY = 'lab:sandbox-saved:v1';
/** Characters one draft may have (about 100 KB): a lesson's code is a few KB; a pasted log is not code. */
export const MAX_DRAFT_CHARS = 100_000;
/** Characters all drafts together may use (about 1 MB of the usual 5 MB per site). */
export const MAX_DRAFTS_CHARS = 1_000_000;

type Index = Record<string, number>;

function readIndex(storage: DraftStorage): Index {
  try {
    const value: unknown = JSON.parse(storage.getItem(DRAFT_INDEX_KEY) ?? '{}');
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Index) : {};
  } catch {
    return {};
  }
}

/** Records that the draft under `key` was saved at `now` (ms), or forgets it (`now` undefined). */
export function touchDraft(storage: DraftStorage, key: string, now: number | undefined): void {
  const index = readIndex(storage);
  if (now === undefined) delete index[key];
  else index[key] = now;
  storage.setItem(DRAFT_INDEX_KEY, JSON.stringify(index));
}

/** Every draft with its size (characters) and save time (0 when unknown: saved by an older version). */
export function drafts(storage: DraftStorage): { key: string; chars: number; savedAt: number }[] {
  const index = readIndex(storage);
  const found: { key: string; chars: number; savedAt: number }[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(DRAFT_PREFIX)) continue;
    found.push({ key, chars: storage.getItem(key)?.length ?? 0, savedAt: index[key] ?? 0 });
  }
  return found.sort((a, b) => a.savedAt - b.savedAt);
}

/** Removes the oldest draft other than `keep`; false when there is none left to remove. */
export function evictOldestDraft(storage: DraftStorage, keep?: string): boolean {
  const oldest = drafts(storage).find((d) => d.key !== keep);
  if (!oldest) return false;
  storage.removeItem(oldest.key);
  try {
    touchDraft(storage, oldest.key, undefined);
  } catch {
    // The index is a hint; a stale entry is ignored.
  }
  return true;
}

/** Whether `error` is the browser saying storage is full. */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/**
 * Runs `write`; while it fails because storage is full, evicts the oldest draft (never `keep`) and tries
 * again. Throws the last error when no draft is left to evict, or when the error is not about space.
 */
export function writeWithRoom(storage: DraftStorage, write: () => void, keep?: string): void {
  for (;;) {
    try {
      write();
      return;
    } catch (error) {
      if (!isQuotaError(error) || !evictOldestDraft(storage, keep)) throw error;
    }
  }
}
