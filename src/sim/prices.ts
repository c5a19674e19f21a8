/**
 * Lambda prices, US East (N. Virginia), first pricing tier, no free tier, no Savings Plans.
 * Source: https://aws.amazon.com/lambda/pricing/ (read 2026-11-27). That page renders its rate tables
 * client-side, so the text we could read confirms $0.20 per 1M requests, $0.0000166667 per GB-s (x86),
 * 1 ms rounding of duration and "Provisioned Concurrency is calculated from the time you enable it ...
 * rounded up to the nearest five minutes" (we do not round). The arm64 rate ($0.0000133334) is cross-checked
 * against artillery's transcription (github.com/artillery/artillery lib/platform/aws-lambda/prices.js:
 * x86 1666670e-11, arm64 1333340e-11 $/GB-s). The provisioned-concurrency rates below are the published
 * us-east-1 figures as widely quoted; we could NOT read them on the page itself, so treat them as unverified.
 * INIT billing: since 1 Aug 2025 the INIT phase of on-demand ZIP functions on managed runtimes is billed like
 * the handler (AWS Compute Blog, "AWS Lambda standardizes billing for INIT Phase", 2025-04-29, read 2026-11-27).
 */
import type { Architecture } from './types.ts';

/** Named price constants in USD. Every rate is per unit shown in its name. */
export const PRICES = {
  /** $0.20 per million requests (invocations), both architectures. */
  perMillionRequests: 0.2,
  /** On-demand duration, $ per GB-second (INIT included since 1 Aug 2025). */
  durationPerGbSecond: { x86_64: 0.0000166667, arm64: 0.0000133334 },
  /** Provisioned concurrency, $ per GB-second configured, whether used or not. */
  provisionedPerGbSecond: { x86_64: 0.0000041667, arm64: 0.0000033334 },
  /** Duration on provisioned environments, $ per GB-second (lower than on-demand). */
  provisionedDurationPerGbSecond: { x86_64: 0.0000097222, arm64: 0.0000077778 },
  /** Region and date the numbers were read. */
  region: 'us-east-1',
  readOn: '2026-11-27',
} as const;

/** What a function used, for `costOf`. */
export interface Usage {
  /** Billed invocations. */
  requests: number;
  /** Memory size, MB. */
  memoryMb: number;
  /** Sum of billed on-demand duration (INIT + handler, each rounded up to 1 ms), ms. */
  billedMs: number;
  /** Sum of billed duration on provisioned environments, ms. @default 0 */
  provisionedBilledMs?: number;
  /** Provisioned environments × seconds configured (e.g. 10 for 1 hour = 36000). @default 0 */
  provisionedEnvironmentSeconds?: number;
  /** @default 'x86_64' */
  architecture?: Architecture;
}

/** GB-seconds for `ms` milliseconds at `memoryMb` (Lambda bills 1 GB = 1024 MB). */
export function gbSeconds(memoryMb: number, ms: number): number {
  return (memoryMb / 1024) * (ms / 1000);
}

/**
 * Cost in USD of a usage, split like the bill.
 * @example costOf({ requests: 1e6, memoryMb: 512, billedMs: 1e6 * 100 }).total // ≈ 1.03
 */
export function costOf(usage: Usage): {
  requests: number;
  duration: number;
  provisioned: number;
  total: number;
} {
  const arch = usage.architecture ?? 'x86_64';
  const requests = (usage.requests / 1e6) * PRICES.perMillionRequests;
  const duration =
    gbSeconds(usage.memoryMb, usage.billedMs) * PRICES.durationPerGbSecond[arch] +
    gbSeconds(usage.memoryMb, usage.provisionedBilledMs ?? 0) * PRICES.provisionedDurationPerGbSecond[arch];
  const provisioned =
    gbSeconds(usage.memoryMb, (usage.provisionedEnvironmentSeconds ?? 0) * 1000) *
    PRICES.provisionedPerGbSecond[arch];
  return { requests, duration, provisioned, total: requests + duration + provisioned };
}
