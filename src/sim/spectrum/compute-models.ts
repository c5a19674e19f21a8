/**
 * The two non-Lambda columns of `compareSpectrum`: a fixed VM fleet and a container service scaled by
 * target tracking, both as FCFS slot pools (see fleet.ts).
 *
 * Default prices, us-east-1, Linux on-demand, read 2026-11-27 but NOT re-verified against the live pages
 * (they render prices client-side): EC2 t3.large (2 vCPU, 8 GiB) $0.0832/h (aws.amazon.com/ec2/pricing/
 * on-demand/); Fargate 1 vCPU + 2 GB at $0.04048 per vCPU-h + $0.004445 per GB-h = $0.04937/h
 * (aws.amazon.com/fargate/pricing/).
 */
import { ContainerScaler } from './container-scaler.ts';
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

/** Runs interleaved [arrival ms, work ms] pairs through a fixed fleet. */
export function runVmFleet(requests: ArrayLike<number>, horizonMs: number, vmOpt: VmOptions): ModelRun {
  const servers = vmOpt.servers ?? 2;
  const k = vmOpt.perServerConcurrency ?? 8;
  const maxQueueMs = vmOpt.maxQueueMs ?? 30_000;
  const fleet = new Fleet();
  fleet.add(servers * k, 0);
  for (let i = 0; i < requests.length; i += 2)
    fleet.offer(requests[i] as number, requests[i + 1] as number, maxQueueMs);
  const costUsd = servers * (vmOpt.hourlyUsd ?? 0.0832) * (horizonMs / 3_600_000);

  return { fleet, costUsd, utilization: fleet.busyMs / (servers * k * horizonMs) };
}

/**
 * Runs the requests through a container service scaled by target tracking (container-scaler.ts): every
 * 60 s, desired tasks = ceil(tasks × utilization ÷ target); scale-out lands after the reaction delay,
 * scale-in at once.
 */
export function runContainers(requests: ArrayLike<number>, horizonMs: number, c: ContainerOptions): ModelRun {
  const per = c.perTaskConcurrency ?? 4;
  const maxQueueMs = c.maxQueueMs ?? 30_000;
  const fleet = new Fleet();
  const scaler = new ContainerScaler(fleet, {
    perTask: per,
    minTasks: c.minTasks ?? 1,
    maxTasks: c.maxTasks ?? 100,
    target: c.targetUtilization ?? 0.7,
    delayMs: (c.reactionDelaySeconds ?? 120) * 1000,
  });
  for (let i = 0; i < requests.length; i += 2) {
    const t = requests[i] as number;
    const work = requests[i + 1] as number;
    if (t >= scaler.due) scaler.advanceTo(t);
    scaler.windowWork += work;
    fleet.offer(t, work, maxQueueMs);
  }
  scaler.advanceTo(horizonMs);
  scaler.finish(horizonMs);
  const costUsd = (scaler.taskMs / 3_600_000) * (c.hourlyUsdPerTask ?? 0.04937);
  const taskMs = scaler.taskMs;

  return { fleet, costUsd, utilization: taskMs > 0 ? fleet.busyMs / (taskMs * per) : 0 };
}
