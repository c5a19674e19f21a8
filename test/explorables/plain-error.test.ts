import { type Scenario, ScenarioError, validateScenario } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { plainError } from '~/explorables/plain-error.ts';

/** The issues the sim reports for a scenario (none when it is valid). */
function issuesOf(scenario: Scenario) {
  try {
    validateScenario(scenario);
    return [];
  } catch (error) {
    if (error instanceof ScenarioError) return [...error.issues];
    throw error;
  }
}

const fn = {
  name: 'api',
  arrivals: { kind: 'poisson', ratePerSecond: 1 },
  durationMs: { kind: 'fixed', valueMs: 100 },
} as const;

describe('plainError', () => {
  it('says how much may be reserved, in one sentence, without the validator’s arithmetic', () => {
    const text = plainError(issuesOf({ functions: [{ ...fn, reservedConcurrency: 1000 }] }), '');
    expect(text).toBe(
      "Reserved concurrency can be at most 900 here, got 1000: Lambda keeps at least 100 of the account's concurrency unreserved.",
    );
    expect(text).not.toMatch(/−|-100/);
  });

  it('says provisioned must fit inside the reservation', () => {
    const text = plainError(
      issuesOf({ functions: [{ ...fn, reservedConcurrency: 10, provisionedConcurrency: 20 }] }),
      '',
    );
    expect(text).toBe(
      'Provisioned concurrency (20) cannot be more than the reserved concurrency (10): lower it, or raise the reservation.',
    );
  });

  it('names other fields as the controls do', () => {
    const text = plainError(issuesOf({ functions: [{ ...fn, memoryMb: 50 }] }), '');
    expect(text).toMatch(/^Memory must be 128–10240, got 50\.$/);
  });

  it('falls back to the first line of a message when there are no issues', () => {
    expect(plainError([], 'runtime must be one of …\nmore')).toBe(
      'That setting cannot be simulated: runtime must be one of …',
    );
  });
});
