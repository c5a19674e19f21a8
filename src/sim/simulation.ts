/** Placeholder, replaced below. */
import type { Simulation, SimulationResult } from './result-types.ts';
import type { Scenario } from './types.ts';

/** Runs a scenario to its horizon. */
export function simulate(_scenario: Scenario): SimulationResult {
  throw new Error('simulate: not implemented yet');
}

/** Creates a stepping simulation. */
export function createSimulation(_scenario: Scenario): Simulation {
  throw new Error('createSimulation: not implemented yet');
}
