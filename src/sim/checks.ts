/** Exercise helpers: a check list for a learner's answer, and a pass-through `show`. Pure, no I/O. */

/** One check of an exercise answer. */
export interface Check<T> {
  /** What the check proves, shown to the learner. @example 'No throttles' */
  name: string;
  /** Shown when the check fails: it should answer that specific failure. */
  hint: string;
  /** True when the answer passes. May throw; a throw counts as a failure. */
  test(answer: T): boolean;
}

/** The outcome of one check. */
export interface CheckResult {
  name: string;
  hint: string;
  passed: boolean;
  /** The error text when `test` threw. */
  error?: string;
}

/**
 * Declares an exercise's checks (identity; it exists for the type parameter and the editor hover).
 * @example export default defineChecks<number>([{ name: 'Positive', hint: 'Count something', test: (a) => a > 0 }]);
 */
export function defineChecks<T>(checks: Check<T>[]): Check<T>[] {
  return checks;
}

/** Runs every check against an answer; a check that throws fails with the error text. */
export function runChecks<T>(checks: readonly Check<T>[], answer: T): CheckResult[] {
  return checks.map((check) => {
    try {
      return { name: check.name, hint: check.hint, passed: check.test(answer) === true };
    } catch (err) {
      const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      return { name: check.name, hint: check.hint, passed: false, error };
    }
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
