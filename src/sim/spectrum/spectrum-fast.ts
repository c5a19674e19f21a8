/**
 * `compareSpectrum`'s fast path: all three columns from the workload's rate per second instead of request by
 * request (fleet-fast.ts, functions-fast.ts), so a day at 1,000 req/s takes milliseconds. It applies when the
 * work per request is exponential, the arrivals have a rate (Poisson, constant, steps, daily cycle) and the
 * function uses only settings the level model knows; `fastPathObstacle` names the first one that is not.
 */

import type { ResolvedScenario } from '../model/types.ts';
import { createStreams } from '../random/rng.ts';
import type { SpectrumOptions, SpectrumResult } from './compare-spectrum.ts';
import { fleetFastColumns } from './fleet-fast.ts';
import { functionsFast } from './functions-fast.ts';
import { rateProfile } from './rate-profile.ts';

/** Why the fast path cannot model this scenario, or null when it can. */
export function fastPathObstacle(scenario: ResolvedScenario): string | null {
  const f = scenario.functions[0];
  if (!f) return 'the scenario has no function';
  if (f.durationMs.kind !== 'exponential') return `durationMs must be exponential, got ${f.durationMs.kind}`;
  if (!rateProfile(f.arrivals, 1)) return 'arrivals must be poisson, constant, steps or diurnal';
  if (f.idleLifetimeMs.kind !== 'fixed') return `idleLifetimeMs must be fixed, got ${f.idleLifetimeMs.kind}`;
  if (f.provisionedConcurrency.length > 0) return 'provisioned concurrency is not modelled';
  if (f.reusePolicy !== 'newest') return `reusePolicy must be newest, got ${f.reusePolicy}`;
  if (f.invocation !== 'sync') return 'invocation must be sync';
  if (f.errorRate !== 0) return 'errorRate must be 0';
  if (scenario.account.scaling === 'legacy-burst') return 'the legacy-burst scaling rule is not modelled';
  return null;
}

/** The three columns from rates; the scenario must have passed `fastPathObstacle`. */
export function fastSpectrum(scenario: ResolvedScenario, options: SpectrumOptions): SpectrumResult {
  const f = scenario.functions[0];
  const rates = f && rateProfile(f.arrivals, scenario.horizonSeconds);
  if (!f || !rates || f.durationMs.kind !== 'exponential' || f.idleLifetimeMs.kind !== 'fixed')
    throw new RangeError(
      `compareSpectrum: the fast path cannot model this scenario (${fastPathObstacle(scenario)})`,
    );
  const horizonMs = scenario.horizonSeconds * 1000;
  const meanMs = f.durationMs.meanMs;
  const { vm, containers } = fleetFastColumns(rates, horizonMs, meanMs, options);
  const [rng] = createStreams(scenario.seed, 1);
  if (!rng) throw new RangeError('compareSpectrum: no random stream');
  const fn = functionsFast(
    {
      ratesPerSecond: rates,
      meanMs,
      initMs: f.initMs,
      idleLifetimeMs: f.idleLifetimeMs.valueMs,
      limit: Math.min(scenario.account.concurrencyLimit, f.reservedConcurrency ?? Number.POSITIVE_INFINITY),
      scalingLimited: scenario.account.scaling === 'per-function',
      memoryMb: f.memoryMb,
      architecture: f.architecture,
    },
    rng,
  );
  return {
    method: 'fast',
    vm: { ...vm, coldStarts: 0 },
    containers: { ...containers, coldStarts: 0 },
    functions: {
      requests: fn.requests,
      served: fn.served,
      dropped: fn.throttled,
      queued: 0,
      utilization: fn.utilization,
      costUsd: fn.costUsd,
      coldStarts: fn.coldStarts,
      latencyMs: fn.latencyMs,
    },
  };
}
