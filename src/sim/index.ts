/**
 * Concurrency Lab simulation core: a deterministic discrete-event model of AWS Lambda concurrency.
 * This file is the whole public API (`import { simulate } from '@lab/sim'`); nothing behind it is public.
 *
 * @example
 * const r = simulate({
 *   horizonSeconds: 3600,
 *   functions: [{ name: 'api', arrivals: { kind: 'poisson', ratePerSecond: 5 },
 *                 durationMs: { kind: 'exponential', meanMs: 200 } }],
 * });
 * export default r.total.coldStarts;
 */
export { type Check, type CheckResult, defineChecks, runChecks, show } from './checks/checks.ts';
export {
  INVOCATIONS_PER_SECOND_PER_CONCURRENCY,
  LEGACY_RATE_PER_MS,
  PER_FUNCTION_BURST,
  PER_FUNCTION_RATE_PER_MS,
} from './engine/limits.ts';
export { createSimulation, simulate } from './engine/simulation.ts';
export type * from './model/arrival-pattern.ts';
export { coldStartPreset, type PresetOptions, RUNTIMES, type Runtime } from './model/cold-start-presets.ts';
export {
  DEFAULT_ACCOUNT_CONCURRENCY,
  DEFAULT_HORIZON_SECONDS,
  DEFAULT_IDLE_LIFETIME_MS,
  DEFAULT_MEMORY_MB,
  DEFAULT_REUSE_POLICY,
  DEFAULT_SCALING,
  DEFAULT_SEED,
  REUSE_POLICIES,
  SCALING_MODES,
} from './model/defaults.ts';
export {
  costOf,
  DURATION_TIERS,
  durationTierFactor,
  gbSeconds,
  HOURS_PER_MONTH,
  PRICES,
  type Usage,
} from './model/prices.ts';
export type * from './model/types.ts';
export { createStreams, Rng } from './random/rng.ts';
export type * from './results/result-types.ts';
export { type SummaryJson, summarize } from './results/summarize.ts';
export {
  type ContainerOptions,
  compareSpectrum,
  FAST_ABOVE_REQUESTS,
  type SpectrumOptions,
  type SpectrumOutcome,
  type SpectrumResult,
  type VmOptions,
  type Workload,
} from './spectrum/compare-spectrum.ts';
export {
  type FunctionsFastInput,
  type FunctionsFastResult,
  functionsFast,
} from './spectrum/functions-fast.ts';
export { rateProfile } from './spectrum/rate-profile.ts';
export { ScenarioError, type ScenarioIssue } from './validation/scenario-error.ts';
export { DEFAULT_INIT } from './validation/validate-function.ts';
export {
  MIN_ACCOUNT_CONCURRENCY,
  MIN_UNRESERVED,
  numberRulesOf,
  validateScenario,
} from './validation/validate-scenario.ts';
