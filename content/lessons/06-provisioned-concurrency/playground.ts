import { coldStartPreset, type FunctionConfig, type Scenario } from '@lab/sim';

/**
 * Lesson 6 scenarios. `quote` is a Java API on a large framework: a 40 MB package whose INIT takes seconds
 * even after trimming. Its traffic is calm (1 request per second) with three 20-second rushes of 150 per second in two hours.
 */
const quote = {
  name: 'quote',
  memoryMb: 1024,
  durationMs: { kind: 'lognormal', medianMs: 200, p99Ms: 800 },
  initMs: coldStartPreset({ runtime: 'java21', packageMb: 40, memoryMb: 1024 }),
  timeoutMs: 15_000,
  arrivals: {
    kind: 'steps',
    steps: [
      { atSeconds: 0, ratePerSecond: 1 },
      { atSeconds: 1200, ratePerSecond: 150 },
      { atSeconds: 1220, ratePerSecond: 1 },
      { atSeconds: 3600, ratePerSecond: 150 },
      { atSeconds: 3620, ratePerSecond: 1 },
      { atSeconds: 6000, ratePerSecond: 150 },
      { atSeconds: 6020, ratePerSecond: 1 },
    ],
  },
} as const satisfies FunctionConfig;

/** The rushes, on demand only. */
export const rushes = {
  seed: 6,
  horizonSeconds: 7200,
  functions: [quote],
} satisfies Scenario;

/** The same rushes with 40 provisioned environments. */
export const rushesProvisioned = {
  ...rushes,
  functions: [{ ...quote, provisionedConcurrency: 40 }],
} satisfies Scenario;

/** The same rushes plus a keep-warm ping every 5 minutes (in the sim, an ordinary invocation). */
export const rushesPinged = {
  ...rushes,
  functions: [{ ...quote, arrivals: [quote.arrivals, { kind: 'constant', ratePerSecond: 1 / 300 }] }],
} satisfies Scenario;

const daily = {
  name: 'quote',
  memoryMb: 1024,
  durationMs: { kind: 'lognormal', medianMs: 200, p99Ms: 800 },
  initMs: coldStartPreset({ runtime: 'java21', packageMb: 40, memoryMb: 1024 }),
  timeoutMs: 15_000,
  arrivals: { kind: 'diurnal', meanPerSecond: 10, peakToTrough: 8, peakHour: 14 },
} as const satisfies FunctionConfig;

/** A day of traffic peaking at 14:00, with enough provisioned concurrency for the peak held all day. */
export const day = {
  seed: 6,
  horizonSeconds: 86_400,
  functions: [{ ...daily, provisionedConcurrency: 12 }],
} satisfies Scenario;

/** The same day, with provisioned concurrency stepped up for the daytime and down for the night. */
export const dayScheduled = {
  ...day,
  functions: [
    {
      ...daily,
      provisionedConcurrency: [
        { atSeconds: 0, count: 2 },
        { atSeconds: 8 * 3600, count: 12 },
        { atSeconds: 20 * 3600, count: 2 },
      ],
    },
  ],
} satisfies Scenario;
