/** Placeholder, replaced below. */
import type { ResolvedScenario } from './types.ts';

/** Validates a scenario. */
export function validateScenario(_input: unknown): ResolvedScenario {
  throw new Error('validateScenario: not implemented yet');
}
