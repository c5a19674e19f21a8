/**
 * `compareSpectrum`: one workload on three kinds of compute — a fixed VM fleet, a container service with
 * target-tracking autoscaling, and Lambda functions (the full simulator). Deliberately simple models.
 *
 * Default prices, us-east-1, Linux on-demand, read 2026-11-27 but NOT re-verified against the live pages
 * (they render prices client-side): EC2 t3.large (2 vCPU, 8 GiB) $0.0832/h (aws.amazon.com/ec2/pricing/
 * on-demand/); Fargate 1 vCPU + 2 GB at $0.04048 per vCPU-h + $0.004445 per GB-h = $0.04937/h
 * (aws.amazon.com/fargate/pricing/).
 */
import { ArrivalSource } from './arrivals.ts';
import { Sampler } from './distributions.ts';
import { Fleet } from './fleet.ts';
import { STREAMS_PER_FUNCTION } from './function-state.ts';
import type { Histogram } from './histogram.ts';
import type { LatencyStats } from './result-types.ts';
import { createStreams } from './rng.ts';
import { simulate } from './simulation.ts';
import type { ArrivalPattern, Distribution, FunctionConfig } from './types.ts';
import { validateScenario } from './validate-scenario.ts';

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

/** A fixed fleet of virtual machines. */
export interface VmOptions {
  /** Number of servers (≥ 1). @default 2 */
  servers?: number;
  /** Requests one server handles at once. @default 8 */
  perServerConcurrency?: number;
  /** USD per server-hour. @default 0.0832 (t3.large) */
  hourlyUsd?: number;
  /** A request that would wait longer than this is dropped, ms. @default 30000 */
  maxQueueMs?: number;
}

/** A container service scaled by target tracking on utilization. */
export interface ContainerOptions {
  /** Tasks that always run. @default 1 */
  minTasks?: number;
  /** @default 100 */
  maxTasks?: number;
  /** Requests one task handles at once. @default 4 */
  perTaskConcurrency?: number;
  /** Target utilization, 0–1. @default 0.7 */
  targetUtilization?: number;
  /** From the end of a 60 s evaluation period to new tasks serving, seconds. @default 120 */
  reactionDelaySeconds?: number;
  /** USD per task-hour. @default 0.04937 (Fargate 1 vCPU, 2 GB) */
  hourlyUsdPerTask?: number;
  /** A request that would wait longer than this is dropped, ms. @default 30000 */
  maxQueueMs?: number;
}

/** Options for `compareSpectrum`. */
export interface SpectrumOptions {
  vm?: VmOptions;
  containers?: ContainerOptions;
  /** Extra Lambda settings for the functions column (memory, limits, INIT, …). */
  functions?: Partial<Omit<FunctionConfig, 'arrivals' | 'durationMs' | 'name'>>;
}

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
  /** Total cost over the horizon, USD. */
  costUsd: number;
  /** Latency of served requests, ms. */
  latencyMs: LatencyStats;
}

/** The three columns. */
export interface SpectrumResult {
  vm: SpectrumOutcome;
  containers: SpectrumOutcome;
  functions: SpectrumOutcome;
}

