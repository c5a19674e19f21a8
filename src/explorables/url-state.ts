import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { ControlValues } from './controls.ts';
import { sanitizeValues } from './sanitize-values.ts';

/** What a playground keeps in the URL: the learner's control values for each side. */
export interface PlaygroundUrlState {
  /** Version of this format, so old links can be recognised. */
  v: 1;
  /** Values for the main scenario. */
  a: ControlValues;
  /** Values for the compared scenario, if the playground compares two. */
  b?: ControlValues;
}

/** The query parameter that holds one playground's state: `pg-<id>`. */
export function paramName(id: string): string {
  return `pg-${id}`;
}

/** Compresses a state into a URL-safe string (lz-string). */
export function encodeState(state: PlaygroundUrlState): string {
  return compressToEncodedURIComponent(JSON.stringify(state));
}

/**
 * Reads a state back from its URL string. Anything that is not a state this version wrote is rejected with
 * a message (the caller warns and ignores it); unknown control keys and non-numeric values are dropped.
 */
export function decodeState(
  text: string,
): { ok: true; state: PlaygroundUrlState } | { ok: false; reason: string } {
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(text);
  } catch {
    json = null;
  }
  if (!json) return { ok: false, reason: 'it is not lz-string compressed data' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'it is not JSON' };
  }
  if (parsed === null || typeof parsed !== 'object' || (parsed as { v?: unknown }).v !== 1) {
    return { ok: false, reason: 'it has no version 1 marker' };
  }
  const { a, b } = parsed as { a?: unknown; b?: unknown };
  const state: PlaygroundUrlState = { v: 1, a: sanitizeValues(a) };
  if (b !== undefined) state.b = sanitizeValues(b);
  return { ok: true, state };
}

/**
 * Reads the state of playground `id` from a URL's query string. A missing parameter gives `undefined`;
 * a broken one also gives `undefined` after `warn` names the parameter and why it was ignored.
 */
export function readUrlState(
  search: string,
  id: string,
  warn: (message: string) => void = console.warn,
): PlaygroundUrlState | undefined {
  const raw = new URLSearchParams(search).get(paramName(id));
  if (raw === null || raw === '') return undefined;
  const decoded = decodeState(raw);
  if (decoded.ok) return decoded.state;
  warn(`Ignoring URL parameter ${paramName(id)} for playground "${id}": ${decoded.reason}.`);
  return undefined;
}

/**
 * The URL with playground `id`'s state written in (or removed when `state` is undefined or holds no
 * values), keeping every other parameter and the hash.
 */
export function writeUrlState(href: string, id: string, state: PlaygroundUrlState | undefined): string {
  const url = new URL(href);
  const empty = !state || (Object.keys(state.a).length === 0 && Object.keys(state.b ?? {}).length === 0);
  if (empty) url.searchParams.delete(paramName(id));
  else url.searchParams.set(paramName(id), encodeState(state));
  return url.toString();
}
