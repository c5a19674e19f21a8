import type { Scenario, SimulationResult, Summary } from '@lab/sim';

const stats = (p50: number, p99: number) => ({
  count: 10,
  mean: p50,
  p50,
  p90: (p50 + p99) / 2,
  p99,
  max: p99 * 1.2,
});

/** A plausible summary for tests; override any field. */
export function summary(overrides: Partial<Summary> = {}): Summary {
  return {
    requests: 1000,
    served: 990,
    throttled: 10,
    throttledBy: { account: 0, reserved: 10, scaling: 0, invocationRate: 0 },
    dropped: 10,
    expired: 0,
    asyncOldestEventAgeMs: 0,
    retried: 0,
    errors: 0,
    timeouts: 0,
    pending: 0,
    invocations: 990,
    coldStarts: 10,
    initTimeouts: 0,
    proactiveInits: 0,
    provisionedInits: 0,
    coldStartProbability: 0.01,
    latencyMs: { ...stats(120, 900), cold: stats(700, 1500), warm: stats(100, 300) },
    concurrency: { max: 8, mean: 2.5 },
    environments: {
      mean: 5,
      meanBusy: 2.5,
      meanIdle: 2.4,
      meanInitializing: 0.1,
      max: 8,
      created: 10,
      reclaimed: 4,
    },
    utilization: 0.5,
    gbSeconds: 100,
    costUsd: { requests: 0.0002, duration: 0.0121, provisioned: 0, total: 0.0123 },
    ...overrides,
  };
}

/** A small result with series and spans: 4 buckets of 10 s, two environments. */
export function result(overrides: Partial<SimulationResult> = {}): SimulationResult {
  const set = {
    concurrency: [0, 2, 5, 1],
    concurrencyMax: [0, 3, 5, 2],
    environmentsMax: [0, 3, 6, 4],
    busy: [0, 2, 5, 1],
    idle: [0, 0, 1, 3],
    initializing: [0, 1, 0, 0],
    coldStarts: [0, 3, 4, 0],
    throttles: [0, 0, 7, 0],
    asyncOldestEventAgeMs: [0, 0, 0, 0],
    p50: [null, 100, 150, 90],
    p99: [null, 400, 800, 120],
  };
  return {
    scenario: {
      seed: 1,
      horizonSeconds: 40,
      account: { concurrencyLimit: 1000, scaling: 'per-function', legacyBurst: 3000 },
      functions: [
        {
          name: 'api',
          memoryMb: 512,
          arrivals: [{ kind: 'poisson', ratePerSecond: 1 }],
          durationMs: { kind: 'fixed', valueMs: 100 },
          initMs: { kind: 'fixed', valueMs: 300 },
          idleLifetimeMs: { kind: 'fixed', valueMs: 20000 },
          reservedConcurrency: 5,
          provisionedConcurrency: [],
          timeoutMs: 3000,
          invocation: 'sync',
          errorRate: 0,
          architecture: 'x86_64',
          reusePolicy: 'newest',
          maxEventAgeSeconds: 21600,
          maxRetryAttempts: 2,
          proactiveInitProbability: 0,
          provisionedAllocationSeconds: 0,
          provisionedRecycleSeconds: null,
        },
      ],
      output: { seriesResolutionSeconds: 10, spans: 100, records: 0 },
    },
    horizonMs: 40_000,
    total: summary(),
    functions: [{ ...summary(), name: 'api' }],
    series: { resolutionMs: 10_000, t: [0, 10_000, 20_000, 30_000], total: set, functions: { api: set } },
    spans: [
      {
        envId: 2,
        functionName: 'api',
        provisioned: false,
        coldStartAtMs: 15_000,
        phases: [
          { state: 'initializing', startMs: 15_000, endMs: 15_300 },
          { state: 'busy', startMs: 15_300, endMs: 15_400 },
          { state: 'idle', startMs: 15_400, endMs: 40_000 },
        ],
      },
      {
        envId: 1,
        functionName: 'api',
        provisioned: false,
        coldStartAtMs: 1_000,
        reclaimedAtMs: 30_000,
        phases: [
          { state: 'initializing', startMs: 1_000, endMs: 1_300 },
          { state: 'busy', startMs: 1_300, endMs: 1_400 },
          { state: 'idle', startMs: 1_400, endMs: 5_000 },
          { state: 'busy', startMs: 5_000, endMs: 5_100 },
          { state: 'idle', startMs: 5_100, endMs: 30_000 },
        ],
      },
    ],
    ...overrides,
  };
}

/** A one-function scenario the control tests read and write (Poisson 2.5 req/s, 800 ms mean, 10 min). */
export const controlBase = {
  seed: 7,
  horizonSeconds: 600,
  functions: [
    {
      name: 'api',
      memoryMb: 512,
      arrivals: { kind: 'poisson', ratePerSecond: 2.5 },
      durationMs: { kind: 'exponential', meanMs: 800 },
      idleLifetimeMs: { kind: 'fixed', valueMs: 600000 },
    },
  ],
} satisfies Scenario;
