/** Bumped when the stored shape changes; older data is then ignored rather than misread. */
export const PROGRESS_VERSION = 1;

/** The `localStorage` key, versioned so a new shape never reads an old one. */
export const PROGRESS_KEY = `concurrency-lab:progress:v${PROGRESS_VERSION}`;

/** What the store remembers for a learner. */
export interface ProgressState {
  /** Shape version, always {@link PROGRESS_VERSION}. */
  readonly version: typeof PROGRESS_VERSION;
  /** Completed item ids: `<lesson-folder>/<exercise>`, `<lesson-folder>/quiz`, or a lesson folder. */
  readonly completed: readonly string[];
  /** The lesson folder last opened, for "continue where you left off". */
  readonly lastLesson?: string;
}

/** A learner who has not started. */
export const EMPTY_PROGRESS: ProgressState = { version: PROGRESS_VERSION, completed: [] };

/** Reads stored JSON into a state, or returns `undefined` when it is not one this version wrote. */
export function parseProgress(json: string): ProgressState | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, completed, lastLesson } = value as Record<string, unknown>;
  if (version !== PROGRESS_VERSION || !Array.isArray(completed)) return undefined;
  if (!completed.every((id) => typeof id === 'string')) return undefined;
  if (lastLesson !== undefined && typeof lastLesson !== 'string') return undefined;
  return lastLesson === undefined
    ? { version, completed: [...completed] }
    : { version, completed: [...completed], lastLesson };
}
