/** Per exercise, an answer that hands over made-up results (no simulation) instead of what the learner decided. */
import capstone from '../../../content/lessons/08-capstone/day.solution.ts';

/** Per exercise (`NN-slug/name`): a fabricated answer that must fail. */
export const FABRICATED: Record<string, unknown> = {
  '01-compute-spectrum/fleet-or-functions': {
    steady: { servers: 1, cheaper: 'vm', result: { vm: { dropped: 0, costUsd: 0 } } },
    spiky: { servers: 1, cheaper: 'functions', result: { vm: { dropped: 0, costUsd: 0 } } },
  },
  '02-concurrency/size-it': {
    estimate: 100,
    result: { total: { requests: 150_000, concurrency: { mean: 100 } } },
  },
  '03-scaling-and-throttling/protect-checkout': {
    scenario: { functions: [{ name: 'checkout', reservedConcurrency: 100 }] },
    functions: [
      { name: 'checkout', requests: 18_000, throttled: 0, concurrency: { max: 80 } },
      { name: 'reports', requests: 120_000, throttled: 0, concurrency: { max: 900 } },
    ],
  },
  '04-environment-reuse/predict-reuse': {
    environments: 0,
    coldStarts: 0,
    result: { total: { coldStarts: 0 } },
  },
  '05-cold-starts/trim-the-package': {
    packageMb: 4,
    coldMedianDropMs: 1000,
    result: { total: { latencyMs: { p99: 100, cold: { p50: 200, p99: 300 } }, costUsd: { total: 0 } } },
  },
  '06-provisioned-concurrency/smallest-provisioned': {
    smallest: 33,
    result: { total: { latencyMs: { p99: 500 } } },
  },
  '07-cost/cheapest-slo': {
    memoryMb: 128,
    architecture: 'arm64',
    result: { total: { latencyMs: { p99: 100 }, costUsd: { total: 0.001 } } },
  },
  '08-capstone/day': {
    ...capstone,
    functions: capstone.functions.map((f) => ({ ...f, total: { throttled: 0, costUsd: { total: 0 } } })),
  },
};
