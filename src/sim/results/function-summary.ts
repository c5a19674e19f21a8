/** Builds the public `Summary` objects from the streamed per-function state. */
import type { FunctionState } from '../engine/function-state.ts';
import { costOf, durationTierFactor, gbSeconds } from '../model/prices.ts';
import type { Architecture, ResolvedFunction } from '../model/types.ts';
import { Histogram, quantilesOf } from './histogram.ts';
import type { FunctionSummary, LatencyStats, Summary } from './result-types.ts';

/**
 * The on-demand duration price multiplier per architecture for a run: the account's on-demand GB-seconds
 * of that architecture over `elapsedMs`, priced by the monthly tiers (prices.ts).
 */
export function tierFactors(
  fns: readonly FunctionState[],
  cfgs: readonly ResolvedFunction[],
  elapsedMs: number,
): Record<Architecture, number> {
  const gbs = { x86_64: 0, arm64: 0 };
  fns.forEach((fs, i) => {
    gbs[cfgs[i]?.architecture ?? 'x86_64'] += gbSeconds(fs.memoryMb, fs.billedMs);
  });
  const seconds = elapsedMs / 1000;
  return {
    x86_64: durationTierFactor(gbs.x86_64, 'x86_64', seconds),
    arm64: durationTierFactor(gbs.arm64, 'arm64', seconds),
  };
}

const PERCENTILES = [0.5, 0.9, 0.99];

/**
 * Count, mean and percentiles of a latency histogram, or of the union of several (not merged into a new
 * one), ms; all zero when empty.
 */
export function latencyStats(h: Histogram | readonly Histogram[]): LatencyStats {
  const hs = h instanceof Histogram ? [h] : h;
  let count = 0;
  let sum = 0;
  let max = 0;
  for (let i = 0; i < hs.length; i++) {
    const x = hs[i] as Histogram;
    count += x.count;
    sum += x.sum;
    if (x.max > max) max = x.max;
  }
  if (count === 0) return { count: 0, mean: 0, p50: 0, p90: 0, p99: 0, max: 0 };
  const [p50 = 0, p90 = 0, p99 = 0] = quantilesOf(hs, PERCENTILES);
  return { count, mean: sum / count, p50, p90, p99, max };
}

/** The summary of one function over [0, elapsedMs]; `tierFactor` from `tierFactors` (default 1). */
export function functionSummary(
  fs: FunctionState,
  cfg: ResolvedFunction,
  elapsedMs: number,
  tierFactor = 1,
): FunctionSummary {
  fs.advance(elapsedMs);
  const t = elapsedMs > 0 ? elapsedMs : 1;
  const envInt = fs.initInt + fs.busyInt + fs.idleInt;
  const cost = costOf({
    requests: fs.invocations,
    memoryMb: fs.memoryMb,
    billedMs: fs.billedMs,
    provisionedBilledMs: fs.provBilledMs,
    provisionedEnvironmentSeconds: (fs.provInt + fs.provRoundMs) / 1000,
    architecture: cfg.architecture,
    durationTierFactor: tierFactor,
  });
  const [account, reserved, scaling, invocationRate] = fs.throttledBy as [number, number, number, number];
  return {
    name: fs.name,
    requests: fs.requests,
    served: fs.served,
    throttled: fs.throttled,
    throttledBy: { account, reserved, scaling, invocationRate },
    dropped: fs.dropped,
    expired: fs.expired,
    asyncOldestEventAgeMs: fs.maxEventAge,
    retried: fs.retried,
    errors: fs.errors,
    timeouts: fs.timeouts,
    pending: fs.inFlight + fs.waiting,
    invocations: fs.invocations,
    coldStarts: fs.coldStarts,
    initTimeouts: fs.initTimeouts,
    proactiveInits: fs.proactiveInits,
    provisionedInits: fs.provisionedInits,
    coldStartProbability: fs.requests > 0 ? fs.coldStarts / fs.requests : 0,
    latencyMs: {
      ...latencyStats([fs.cold, fs.warm]),
      cold: latencyStats(fs.cold),
      warm: latencyStats(fs.warm),
    },
    concurrency: { max: fs.maxConcurrency, mean: fs.concInt / t },
    environments: {
      mean: envInt / t,
      meanBusy: fs.busyInt / t,
      meanIdle: fs.idleInt / t,
      meanInitializing: fs.initInt / t,
      max: fs.maxEnvs,
      created: fs.created,
      reclaimed: fs.reclaimed,
    },
    utilization: envInt > 0 ? fs.busyInt / envInt : 0,
    gbSeconds: gbSeconds(fs.memoryMb, fs.billedMs + fs.provBilledMs),
    costUsd: cost,
  };
}

/** Totals over all functions; maxima are the account-wide instantaneous maxima. */
export function totalSummary(
  fns: readonly FunctionState[],
  parts: readonly FunctionSummary[],
  elapsedMs: number,
  maxConcurrency: number,
  maxEnvironments: number,
): Summary {
  const sum = (pick: (s: FunctionSummary) => number) => parts.reduce((acc, s) => acc + pick(s), 0);
  const cold = fns.map((fs) => fs.cold);
  const warm = fns.map((fs) => fs.warm);
  const t = elapsedMs > 0 ? elapsedMs : 1;
  const envInt = fns.reduce((s, f) => s + f.initInt + f.busyInt + f.idleInt, 0);
  const busyInt = fns.reduce((s, f) => s + f.busyInt, 0);
  const requests = sum((s) => s.requests);
  const coldStarts = sum((s) => s.coldStarts);
  const costUsd = {
    requests: sum((s) => s.costUsd.requests),
    duration: sum((s) => s.costUsd.duration),
    provisioned: sum((s) => s.costUsd.provisioned),
    total: sum((s) => s.costUsd.total),
  };
  return {
    requests,
    served: sum((s) => s.served),
    throttled: sum((s) => s.throttled),
    throttledBy: {
      account: sum((s) => s.throttledBy.account),
      reserved: sum((s) => s.throttledBy.reserved),
      scaling: sum((s) => s.throttledBy.scaling),
      invocationRate: sum((s) => s.throttledBy.invocationRate),
    },
    dropped: sum((s) => s.dropped),
    expired: sum((s) => s.expired),
    asyncOldestEventAgeMs: parts.reduce((m, s) => Math.max(m, s.asyncOldestEventAgeMs), 0),
    retried: sum((s) => s.retried),
    errors: sum((s) => s.errors),
    timeouts: sum((s) => s.timeouts),
    pending: sum((s) => s.pending),
    invocations: sum((s) => s.invocations),
    coldStarts,
    initTimeouts: sum((s) => s.initTimeouts),
    proactiveInits: sum((s) => s.proactiveInits),
    provisionedInits: sum((s) => s.provisionedInits),
    coldStartProbability: requests > 0 ? coldStarts / requests : 0,
    latencyMs: {
      ...latencyStats([...cold, ...warm]),
      cold: latencyStats(cold),
      warm: latencyStats(warm),
    },
    concurrency: { max: maxConcurrency, mean: fns.reduce((s, f) => s + f.concInt, 0) / t },
    environments: {
      mean: envInt / t,
      meanBusy: busyInt / t,
      meanIdle: fns.reduce((s, f) => s + f.idleInt, 0) / t,
      meanInitializing: fns.reduce((s, f) => s + f.initInt, 0) / t,
      max: maxEnvironments,
      created: sum((s) => s.environments.created),
      reclaimed: sum((s) => s.environments.reclaimed),
    },
    utilization: envInt > 0 ? busyInt / envInt : 0,
    gbSeconds: sum((s) => s.gbSeconds),
    costUsd,
  };
}
