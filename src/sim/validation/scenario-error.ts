/** One problem found in a scenario. */
export interface ScenarioIssue {
  /** Where, as a property path. @example 'functions[0].memoryMb' */
  path: string;
  /** What is wrong, path included. @example 'functions[0].memoryMb must be 128–10240, got 50' */
  message: string;
}

/**
 * Thrown by `validateScenario` (and so by `simulate`) when a scenario is invalid. Its message lists every
 * issue, one per line; `.issues` holds them as data.
 */
export class ScenarioError extends RangeError {
  /** Every problem found, in document order. */
  readonly issues: readonly ScenarioIssue[];

  constructor(issues: readonly ScenarioIssue[]) {
    super(
      issues.length === 1
        ? (issues[0]?.message ?? 'invalid scenario')
        : `${issues.length} problems in the scenario:\n${issues.map((i) => `- ${i.message}`).join('\n')}`,
    );
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}
