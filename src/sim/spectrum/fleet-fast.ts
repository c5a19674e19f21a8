/**
 * The VM and container columns of `compareSpectrum` from rates instead of requests (see queue-fast.ts):
 * the same fleets and the same target-tracking rule as compute-models.ts, evaluated per interval.
 */

import type { LatencyStats } from '../results/result-types.ts';
import type { ContainerOptions, VmOptions } from './compute-models.ts';
import { type LatencyMixture, mixtureStats } from './latency-mixture.ts';
import { type QueueOutcome, queueInterval } from './queue-fast.ts';

/** A column's expected counts, cost (USD), utilization (0–1) and latency (ms). */
export interface FastColumn {
  requests: number;
  served: number;
  dropped: number;
  queued: number;
  utilization: number;
  costUsd: number;
  latencyMs: LatencyStats;
}

const EVAL_MS = 60_000;

// Mean rate (per ms) over [fromMs, toMs) of a per-second profile.
function meanPerMs(rates: Float64Array, fromMs: number, toMs: number): number {
  let sum = 0;
  for (let s = Math.floor(fromMs / 1000); s < Math.ceil(toMs / 1000) && s < rates.length; s++) {
    const overlap = Math.min(toMs, (s + 1) * 1000) - Math.max(fromMs, s * 1000);
    if (overlap > 0) sum += ((rates[s] as number) * overlap) / 1000;
  }
  return toMs > fromMs ? sum / (toMs - fromMs) : 0;
}

function column(
  parts: QueueOutcome[],
  meanMs: number,
  slotMs: number,
  costUsd: number,
  maxQueueMs: number,
): FastColumn {
  const sum = (f: (p: QueueOutcome) => number) => parts.reduce((s, p) => s + f(p), 0);
  const served = sum((p) => p.served);
  // Intervals where nobody waits share one exponential term; the others keep their own survival function.
  const plain = sum((p) => (p.above ? 0 : p.served));
  // Intervals with nearly the same rate (1%) and the same capacity share one survival function.
  const groups = new Map<string, { served: number; above: (x: number) => number }>();
  for (const p of parts) {
    if (p.above === null || p.served <= 0) continue;
    const key = `${p.slots}|${Math.round(Math.log(p.perMs) * 100)}`;
    const g = groups.get(key);
    if (g) g.served += p.served;
    else groups.set(key, { served: p.served, above: p.above });
  }
  const waiting = [...groups.values()];
  const mix: LatencyMixture = {
    count: served,
    mean: served > 0 ? sum((p) => p.served * p.meanLatencyMs) / served : 0,
    above: (x) => {
      let s = plain * Math.exp(-x / meanMs);
      for (const p of waiting) s += p.served * p.above(x);
      return served > 0 ? s / served : 0;
    },
    upperMs: maxQueueMs + meanMs * 30,
  };
  return {
    requests: sum((p) => p.requests),
    served,
    dropped: sum((p) => p.dropped),
    queued: sum((p) => p.queued),
    utilization: slotMs > 0 ? (served * meanMs) / slotMs : 0,
    costUsd,
    latencyMs: mixtureStats(mix),
  };
}

/** A fixed fleet over the profile (rates per second), work exponential with mean `meanMs`. */
export function vmFleetFast(
  rates: Float64Array,
  horizonMs: number,
  meanMs: number,
  vm: VmOptions,
): FastColumn {
  const servers = vm.servers ?? 2;
  const slots = servers * (vm.perServerConcurrency ?? 8);
  const maxQueueMs = vm.maxQueueMs ?? 30_000;
  const parts: QueueOutcome[] = [];
  for (let t = 0; t < horizonMs; t += EVAL_MS) {
    const end = Math.min(horizonMs, t + EVAL_MS);
    parts.push(queueInterval({ ms: end - t, perMs: meanPerMs(rates, t, end), slots }, meanMs, maxQueueMs));
  }
  const costUsd = servers * (vm.hourlyUsd ?? 0.0832) * (horizonMs / 3_600_000);
  return column(parts, meanMs, slots * horizonMs, costUsd, maxQueueMs);
}

/**
 * Containers over the profile: every 60 s, desired tasks = ceil(tasks × offered utilization ÷ target);
 * scale-out lands after the reaction delay, scale-in at once (as `runContainers`).
 */
export function containersFast(
  rates: Float64Array,
  horizonMs: number,
  meanMs: number,
  c: ContainerOptions,
): FastColumn {
  const per = c.perTaskConcurrency ?? 4;
  const [minTasks, maxTasks] = [c.minTasks ?? 1, c.maxTasks ?? 100];
  const maxQueueMs = c.maxQueueMs ?? 30_000;
  const delayMs = (c.reactionDelaySeconds ?? 120) * 1000;
  const parts: QueueOutcome[] = [];
  const pending: [number, number][] = [];
  let tasks = minTasks;
  let taskMs = 0;
  let t = 0;
  let nextEval = EVAL_MS;
  let windowStart = 0;
  while (t < horizonMs) {
    const landing = pending[0]?.[0] ?? Number.POSITIVE_INFINITY;
    const end = Math.min(horizonMs, nextEval, landing);
    if (end > t) {
      parts.push(
        queueInterval(
          { ms: end - t, perMs: meanPerMs(rates, t, end), slots: tasks * per },
          meanMs,
          maxQueueMs,
        ),
      );
      taskMs += tasks * (end - t);
      t = end;
    }
    if (t === landing && landing <= nextEval) {
      tasks = (pending.shift() as [number, number])[1];
      continue;
    }
    if (t === nextEval) {
      const offeredWork = meanPerMs(rates, windowStart, nextEval) * EVAL_MS * meanMs;
      const util = offeredWork / (tasks * per * EVAL_MS);
      const desired = Math.min(
        maxTasks,
        Math.max(minTasks, Math.ceil((tasks * util) / (c.targetUtilization ?? 0.7))),
      );
      if (desired < tasks) tasks = desired;
      else if (desired > tasks) pending.push([nextEval + delayMs, desired]);
      windowStart = nextEval;
      nextEval += EVAL_MS;
    }
  }
  const costUsd = (taskMs / 3_600_000) * (c.hourlyUsdPerTask ?? 0.04937);
  return column(parts, meanMs, taskMs * per, costUsd, maxQueueMs);
}

/** Both fleet columns with the options' defaults. */
export function fleetFastColumns(
  rates: Float64Array,
  horizonMs: number,
  meanMs: number,
  options: { vm?: VmOptions; containers?: ContainerOptions },
): { vm: FastColumn; containers: FastColumn } {
  return {
    vm: vmFleetFast(rates, horizonMs, meanMs, options.vm ?? {}),
    containers: containersFast(rates, horizonMs, meanMs, options.containers ?? {}),
  };
}
