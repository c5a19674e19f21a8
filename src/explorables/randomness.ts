import type { ArrivalPattern, Distribution, FunctionConfig, Scenario } from '@lab/sim';

const RANDOM_ARRIVALS = new Set<ArrivalPattern['kind']>(['poisson', 'ramp', 'steps', 'diurnal']);

function randomDistribution(d: Distribution | undefined): boolean {
  // No INIT given: the sim's default INIT is a lognormal distribution.
  return d === undefined || d.kind !== 'fixed';
}

function randomFunction(fn: FunctionConfig): boolean {
  const arrivals = Array.isArray(fn.arrivals) ? fn.arrivals : [fn.arrivals];
  return (
    arrivals.some((a) => RANDOM_ARRIVALS.has(a.kind)) ||
    fn.durationMs.kind !== 'fixed' ||
    randomDistribution(fn.initMs) ||
    (fn.idleLifetimeMs !== undefined && fn.idleLifetimeMs.kind !== 'fixed') ||
    (fn.errorRate ?? 0) > 0 ||
    fn.reusePolicy === 'random'
  );
}

/**
 * Whether the random seed changes anything in a scenario: time-varying (Poisson) arrivals, a duration, INIT
 * or idle lifetime drawn from a distribution, errors, or random reuse. A playground hides its seed control
 * when none of its scenarios draws anything at random.
 */
export function hasRandomness(scenario: Scenario): boolean {
  return scenario.functions.some(randomFunction);
}
