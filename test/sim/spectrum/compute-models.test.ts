import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latencyStats } from '~/sim/results/function-summary.ts';
import { type ContainerOptions, runContainers, runVmFleet } from '~/sim/spectrum/compute-models.ts';
import { Fleet } from '~/sim/spectrum/fleet.ts';

// runContainers as it was before its scaling moved into ContainerScaler: the evaluation loop checked on every
// request. The new one must give exactly its numbers.
function referenceContainers(requests: Float64Array, horizonMs: number, c: ContainerOptions) {
  const per = c.perTaskConcurrency ?? 4;
  const [minTasks, maxTasks] = [c.minTasks ?? 1, c.maxTasks ?? 100];
  const fleet = new Fleet();
  fleet.add(minTasks * per, 0);
  let [tasks, taskMs, lastChange, windowWork, nextEval] = [minTasks, 0, 0, 0, 60_000];
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
      const util = windowWork / (tasks * per * 60_000);
      const desired = Math.min(
        maxTasks,
        Math.max(minTasks, Math.ceil((tasks * util) / (c.targetUtilization ?? 0.7))),
      );
      if (desired < tasks) setTasks(desired, nextEval);
      else if (desired > tasks) pending.push([nextEval + (c.reactionDelaySeconds ?? 120) * 1000, desired]);
      windowWork = 0;
      nextEval += 60_000;
    }
    if (i === requests.length) break;
    windowWork += requests[i + 1] as number;
    fleet.offer(t, requests[i + 1] as number, c.maxQueueMs ?? 30_000);
  }
  taskMs += tasks * (horizonMs - lastChange);
  return { fleet, costUsd: (taskMs / 3_600_000) * (c.hourlyUsdPerTask ?? 0.04937), taskMs };
}

// Requests over 20 minutes, some exactly on evaluation boundaries (ties), sorted by arrival.
const atArb = fc.oneof(
  fc.double({ min: 0, max: 1_200_000, noNaN: true }),
  fc.integer({ min: 0, max: 40 }).map((k) => k * 30_000),
);
const requestsArb = fc
  .array(fc.tuple(atArb, fc.double({ min: 1, max: 20_000, noNaN: true })), { maxLength: 1500 })
  .map((rs) => Float64Array.from(rs.sort((a, b) => a[0] - b[0]).flat()));

const view = (f: Fleet) => [f.requests, f.served, f.dropped, f.queued, f.busyMs, latencyStats(f.latency)];

describe('runContainers', () => {
  it('gives exactly the per-request scaling loop it replaced', () => {
    const options = fc.record({
      minTasks: fc.integer({ min: 1, max: 3 }),
      maxTasks: fc.integer({ min: 3, max: 40 }),
      perTaskConcurrency: fc.integer({ min: 1, max: 6 }),
      targetUtilization: fc.double({ min: 0.2, max: 1, noNaN: true }),
      reactionDelaySeconds: fc.integer({ min: 0, max: 300 }),
      maxQueueMs: fc.integer({ min: 0, max: 60_000 }),
    });
    fc.assert(
      fc.property(requestsArb, options, (requests, c) => {
        const got = runContainers(requests, 1_200_000, c);
        const want = referenceContainers(requests, 1_200_000, c);
        expect(view(got.fleet)).toEqual(view(want.fleet));
        expect(got.costUsd).toBe(want.costUsd);
        expect(got.utilization).toBe(
          want.taskMs > 0 ? want.fleet.busyMs / (want.taskMs * c.perTaskConcurrency) : 0,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('evaluates a period before counting a request that arrives exactly at its end', () => {
    // 50 s of work in the first minute (desired 2 tasks), 50 s more arriving at 60 s sharp (next period).
    const requests = Float64Array.from([0, 50_000, 60_000, 50_000, 61_000, 10]);
    const c = { minTasks: 1, perTaskConcurrency: 1, targetUtilization: 0.5, reactionDelaySeconds: 0 };
    const got = runContainers(requests, 600_000, c);
    expect(got.costUsd).toBe(referenceContainers(requests, 600_000, c).costUsd);
    expect(view(got.fleet)).toEqual(view(referenceContainers(requests, 600_000, c).fleet));
  });
});

describe('runVmFleet', () => {
  it('serves FCFS on a fixed pool and prices the servers for the horizon', () => {
    const requests = Float64Array.from([0, 100, 0, 100, 0, 100, 10, 50]);
    const r = runVmFleet(requests, 3_600_000, { servers: 1, perServerConcurrency: 2, maxQueueMs: 95 });
    // Two start at once, the third waits 100 ms (> 95: dropped), the fourth waits 90 ms.
    expect(view(r.fleet).slice(0, 5)).toEqual([4, 3, 1, 1, 250]);
    expect(r.costUsd).toBe(0.0832);
    expect(r.utilization).toBe(250 / (2 * 3_600_000));
  });
});
