import { type ControlValues, isControlKey } from './controls.ts';

/** Keeps only entries whose key is a control key and whose value is a string or finite number. */
export function sanitizeValues(input: unknown): ControlValues {
  const out: ControlValues = {};
  if (input === null || typeof input !== 'object') return out;
  for (const [key, value] of Object.entries(input)) {
    if (!isControlKey(key)) continue;
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) out[key] = value;
  }
  return out;
}
