/**
 * `compareSpectrum`: one workload on three kinds of compute — a fixed VM fleet, a container service with
 * target-tracking autoscaling, and Lambda functions. Deliberately simple models. Up to half a million expected
 * requests every request is run (the fleets through FCFS slot pools, the functions through the full
 * simulator); above, where the model allows, all three come from rates (spectrum-fast.ts), with the error
 * against the request-by-request run stated in the README.
 */

import { STREAMS_PER_FUNCTION } from '../engine/function-state.ts';
import { simulateResolved } from '../engine/simulation.ts';
import type { ArrivalPattern } from '../model/arrival-pattern.ts';
import type { AccountConfig, Distribution, FunctionConfig } from '../model/types.ts';
import { ArrivalSource } from '../random/arrival-source.ts';
import { createStreams } from '../random/rng.ts';
import { Sampler } from '../random/sampler.ts';
import { latencyStats } from '../results/function-summary.ts';
import type { LatencyStats } from '../results/result-types.ts';
import { expectedRequests } from '../validation/expected-requests.ts';
import { validateScenario } from '../validation/validate-scenario.ts';
import { type ContainerOptions, runContainers, runVmFleet, type VmOptions } from './compute-models.ts';
import type { Fleet } from './fleet.ts';
import { fastPathObstacle, fastSpectrum } from './spectrum-fast.ts';

/** A workload to place on three kinds of compute. */
export interface Workload {
  /** When requests arrive (an array is merged). */
  arrivals: ArrivalPattern | readonly ArrivalPattern[];
  /** Work per request, ms. */
  durationMs: Distribution;
  /** Simulated span, seconds. @default 3600 */
  horizonSeconds?: number;
  /** Random seed. @default 1 */
  seed?: number;
}

export type { ContainerOptions, VmOptions };

/** Options for `compareSpectrum`. */
export interface SpectrumOptions {
  vm?: VmOptions;
  containers?: ContainerOptions;
  /** Extra Lambda settings for the functions column (memory, limits, INIT, …). */
  functions?: Partial<Omit<FunctionConfig, 'arrivals' | 'durationMs' | 'name'>>;
  /**
   * `exact` runs every request; `fast` computes from rates (a RangeError names what it cannot model);
   * `auto` is fast above `FAST_ABOVE_REQUESTS` expected requests when it can be. @default 'auto'
   */
  method?: 'auto' | 'exact' | 'fast';
  /** Account settings for the functions column (limit, scaling rule). */
  account?: AccountConfig;
}

/** `method: 'auto'` computes from rates above this many expected requests. */
export const FAST_ABOVE_REQUESTS = 500_000;

/** One column of the comparison. */
export interface SpectrumOutcome {
  requests: number;
  served: number;
  /** Requests rejected or given up. */
  dropped: number;
  /** Requests that waited for capacity (functions: async retries after a throttle). */
  queued: number;
  /** Useful busy time ÷ paid capacity time, 0–1 (functions: handler ÷ billed time). */
  utilization: number;
  /** New Lambda environments (0 for the VM and container columns). Expected value on the fast path. */
  coldStarts: number;
  /** Total cost over the horizon, USD. */
  costUsd: number;
  /** Latency of served requests, ms. */
  latencyMs: LatencyStats;
}

/** The three columns. */
export interface SpectrumResult {
  /** How the columns were computed: request by request, or from rates (expected values). */
  method: 'exact' | 'fast';
  vm: SpectrumOutcome;
  containers: SpectrumOutcome;
  functions: SpectrumOutcome;
}

/**
 * Compares a VM fleet, a container service and Lambda on one workload.
 * @example compareSpectrum({ arrivals: { kind: 'poisson', ratePerSecond: 20 }, durationMs: { kind: 'fixed', valueMs: 100 } })
 */
