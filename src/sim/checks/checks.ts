/** Exercise helpers: a check list for a learner's answer, and a pass-through `show`. Pure, no I/O. */

/** One check of an exercise answer, with the hints a learner sees when it fails. */
export interface Check<T> {
  /** What the check verifies, shown to the learner; never the expected value. @example 'Checkout is never throttled' */
  name: string;
  /**
   * The hint ladder, revealed one at a time: a nudge, then the concept, then a near-answer.
   * @example ['Look at the units.', 'Little’s law uses seconds.', 'Convert 400 ms to 0.4 s.']
   */
  hints: readonly [nudge: string, concept: string, nearAnswer: string];
  /** Hints written for specific mistakes, by id. Shown before the ladder when `diagnose` names one. */
  mistakes?: Readonly<Record<string, string>>;
  /** Names the mistake this failing answer shows (an id of `mistakes`), or undefined. May throw (ignored). */
  diagnose?(answer: T): string | undefined;
  /** True when the answer passes. May throw; a throw counts as a failure. */
  test(answer: T): boolean;
}

/** The outcome of one check. */
export interface CheckResult {
  name: string;
  passed: boolean;
  /** For a failure: the hints to reveal one at a time (the diagnosed mistake's hint first); empty when passed. */
  hints: string[];
  /** For a failure: the id of the diagnosed mistake, when one was recognised. */
  diagnosis?: string;
  /** The error text when `test` threw. */
  error?: string;
}

/**
 * Declares an exercise's checks (identity; it exists for the type parameter and the editor hover).
 * @example export default defineChecks<number>([{ name: 'Positive', hints: ['Count', 'Counts are > 0', 'Try 1'], test: (a) => a > 0 }]);
 */
export function defineChecks<T>(checks: Check<T>[]): Check<T>[] {
  return checks;
}

/** The id of the mistake a failing answer shows, when the check names one it has a hint for. */
function diagnosisOf<T>(check: Check<T>, answer: T): string | undefined {
  if (!check.diagnose) return undefined;
  try {
    const id = check.diagnose(answer);
    return id !== undefined && check.mistakes?.[id] !== undefined ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Runs every check against an answer; a check that throws fails with the error text. */
export function runChecks<T>(checks: readonly Check<T>[], answer: T): CheckResult[] {
  return checks.map((check) => {
    let passed = false;
    let error: string | undefined;
    try {
      passed = check.test(answer) === true;
    } catch (err) {
      error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    }
    if (passed) return { name: check.name, passed, hints: [] };
    const diagnosis = diagnosisOf(check, answer);
    const specific = diagnosis === undefined ? undefined : check.mistakes?.[diagnosis];
    const hints = specific === undefined ? [...check.hints] : [specific, ...check.hints];
    return {
      name: check.name,
      passed,
      hints,
      ...(diagnosis === undefined ? {} : { diagnosis }),
      ...(error === undefined ? {} : { error }),
    };
  });
}

/**
 * Returns its argument unchanged. Inside a sandbox the runtime replaces it to render the value
 * (a table, a chart) under `label`.
 * @example const r = show(simulate(scenario), 'baseline');
 */
export function show<T>(value: T, _label?: string): T {
  return value;
}
