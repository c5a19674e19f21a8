import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { paramName } from '../explorables/url-state.ts';
import { sanitizeSettings, type TrafficSettings } from './traffic-settings.ts';

/** The query parameter of the "Your traffic" page (`pg-your-traffic`, like a playground's). */
export const TRAFFIC_PARAM = paramName('your-traffic');
/** Longest parameter read back, characters (settings take ~150; a shared file fills the rest). */
export const MAX_PARAM_CHARS = 16_000;

/** What a shared link holds: each side's settings, and a file only when the learner asked to include it. */
export interface TrafficUrlState {
  v: 1;
  a: TrafficSettings;
  b?: TrafficSettings;
  /** The file's text and name. */
  file?: { name: string; text: string };
}

/** The parameter's value for a state, or an error when it is too long for a link (a file too big). */
export function encodeTrafficState(
  state: TrafficUrlState,
): { ok: true; value: string } | { ok: false; reason: string } {
  const value = compressToEncodedURIComponent(JSON.stringify(state));
  if (value.length <= MAX_PARAM_CHARS) return { ok: true, value };
  return {
    ok: false,
    reason: `the file compresses to ${(value.length / 1000).toFixed(0)} k characters; a link carries at most ${MAX_PARAM_CHARS / 1000} k. The link holds the settings only`,
  };
}

/** Reads a parameter's value back; anything this page did not write is refused with the reason. */
export function decodeTrafficState(
  value: string,
): { ok: true; state: TrafficUrlState } | { ok: false; reason: string } {
  if (value.length > MAX_PARAM_CHARS)
    return {
      ok: false,
      reason: `its data is ${value.length.toLocaleString('en-US')} characters, over the ${MAX_PARAM_CHARS.toLocaleString('en-US')} a link may carry`,
    };
  let parsed: unknown;
  try {
    parsed = JSON.parse(decompressFromEncodedURIComponent(value) || 'null');
  } catch {
    parsed = null;
  }
  if (parsed === null || typeof parsed !== 'object')
    return { ok: false, reason: 'it is not settings this page wrote (not lz-string compressed JSON)' };
  const { v, a, b, file } = parsed as { v?: unknown; a?: unknown; b?: unknown; file?: unknown };
  if (v !== 1) return { ok: false, reason: 'it has no version 1 marker' };
  const state: TrafficUrlState = { v: 1, a: sanitizeSettings(a) };
  if (b !== undefined) state.b = sanitizeSettings(b);
  if (file !== undefined) {
    const f = file as { name?: unknown; text?: unknown };
    if (typeof f?.name !== 'string' || typeof f.text !== 'string')
      return { ok: false, reason: 'its file is not a name and a text' };
    state.file = { name: f.name.slice(0, 100), text: f.text };
  }
  return { ok: true, state };
}
