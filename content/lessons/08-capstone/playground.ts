import { coldStartPreset, type FunctionConfig, type Scenario } from '@lab/sim';
import type { PlaygroundClaim } from '~/explorables/claim.ts';

/**
 * The capstone day as the team first deployed it (the exercise's starter design): checkout with a 30 MB
 * package at 512 MB, no reserved or provisioned concurrency; reports with no cap.
 */
const checkout = {
  name: 'checkout',
  memoryMb: 512,
  architecture: 'x86_64',
  timeoutMs: 10_000,
  // 30 ms of CPU at one vCPU (1,769 MB) → 104 ms at 512 MB, plus 50 ms of I/O.
  durationMs: { kind: 'lognormal', medianMs: 154, p99Ms: 231 },
  initMs: coldStartPreset({ runtime: 'nodejs22.x', packageMb: 30, memoryMb: 512 }),
  arrivals: [
    { kind: 'diurnal', meanPerSecond: 3, peakToTrough: 6, peakHour: 13 },
    { kind: 'burst', count: 250, atSeconds: 18 * 3600 },
    {
      kind: 'steps',
      steps: [
        { atSeconds: 0, ratePerSecond: 0 },
        { atSeconds: 20 * 3600, ratePerSecond: 25 },
        { atSeconds: 20 * 3600 + 900, ratePerSecond: 0 },
      ],
    },
  ],
} as const satisfies FunctionConfig;

const reports = {
  name: 'reports',
  memoryMb: 512,
  invocation: 'async',
  timeoutMs: 60_000,
  durationMs: { kind: 'lognormal', medianMs: 3000, p99Ms: 4500 },
  initMs: coldStartPreset({ runtime: 'python3.13', packageMb: 20, memoryMb: 512 }),
  arrivals: { kind: 'burst', count: 1500, atSeconds: 14 * 3600 },
} as const satisfies FunctionConfig;

/** The whole day, first deployment. */
export const firstDeployment = {
  seed: 8,
  horizonSeconds: 86_400,
  account: { concurrencyLimit: 1000 },
  functions: [checkout, reports],
} satisfies Scenario;

/** Points of the day's checkout request rate (requests per second by hour), for the figure. */
export function dailyRate(hour: number): number {
  // The sim's diurnal pattern: a cosine with its peak at 13:00 and peak ÷ trough = 6, mean 3 req/s.
  const mean = 3;
  const ratio = 6;
  const amplitude = (mean * (ratio - 1)) / (ratio + 1);
  return mean + amplitude * Math.cos(((hour - 13) / 24) * 2 * Math.PI);
}

/** What `l8-first-deployment` exists to show (read from checkout alone). */
export const firstDeploymentClaim = {
  sentence:
    'Over the whole day checkout’s totals look healthy (a p99 near 230 ms), yet a few of its requests were throttled.',
  fn: 'checkout',
  matters: [],
  shows: [
    { side: 'a', path: 'throttled', atLeast: 1, atMost: 20 },
    { side: 'a', path: 'latencyMs.p99', atMost: 300 },
  ],
} satisfies PlaygroundClaim;