const EVAL_MS = 60_000;

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
    functions: [fn],
  });
  const horizonMs = scenario.horizonSeconds * 1000;
  const requests = arrivalsWithWork(
    scenario.functions[0]?.arrivals ?? [],
    workload.durationMs,
    scenario.seed,
    horizonMs,
  );

  const vmOpt = options.vm ?? {};
  const servers = vmOpt.servers ?? 2;
  const k = vmOpt.perServerConcurrency ?? 8;
  const vm = new Fleet();
  vm.add(servers * k, 0);
  for (let i = 0; i < requests.length; i += 2)
    vm.offer(requests[i] as number, requests[i + 1] as number, vmOpt.maxQueueMs ?? 30_000);
  const vmCost = servers * (vmOpt.hourlyUsd ?? 0.0832) * (horizonMs / 3_600_000);

  const c = options.containers ?? {};
  const per = c.perTaskConcurrency ?? 4;
  const [minTasks, maxTasks] = [c.minTasks ?? 1, c.maxTasks ?? 100];
  const ct = new Fleet();
  ct.add(minTasks * per, 0);
  let tasks = minTasks;
  let taskMs = 0;
  let lastChange = 0;
  let windowWork = 0;
  let nextEval = EVAL_MS;
  const pending: [number, number][] = [];
  const setTasks = (n: number, t: number) => {
    taskMs += tasks * (t - lastChange);
    lastChange = t;
    if (n > tasks) ct.add((n - tasks) * per, t);
    else ct.remove((tasks - n) * per);
    tasks = n;
  };
  for (let i = 0; i <= requests.length; i += 2) {
    const t = i < requests.length ? (requests[i] as number) : horizonMs;
    while (nextEval <= t || (pending[0] && pending[0][0] <= t)) {
      if (pending[0] && pending[0][0] <= nextEval) {
        const [at, n] = pending.shift() as [number, number];
        setTasks(n, at);
        continue;
      }
      // Target tracking: desired = ceil(tasks × utilization / target), utilization = offered work ÷ capacity.
      const util = windowWork / (tasks * per * EVAL_MS);
      const desired = Math.min(
        maxTasks,
        Math.max(minTasks, Math.ceil((tasks * util) / (c.targetUtilization ?? 0.7))),
      );
      if (desired < tasks) setTasks(desired, nextEval);
      else if (desired > tasks) pending.push([nextEval + (c.reactionDelaySeconds ?? 120) * 1000, desired]);
      windowWork = 0;
      nextEval += EVAL_MS;
    }
    if (i === requests.length) break;
    windowWork += requests[i + 1] as number;
    ct.offer(t, requests[i + 1] as number, c.maxQueueMs ?? 30_000);
  }
  taskMs += tasks * (horizonMs - lastChange);
  const ctCost = (taskMs / 3_600_000) * (c.hourlyUsdPerTask ?? 0.04937);

  const r = simulate({ seed: scenario.seed, horizonSeconds: scenario.horizonSeconds, functions: [fn] }).total;
  const billed = r.environments.meanBusy + r.environments.meanInitializing;
  return {
    vm: outcome(vm, vmCost, vm.busyMs / (servers * k * horizonMs)),
    containers: outcome(ct, ctCost, taskMs > 0 ? ct.busyMs / (taskMs * per) : 0),
    functions: {
      requests: r.requests,
      served: r.served,
      dropped: r.dropped,
      queued: r.throttled - r.dropped,
      utilization: billed > 0 ? r.environments.meanBusy / billed : 0,
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

// Interleaved [arrival ms, work ms] pairs, merged across patterns, within the horizon. The streams are laid
// out as the engine lays out a one-function scenario, so all three columns see the same requests and (while
// Lambda does not throttle) the same work per request.
function arrivalsWithWork(
  patterns: readonly ArrivalPattern[],
  work: Distribution,
  seed: number,
  horizonMs: number,
): number[] {
  const streams = createStreams(seed, STREAMS_PER_FUNCTION + patterns.length);
  const times: number[] = [];
  patterns.forEach((p, i) => {
    const src = new ArrivalSource(p, streams[STREAMS_PER_FUNCTION + i] as (typeof streams)[number]);
    for (let t = src.next(); t <= horizonMs; t = src.next()) times.push(t);
  });
  times.sort((a, b) => a - b);
  const sampler = new Sampler(work);
  const rng = streams[0] as (typeof streams)[number];
  return times.flatMap((t) => [t, sampler.sample(rng)]);
}

function outcome(f: Fleet, costUsd: number, utilization: number): SpectrumOutcome {
  return {
    requests: f.requests,
    served: f.served,
    dropped: f.dropped,
    queued: f.queued,
    utilization,
    costUsd,
    latencyMs: stats(f.latency),
  };
}

function stats(h: Histogram): LatencyStats {
  if (h.count === 0) return { count: 0, mean: 0, p50: 0, p90: 0, p99: 0, max: 0 };
  return {
    count: h.count,
    mean: h.sum / h.count,
    p50: h.quantile(0.5),
    p90: h.quantile(0.9),
    p99: h.quantile(0.99),
    max: h.max,
  };
}
