import type { Scenario } from '@lab/sim';
import { writeControl } from './control-value.ts';
import { CONTROL_DEFAULTS, type ControlValues } from './controls.ts';
import { initFor, initOriginOf, isRuntime } from './init-source.ts';

/**
 * Order in which values are written: the rate first, in the lesson pattern's own terms (the label it shows:
 * a peak, a burst size…), then a new shape, which keeps the mean rate that gives.
 */
const ORDER = [
  'ratePerSecond',
  'arrivalKind',
  'durationMs',
  'idleLifetimeSeconds',
  'reservedConcurrency',
  'provisionedConcurrency',
  'memoryMb',
  'scaling',
  'reusePolicy',
  'invocation',
  'seed',
] as const;

/**
 * A copy of `base` with the learner's control values written in. Keys absent from `values` keep the
 * preset's setting. INIT follows the sim's `coldStartPreset` for the runtime and package size (at the
 * function's memory and architecture) when the learner set either, or when the preset's INIT is itself a
 * preset of a known runtime and the memory changed; a custom INIT (or none: the sim's default) is kept
 * until runtime or package is set.
 */
export function applyControls(base: Scenario, values: ControlValues): Scenario {
  let scenario = base;
  for (const key of ORDER) {
    const value = values[key];
    if (value !== undefined) scenario = writeControl(scenario, key, value);
  }
  const [baseFn] = base.functions;
  const [fn, ...rest] = scenario.functions;
  if (!fn || !baseFn) return scenario;
  const touched = values.runtime !== undefined || values.packageMb !== undefined;
  if (!touched && values.memoryMb === undefined) return scenario;
  // Without an initMs the sim uses one default INIT at every memory size, so memory alone keeps it.
  if (!touched && baseFn.initMs === undefined) return scenario;
  const origin = initOriginOf(baseFn);
  const source = origin.kind === 'preset' ? origin.source : undefined;
  if (!touched && !source) return scenario;
  const runtime = values.runtime ?? source?.runtime ?? CONTROL_DEFAULTS.runtime;
  const packageMb = Number(values.packageMb ?? source?.packageMb ?? CONTROL_DEFAULTS.packageMb);
  if (!isRuntime(runtime)) {
    throw new RangeError(`runtime must be one of the sim's RUNTIMES, got ${JSON.stringify(runtime)}`);
  }
  return { ...scenario, functions: [{ ...fn, initMs: initFor({ runtime, packageMb }, fn) }, ...rest] };
}
