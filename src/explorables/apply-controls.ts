import { coldStartPreset, type Scenario } from '@lab/sim';
import { CONTROL_DEFAULTS, type ControlValues, writeControl } from './controls.ts';

/** Order in which values are written: shape before rate (a new shape keeps the rate the learner set). */
const ORDER = [
  'arrivalKind',
  'ratePerSecond',
  'durationMs',
  'idleLifetimeSeconds',
  'reservedConcurrency',
  'provisionedConcurrency',
  'memoryMb',
  'scaling',
  'seed',
] as const;

/**
 * A copy of `base` with the learner's control values written in. Keys absent from `values` keep the
 * preset's setting. Runtime and package size, when either is set, replace the first function's INIT
 * distribution with the sim's `coldStartPreset` for them (at the function's memory and architecture).
 */
export function applyControls(base: Scenario, values: ControlValues): Scenario {
  let scenario = base;
  for (const key of ORDER) {
    const value = values[key];
    if (value !== undefined) scenario = writeControl(scenario, key, value);
  }
  if (values.runtime !== undefined || values.packageMb !== undefined) {
    const [fn, ...rest] = scenario.functions;
    if (fn) {
      const initMs = coldStartPreset({
        runtime: String(values.runtime ?? CONTROL_DEFAULTS.runtime),
        packageMb: Number(values.packageMb ?? CONTROL_DEFAULTS.packageMb),
        ...(fn.architecture ? { architecture: fn.architecture } : {}),
        ...(fn.memoryMb ? { memoryMb: fn.memoryMb } : {}),
      } as Parameters<typeof coldStartPreset>[0]);
      scenario = { ...scenario, functions: [{ ...fn, initMs }, ...rest] };
    }
  }
  return scenario;
}
