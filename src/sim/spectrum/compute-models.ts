/**
 * The two non-Lambda columns of `compareSpectrum`: a fixed VM fleet and a container service scaled by
 * target tracking, both as FCFS slot pools (see fleet.ts).
 *
 * Default prices, us-east-1, Linux on-demand, read 2026-11-27 but NOT re-verified against the live pages
 * (they render prices client-side): EC2 t3.large (2 vCPU, 8 GiB) $0.0832/h (aws.amazon.com/ec2/pricing/
 * on-demand/); Fargate 1 vCPU + 2 GB at $0.04048 per vCPU-h + $0.004445 per GB-h = $0.04937/h
 * (aws.amazon.com/fargate/pricing/).
 */
import { Fleet } from './fleet.ts';

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

/** A column's fleet with its cost (USD) and utilization (busy ÷ paid slot time). */
export interface ModelRun {
  fleet: Fleet;
  costUsd: number;
  utilization: number;
}

const EVAL_MS = 60_000;

/** Runs interleaved [arrival ms, work ms] pairs through a fixed fleet. */
export function runVmFleet(requests: ArrayLike<number>, horizonMs: number, vmOpt: VmOptions): ModelRun {
  const servers = vmOpt.servers ?? 2;
  const k = vmOpt.perServerConcurrency ?? 8;
  const fleet = new Fleet();
  fleet.add(servers * k, 0);
  for (let i = 0; i < requests.length; i += 2)
    fleet.offer(requests[i] as number, requests[i + 1] as number, vmOpt.maxQueueMs ?? 30_000);
  const costUsd = servers * (vmOpt.hourlyUsd ?? 0.0832) * (horizonMs / 3_600_000);

  return { fleet, costUsd, utilization: fleet.busyMs / (servers * k * horizonMs) };
}

/**
 * Runs the requests through a container service: every 60 s, desired tasks = ceil(tasks × utilization ÷
 * target), utilization being the work offered in the period ÷ its capacity; scale-out lands after the reaction
 * delay, scale-in at once (a removed task finishes its current requests).
 */
export function runContainers(requests: ArrayLike<number>, horizonMs: number, c: ContainerOptions): ModelRun {
  const per = c.perTaskConcurrency ?? 4;
  const [minTasks, maxTasks] = [c.minTasks ?? 1, c.maxTasks ?? 100];
  const fleet = new Fleet();
  fleet.add(minTasks * per, 0);
  let tasks = minTasks;
  let taskMs = 0;
  let lastChange = 0;
  let windowWork = 0;
  let nextEval = EVAL_MS;
  const pending: [number, number][] = [];
  const setTasks = (n: number, t: number) => {
    taskMs += tasks * (t - lastChange);
    lastChange = t;
    if (n > tasks) fleet.add((n - tasks) * per, t);
    else fleet.remove((tasks - n) * per);
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
    fleet.offer(t, requests[i + 1] as number, c.maxQueueMs ?? 30_000);
  }
  taskMs += tasks * (horizonMs - lastChange);
  const costUsd = (taskMs / 3_600_000) * (c.hourlyUsdPerTask ?? 0.04937);

  return { fleet, costUsd, utilization: taskMs > 0 ? fleet.busyMs / (taskMs * per) : 0 };
}
