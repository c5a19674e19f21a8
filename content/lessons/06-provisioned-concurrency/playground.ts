import { coldStartPreset, type FunctionConfig, type Scenario } from '@lab/sim';
import type { PlaygroundClaim } from '~/explorables/claim.ts';

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

/** What `l6-provisioned` exists to show. */
export const provisionedClaim = {
  sentence:
    '40 provisioned environments remove most cold starts (about 500 → 70) and halve the p99, at about 16 times the cost.',
  matters: [
    { path: 'coldStarts', better: 'lower', expect: 'b' },
    { path: 'latencyMs.p99', better: 'lower', expect: 'b' },
    { path: 'costUsd.total', better: 'lower', expect: 'a' },
  ],
  shows: [
    { side: 'a', path: 'coldStarts', atLeast: 400 },
    { side: 'b', path: 'coldStarts', atMost: 100 },
  ],
} satisfies PlaygroundClaim;

/** What `l6-schedule` exists to show. */
export const scheduleClaim = {
  sentence:
    'A schedule that follows the day costs about a quarter less than 12 environments held all day, for the same p99.',
  matters: [
    { path: 'costUsd.total', better: 'lower', expect: 'b' },
    { path: 'latencyMs.p99', better: 'lower', expect: 'same' },
  ],
  shows: [
    { side: 'a', path: 'costUsd.total', atLeast: 6 },
    { side: 'b', path: 'costUsd.total', atMost: 5 },
  ],
} satisfies PlaygroundClaim;

/** What `l6-pings` exists to show. */
export const pingsClaim = {
  sentence:
    'Keep-warm pings every 5 minutes change nothing that matters: cold starts and the p99 stay about the same.',
  matters: [
    { path: 'coldStarts', better: 'lower', expect: 'same' },
    { path: 'latencyMs.p99', better: 'lower', expect: 'same' },
  ],
  shows: [
    { side: 'a', path: 'coldStarts', atLeast: 400 },
    { side: 'b', path: 'coldStarts', atLeast: 400 },
  ],
} satisfies PlaygroundClaim;
