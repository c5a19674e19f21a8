import type { Summary } from '@lab/sim';
import { formatNumber } from './format.ts';
import { readMetric } from './metric.ts';
import { errorFloor, scorePrediction } from './predict.ts';
import { metricLabel } from './summary-metrics.ts';

/** A playground's prediction question, as its config gives it. */
export interface PredictConfig {
  /** The question shown to the learner. */
  question: string;
  /** Path of the summary number the guess is scored against, e.g. `environments.peak`. */
  metric: string;
  /** Unit the number is shown in, e.g. `environments`. */
  unit?: string;
  /** Which scenario of a comparison the metric is read from (`a` when absent). */
  side?: 'a' | 'b';
}

/** What to show under the prediction form: the sentence, and the score (0–100) when a guess was scored. */
export interface Verdict {
  /** Sentence for `[data-verdict]`. */
  text: string;
  /** Score of the guess, 0–100; absent when there was no guess to score. */
  score?: number;
}

/**
 * The verdict on a guess (`undefined` when the learner skipped) against a run's summary. A run not yet
 * computed to the end cannot score it: the verdict asks for the whole run.
 */
export function verdictFor(
  predict: PredictConfig,
  total: Summary,
  done: boolean,
  guess: number | undefined,
): Verdict {
  if (!done) return { text: 'Your guess is scored against the whole run: press “Compute the whole run”.' };
  const actual = readMetric(total, predict.metric);
  if (actual === undefined) return { text: `The summary has no number called ${predict.metric}.` };
  if (guess === undefined) {
    const unit = predict.unit ? ` ${predict.unit}` : '';
    return { text: `The simulation gave ${formatNumber(actual)}${unit} (${metricLabel(predict.metric)}).` };
  }
  const score = scorePrediction(guess, actual, predict.unit ?? '', errorFloor(predict.metric));
  return { text: score.message, score: score.score };
}
