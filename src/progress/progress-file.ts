import { PROGRESS_VERSION, type ProgressState } from './progress-state.ts';

/** The `format` field of an exported progress file. */
export const PROGRESS_FILE_FORMAT = 'concurrency-lab-progress';
/** Largest file accepted, in characters: a whole course is a few hundred bytes. */
export const MAX_PROGRESS_FILE_CHARS = 100_000;
/** Most completed ids accepted (the course has a few dozen items). */
export const MAX_COMPLETED_IDS = 1_000;
/** What an item or lesson id looks like: `02-concurrency`, `02-concurrency/size-it`, `02-concurrency/quiz`. */
const ID = /^\d{2}-[a-z0-9-]+(\/[a-z0-9-]+)?$/;

/** An exported progress file: small JSON a learner can move to another browser or device. */
export interface ProgressFile {
  format: typeof PROGRESS_FILE_FORMAT;
  /** Shape version of the progress inside, {@link PROGRESS_VERSION}. */
  version: typeof PROGRESS_VERSION;
  /** When it was exported, ISO 8601. */
  exportedAt: string;
  completed: string[];
  lastLesson?: string;
}

/** The progress file text for `state`, exported at `now`. */
export function exportProgress(state: ProgressState, now: Date = new Date()): string {
  const file: ProgressFile = {
    format: PROGRESS_FILE_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: now.toISOString(),
    completed: [...state.completed],
    ...(state.lastLesson === undefined ? {} : { lastLesson: state.lastLesson }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The outcome of reading a progress file: its progress, or what is wrong with it in plain words. */
export type ReadProgressFile = { ok: true; state: ProgressState } | { ok: false; error: string };

const fail = (error: string): ReadProgressFile => ({
  ok: false,
  error: `This is not a progress file from this course: ${error}. Nothing was changed.`,
});

/** Reads an exported progress file, checking every field; never throws. */
export function readProgressFile(text: string): ReadProgressFile {
  if (text.length > MAX_PROGRESS_FILE_CHARS) {
    return fail(
      `it is ${Math.round(text.length / 1000)} KB, over the ${MAX_PROGRESS_FILE_CHARS / 1000} KB a progress file can be`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`it is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('it is not a JSON object');
  const { format, version, completed, lastLesson } = value as Record<string, unknown>;
  if (format !== PROGRESS_FILE_FORMAT)
    return fail(`its "format" must be "${PROGRESS_FILE_FORMAT}", got ${JSON.stringify(format) ?? 'nothing'}`);
  if (version !== PROGRESS_VERSION)
    return fail(`its "version" must be ${PROGRESS_VERSION}, got ${JSON.stringify(version) ?? 'nothing'}`);
  if (!Array.isArray(completed)) return fail('its "completed" must be a list of ids');
  if (completed.length > MAX_COMPLETED_IDS)
    return fail(`its "completed" has ${completed.length} ids, at most ${MAX_COMPLETED_IDS} are allowed`);
  const bad = completed.findIndex((id) => typeof id !== 'string' || !ID.test(id));
  if (bad >= 0)
    return fail(
      `completed[${bad}] must be an id like "02-concurrency/size-it", got ${JSON.stringify(completed[bad])}`,
    );
  if (lastLesson !== undefined && (typeof lastLesson !== 'string' || !ID.test(lastLesson))) {
    return fail(
      `its "lastLesson" must be a lesson folder like "02-concurrency", got ${JSON.stringify(lastLesson)}`,
    );
  }
  const ids = [...new Set(completed as string[])];
  return {
    ok: true,
    state: { version: PROGRESS_VERSION, completed: ids, ...(lastLesson === undefined ? {} : { lastLesson }) },
  };
}
