const formats = new Map<string, Intl.NumberFormat>();

/**
 * An `en-US` number format, made once per set of digits: `toLocaleString` with options builds a new
 * `Intl.NumberFormat` on every call, which made number formatting the costliest part of a redraw.
 */
function numberFormat(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}:${maximumFractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits, maximumFractionDigits });
    formats.set(key, format);
  }
  return format;
}

/** Formats a number for people: thousands separators, at most `digits` decimals, no trailing zeros. */
export function formatNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  const max = abs >= 100 ? 0 : abs >= 10 ? Math.min(1, digits) : digits;
  return numberFormat(0, max).format(value);
}

/** Formats a US dollar amount; tiny amounts keep enough digits to be non-zero. */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  const digits = abs === 0 ? 2 : abs < 0.01 ? 6 : abs < 1 ? 4 : 2;
  return `$${numberFormat(2, digits).format(value)}`;
}

/** Formats milliseconds as ms, s or min, whichever reads best. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (Math.abs(ms) < 1000) return `${formatNumber(ms, 0)} ms`;
  if (Math.abs(ms) < 120_000) return `${formatNumber(ms / 1000, 1)} s`;
  return `${formatNumber(ms / 60_000, 1)} min`;
}

/** Formats a simulation clock reading (ms) as `m:ss` or `h:mm:ss`. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

const significant = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });

/**
 * Formats a 0..1 ratio as a percentage with at most `digits` decimals; a share under 1% keeps two significant
 * digits so it never reads as 0% (0.0004 → "0.04%").
 */
export function formatPercent(ratio: number, digits = 0): string {
  if (!Number.isFinite(ratio)) return '—';
  const percent = ratio * 100;
  if (percent !== 0 && Math.abs(percent) < 1) return `${significant.format(percent)}%`;
  return `${numberFormat(0, digits).format(percent)}%`;
}

const plurals = new Intl.PluralRules('en-US');

/** A count with its noun in the right number: `counted(1, 'environment')` → "1 environment"; 2 → "2 environments". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n, 0)} ${plurals.select(n) === 'one' ? one : many}`;
}