export function compareSpectrum(workload: Workload, options: SpectrumOptions = {}): SpectrumResult {
  const fn: FunctionConfig = {
    ...options.functions,
    name: 'functions',
    arrivals: workload.arrivals,
    durationMs: workload.durationMs,
  };
  const scenario = validateScenario({
    seed: workload.seed,
    horizonSeconds: workload.horizonSeconds,
    ...(options.account ? { account: options.account } : {}),
    functions: [fn],
  });
  const method = options.method ?? 'auto';
  const obstacle = fastPathObstacle(scenario);
  if (method === 'fast' && obstacle)
    throw new RangeError(`compareSpectrum: method 'fast' cannot model this: ${obstacle}`);
  const expected = (scenario.functions[0]?.arrivals ?? []).reduce(
    (sum, p) => sum + expectedRequests(p, scenario.horizonSeconds),
    0,
  );
  if (method === 'fast' || (method === 'auto' && !obstacle && expected > FAST_ABOVE_REQUESTS))
    return fastSpectrum(scenario, options);
  const horizonMs = scenario.horizonSeconds * 1000;
  const { times, requests } = arrivalsWithWork(
    scenario.functions[0]?.arrivals ?? [],
    workload.durationMs,
    scenario.seed,
    horizonMs,
    expected,
  );

  const vm = runVmFleet(requests, horizonMs, options.vm ?? {});
  const ct = runContainers(requests, horizonMs, options.containers ?? {});
  // The functions column replays the same arrival times rather than drawing them again.
  const r = simulateResolved(scenario, times).total;
  const billed = r.environments.meanBusy + r.environments.meanInitializing;
  return {
    method: 'exact',
    vm: outcome(vm.fleet, vm.costUsd, vm.utilization),
    containers: outcome(ct.fleet, ct.costUsd, ct.utilization),
    functions: {
      requests: r.requests,
      served: r.served,
      dropped: r.dropped,
      queued: r.throttled - r.dropped,
      utilization: billed > 0 ? r.environments.meanBusy / billed : 0,
      coldStarts: r.coldStarts,
      costUsd: r.costUsd.total,
      latencyMs: {
        count: r.latencyMs.count,
        mean: r.latencyMs.mean,
        p50: r.latencyMs.p50,
        p90: r.latencyMs.p90,
        p99: r.latencyMs.p99,
        max: r.latencyMs.max,
      },
    },
  };
}

// The arrival times, merged across patterns, within the horizon, and the requests as interleaved [arrival ms,
// work ms] pairs. The streams are laid out as the engine lays out a one-function scenario, so all three
// columns see the same requests and (while Lambda does not throttle) the same work per request. Typed
// arrays sized from the expected count: a 200,000-request hour is built in a few ms (one source is already
// in order; several are merged by a numeric typed-array sort, no comparator calls).
function arrivalsWithWork(
  patterns: readonly ArrivalPattern[],
  work: Distribution,
  seed: number,
  horizonMs: number,
  expected: number,
): { times: Float64Array; requests: Float64Array } {
  const streams = createStreams(seed, STREAMS_PER_FUNCTION + patterns.length);
  // Room for the expected count and 5% more (a ramp's estimate is an upper bound), at most 4 M to start.
  const room = Number.isFinite(expected) && expected > 0 ? Math.min(2 ** 22, Math.ceil(expected * 1.05)) : 0;
  let times = new Float64Array(room + 1024);
  let n = 0;
  // Plain loops, no callback (variables shared with a closure live in a context object, slow before V8 has
  // optimized anything); each source writes its times in one loop, the buffer doubling when full.
  for (let i = 0; i < patterns.length; i++) {
    const src = new ArrivalSource(
      patterns[i] as ArrivalPattern,
      streams[STREAMS_PER_FUNCTION + i] as (typeof streams)[number],
    );
    for (n = src.fillUntil(horizonMs, times, n); !src.done; n = src.fillUntil(horizonMs, times, n)) {
      const grown = new Float64Array(n * 2);
      grown.set(times);
      times = grown;
    }
  }
  const sorted = patterns.length > 1 ? times.subarray(0, n).sort() : times.subarray(0, n);
  const sampler = new Sampler(work);
  const rng = streams[0] as (typeof streams)[number];
  const pairs = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) pairs[2 * k] = sorted[k] as number;
  sampler.fill(rng, pairs, 1, 2);
  return { times: sorted, requests: pairs };
}

function outcome(f: Fleet, costUsd: number, utilization: number): SpectrumOutcome {
  return {
    requests: f.requests,
    served: f.served,
    dropped: f.dropped,
    queued: f.queued,
    utilization,
    coldStarts: 0,
    costUsd,
    latencyMs: latencyStats(f.latency),
  };
}
