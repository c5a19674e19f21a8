import type { Side } from './sim-session.ts';

/** Which way a number should move for a playground's question. */
export type Better = 'lower' | 'higher';

/** A summary number that answers a playground's question, the direction that is better, and what the preset shows. */
export interface MetricGoal {
  /** Dotted path into the summary, e.g. `throttled` or `latencyMs.p99`. */
  path: string;
  /** Whether less or more of it is better for this question. */
  better: Better;
  /**
   * The verdict the lesson's presets give (checked by a test that walks every preset): the side that comes
   * out ahead, or `same` when the lesson's point is that the number does not change.
   */
  expect: Side | 'same';
}

/** A number the widget must show for the claim to hold, read from one side's summary. */
export interface ClaimCheck {
  /** The side it is read from. */
  side: Side;
  /** Dotted path into the summary. */
  path: string;
  /** At least this much (inclusive). */
  atLeast?: number;
  /** At most this much (inclusive). */
  atMost?: number;
}

/**
 * The one sentence a playground exists to show (TEACHING.md, "A widget says one thing"), written next to its
 * preset in the lesson's `playground.ts` and passed to `<SimPlayground claim={…}>`. It decides the
 * differences table's verdicts (only `matters` are judged), which function a multi-function playground
 * opens on, and what the tests check the widget shows without the prose.
 */
export interface PlaygroundClaim {
  /** The sentence, e.g. "Reserving 100 for checkout takes its throttles from about 3,000 to 0." */
  sentence: string;
  /** The function the claim is about; a playground with several functions opens on it. Absent: all together. */
  fn?: string;
  /** The numbers that answer the question, with the better direction. Other numbers get no verdict. */
  matters: readonly MetricGoal[];
  /** What the widget shows under the lesson's presets (read from the summary of `fn`, or the total). */
  shows: readonly ClaimCheck[];
}

/** Whether a value satisfies a check's bounds. */
export function meetsCheck(check: ClaimCheck, value: number): boolean {
  return (
    (check.atLeast === undefined || value >= check.atLeast) &&
    (check.atMost === undefined || value <= check.atMost)
  );
}

/** A check in words, for test failures: "side b throttled ≤ 0". */
export function describeCheck(check: ClaimCheck): string {
  const bounds = [
    check.atLeast === undefined ? '' : `≥ ${check.atLeast}`,
    check.atMost === undefined ? '' : `≤ ${check.atMost}`,
  ].filter(Boolean);
  return `side ${check.side} ${check.path} ${bounds.join(' and ')}`;
}
