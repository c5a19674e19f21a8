import { formatNumber } from './format.ts';

/** How close a guess was to the simulated value. */
export interface PredictionScore {
  /** Relative error |guess − actual| / max(|actual|, floor), as a ratio (0.1 = 10% off). */
  error: number;
  /** 0..100: 100 for spot on, falling to 0 at 100% off or worse. */
  score: number;
  /** A verdict in words. */
  verdict: 'spot on' | 'very close' | 'close' | 'in the right ballpark' | 'far off';
  /** One sentence for the learner, e.g. "You guessed 12; the simulation made 10 (20% high): close." */
  message: string;
}

/**
 * The smallest difference that counts as a whole 100% error for a metric, in its own unit: one cent for
 * dollars, one millisecond for latency, one percentage point for ratios, 0.1 for averaged counts and one
 * for counts. It keeps a guess of 1 for an actual 0 from being infinitely off without flattering small
 * amounts (a floor of 1 would call $0.50 for an actual $0.08 "in the right ballpark").
 */
export function errorFloor(metric: string): number {
  if (metric.startsWith('costUsd.')) return 0.01;
  if (metric.startsWith('latencyMs.')) return 1;
  if (metric === 'coldStartProbability' || metric === 'utilization') return 0.01;
  if (/(^|\.)mean/.test(metric)) return 0.1;
  return 1;
}

/**
 * Scores a prediction against the simulated value. The error is relative to the actual value, or to
 * `floor` (the metric's {@link errorFloor}) when the actual value is smaller, so guessing 1 for 0 is a
 * finite error rather than an infinite one.
 */
export function scorePrediction(guess: number, actual: number, unit = '', floor = 1): PredictionScore {
  if (!(floor > 0)) throw new RangeError(`floor must be greater than 0, got ${floor}`);
  const error = Math.abs(guess - actual) / Math.max(Math.abs(actual), floor);
  const score = Math.round(Math.max(0, 1 - error) * 100);
  const verdict =
    error < 0.005
      ? 'spot on'
      : error <= 0.1
        ? 'very close'
        : error <= 0.25
          ? 'close'
          : error <= 0.5
            ? 'in the right ballpark'
            : 'far off';
  const u = unit ? ` ${unit}` : '';
  const direction = guess > actual ? 'high' : 'low';
  const off = verdict === 'spot on' ? 'exactly' : `${formatNumber(error * 100, 0)}% ${direction}`;
  const message = `You guessed ${formatNumber(guess)}${u}; the simulation gave ${formatNumber(actual)}${u} (${off}): ${verdict}.`;
  return { error, score, verdict, message };
}

/** Parses what a learner typed as a guess ("1,200", " 12 "); `undefined` when it is not a number. */
export function parseGuess(text: string): number | undefined {
  const cleaned = text.replace(/[,\s_]/g, '');
  if (cleaned === '') return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}
