import { formatNumber } from './format.ts';

/** How close a guess was to the simulated value. */
export interface PredictionScore {
  /** Relative error |guess − actual| / max(|actual|, 1), as a ratio (0.1 = 10% off). */
  error: number;
  /** 0..100: 100 for spot on, falling to 0 at 100% off or worse. */
  score: number;
  /** A verdict in words. */
  verdict: 'spot on' | 'very close' | 'close' | 'in the right ballpark' | 'far off';
  /** One sentence for the learner, e.g. "You guessed 12; the simulation made 10 (20% high): close." */
  message: string;
}

/**
 * Scores a prediction against the simulated value. The error is relative to the actual value (or to 1
 * when the actual value is 0, so guessing 1 for 0 is 100% off rather than infinitely off).
 */
export function scorePrediction(guess: number, actual: number, unit = ''): PredictionScore {
  const error = Math.abs(guess - actual) / Math.max(Math.abs(actual), 1);
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
