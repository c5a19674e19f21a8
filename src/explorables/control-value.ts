import {
  DEFAULT_HORIZON_SECONDS,
  DEFAULT_IDLE_LIFETIME_MS,
  DEFAULT_MEMORY_MB,
  DEFAULT_REUSE_POLICY,
  DEFAULT_SCALING,
  DEFAULT_SEED,
  type Distribution,
  type FunctionConfig as FunctionSpec,
  REUSE_POLICIES,
  SCALING_MODES,
  type Scenario,
} from '@lab/sim';
import {
  ARRIVAL_KINDS,
  arrivalKindOf,
  makeArrivals,
  meanRate,
  rateLevel,
  withRateLevel,
} from './arrivals.ts';
import { CUSTOM, NOT_SET } from './control-def.ts';
import { INVOCATIONS } from './control-options.ts';
import type { ControlKey, ControlValue } from './controls.ts';
import { meanOf, withMean } from './distributions.ts';
import { initOriginOf } from './init-source.ts';

/** The scenario's horizon in seconds (the sim's default when unset). */
export function horizonOf(scenario: Scenario): number {
  return scenario.horizonSeconds ?? DEFAULT_HORIZON_SECONDS;
}

/** The scenario's first function: the one the controls read and write. */
export function firstFunction(scenario: Scenario): FunctionSpec {
  const fn = scenario.functions[0];
  if (!fn) throw new RangeError('scenario.functions must have at least one function, got 0');
  return fn;
}

/** Provisioned environments of a setting: the number, or the busiest step of a schedule (0: none). */
export function provisionedNow(p: FunctionSpec['provisionedConcurrency']): number {
  if (typeof p === 'number') return p;
  if (Array.isArray(p)) return p.reduce((max, s) => Math.max(max, s.count), 0);
  return 0;
}

/**
 * The value a control shows for a scenario (the first function's settings). Runtime and package size are
 * read back from the INIT distribution when it is a `coldStartPreset` of one runtime ({@link initOriginOf});
 * otherwise they read as {@link CUSTOM}. The rate reads in its {@link rateMeaning} (a peak for steps, a
 * count for a burst…).
 */
export function readControl(scenario: Scenario, key: ControlKey): ControlValue {
  const fn = firstFunction(scenario);
  const horizonS = horizonOf(scenario);
  switch (key) {
    case 'arrivalKind':
      return arrivalKindOf(fn.arrivals) ?? 'custom';
    case 'ratePerSecond':
      return rateLevel(fn.arrivals, horizonS);
    case 'durationMs':
      return meanOf(fn.durationMs);
    case 'idleLifetimeSeconds':
      return (fn.idleLifetimeMs ? meanOf(fn.idleLifetimeMs) : DEFAULT_IDLE_LIFETIME_MS) / 1000;
    case 'reservedConcurrency':
      return fn.reservedConcurrency ?? NOT_SET;
    case 'provisionedConcurrency':
      return provisionedNow(fn.provisionedConcurrency);
    case 'memoryMb':
      return String(fn.memoryMb ?? DEFAULT_MEMORY_MB);
    case 'runtime': {
      const origin = initOriginOf(fn);
      return origin.kind === 'preset' ? origin.source.runtime : CUSTOM;
    }
    case 'packageMb': {
      const origin = initOriginOf(fn);
      return origin.kind === 'preset' ? origin.source.packageMb : CUSTOM;
    }
    case 'scaling':
      return scenario.account?.scaling ?? DEFAULT_SCALING;
    case 'reusePolicy':
      return fn.reusePolicy ?? DEFAULT_REUSE_POLICY;
    case 'invocation':
      return fn.invocation ?? INVOCATIONS[0];
    case 'seed':
      return scenario.seed ?? DEFAULT_SEED;
  }
}

/** Writes one control value into a copy of a scenario's first function (or account / seed). */
export function writeControl(scenario: Scenario, key: ControlKey, value: ControlValue): Scenario {
  const fn = firstFunction(scenario);
  const horizonS = horizonOf(scenario);
  const num = Number(value);
  const setFn = (next: FunctionSpec): Scenario => ({
    ...scenario,
    functions: [next, ...scenario.functions.slice(1)],
  });
  switch (key) {
    case 'arrivalKind': {
      const kind = ARRIVAL_KINDS.find((k) => k === value);
      return kind
        ? setFn({ ...fn, arrivals: makeArrivals(kind, meanRate(fn.arrivals, horizonS), horizonS) })
        : scenario;
    }
    case 'ratePerSecond':
      return setFn({ ...fn, arrivals: withRateLevel(fn.arrivals, num, horizonS) });
    case 'durationMs':
      return setFn({ ...fn, durationMs: withMean(fn.durationMs, num) });
    case 'idleLifetimeSeconds':
      return setFn({
        ...fn,
        idleLifetimeMs: fn.idleLifetimeMs
          ? withMean(fn.idleLifetimeMs, num * 1000)
          : ({ kind: 'fixed', valueMs: num * 1000 } as Distribution),
      });
    case 'reservedConcurrency': {
      const { reservedConcurrency: _drop, ...rest } = fn;
      return setFn(num >= 0 ? { ...rest, reservedConcurrency: Math.round(num) } : (rest as FunctionSpec));
    }
    case 'provisionedConcurrency': {
      const { provisionedConcurrency: current, ...rest } = fn;
      if (num <= 0) return setFn(rest as FunctionSpec);
      // A schedule keeps its shape: every step scales so the busiest one becomes `num`.
      const peak = provisionedNow(current);
      const next: FunctionSpec['provisionedConcurrency'] =
        Array.isArray(current) && peak > 0
          ? current.map((s) => ({ ...s, count: Math.round((s.count * num) / peak) }))
          : num;
      return setFn({ ...rest, provisionedConcurrency: next });
    }
    case 'memoryMb':
      return setFn({ ...fn, memoryMb: num });
    case 'scaling': {
      const scaling = SCALING_MODES.find((m) => m === value);
      return scaling ? { ...scenario, account: { ...scenario.account, scaling } } : scenario;
    }
    case 'reusePolicy': {
      const reusePolicy = REUSE_POLICIES.find((m) => m === value);
      return reusePolicy ? setFn({ ...fn, reusePolicy }) : scenario;
    }
    case 'invocation': {
      const invocation = INVOCATIONS.find((m) => m === value);
      return invocation ? setFn({ ...fn, invocation }) : scenario;
    }
    case 'seed':
      return { ...scenario, seed: Math.trunc(num) };
    case 'runtime':
    case 'packageMb':
      // INIT depends on both plus memory: applyControls sets it once all values are known.
      return scenario;
  }
}
