import { TrafficError } from './traffic-types.ts';

const ISO = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A time as ms since the epoch: ISO 8601 (`2026-11-02T14:05:00Z`, `2026-11-02 14:05:00`; no zone = UTC) or
 * epoch milliseconds (digits only). Anything else is a `TrafficError` at `line`, `column`.
 */
export function parseTime(text: string, line: number, column: number): number {
  const t = text.trim();
  if (/^\d{10,14}$/.test(t)) return Number(t);
  if (ISO.test(t)) {
    const zoned = /Z|[+-]\d{2}:?\d{2}$/.test(t.slice(10)) ? t : `${t}Z`;
    const ms = Date.parse(zoned.replace(' ', 'T'));
    if (Number.isFinite(ms)) return ms;
  }
  throw new TrafficError(
    `expected a time (ISO 8601 such as 2026-11-02T14:05:00Z, or epoch milliseconds), got "${t.slice(0, 40)}"`,
    line,
    column,
  );
}
