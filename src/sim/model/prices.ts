/**
 * Lambda prices, US East (N. Virginia), no free tier, no Savings Plans.
 * Source: https://aws.amazon.com/lambda/pricing/ (read 2026-11-27). That page renders its rate tables
 * client-side, so the text we could read confirms $0.20 per 1M requests, $0.0000166667 per GB-s (x86),
 * 1 ms rounding of duration and "Provisioned Concurrency is calculated from the time you enable it ...
 * rounded up to the nearest five minutes" (we do not round). The arm64 rate ($0.0000133334) is cross-checked
 * against artillery's transcription (github.com/artillery/artillery lib/platform/aws-lambda/prices.js:
 * x86 1666670e-11, arm64 1333340e-11 $/GB-s). The provisioned-concurrency rates below are the published
 * us-east-1 figures as widely quoted; we could NOT read them on the page itself, so treat them as unverified.
 * INIT billing: since 1 Aug 2025 the INIT phase of on-demand ZIP functions on managed runtimes is billed like
 * the handler (AWS Compute Blog, "AWS Lambda standardizes billing for INIT Phase", 2025-04-29, read 2026-11-27).
 * Tiered duration prices (since Aug 2022): on-demand duration is 10% cheaper above 6 billion GB-s a month
 * and 20% above 15 billion on x86; 7.5 and 18.75 billion on arm64 (AWS Compute Blog, "Introducing tiered
 * pricing for AWS Lambda", Heeki Park, 2022, read 2026-12-06). A run shorter or longer than a month is
 * priced as if its usage rate lasted a month of 730 hours (the AWS Pricing Calculator's month; the model's
 * assumption), i.e. the tier bounds scale with the horizon; they apply to the account's total per
 * architecture, so each function gets the blended rate. Provisioned-concurrency duration is not tiered.
 * Free tier (1M requests and 400,000 GB-s a month): not modelled, every cost is before it; AWS does not
 * apply it to functions with provisioned concurrency.
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
  /**
   * Multiplier (0.8–1) on the on-demand duration price from the monthly tiers (`durationTierFactor`).
   * @default 1 (the first tier)
   */
  durationTierFactor?: number;
}

/** Hours in the month the tiers are counted over (730, as the AWS Pricing Calculator). */
export const HOURS_PER_MONTH = 730;

/** Monthly on-demand duration tier bounds, GB-seconds, and the discount above each (Aug 2022 tiers). */
export const DURATION_TIERS = {
  bounds: { x86_64: [6e9, 15e9], arm64: [7.5e9, 18.75e9] },
  discounts: [0.1, 0.2],
} as const;

/**
 * The blended on-demand duration price multiplier for `gbs` GB-seconds of an architecture used over
 * `horizonSeconds` (tier bounds prorated from a 730-hour month): 1 below the first bound, → 0.8 far above.
 * @example durationTierFactor(9e9, 'x86_64', 730 * 3600) // (6 + 3 × 0.9) / 9 ≈ 0.967
 */
export function durationTierFactor(gbs: number, arch: Architecture, horizonSeconds: number): number {
  if (!(gbs > 0) || !(horizonSeconds > 0)) return 1;
  const scale = horizonSeconds / (HOURS_PER_MONTH * 3600);
  const [b1, b2] = DURATION_TIERS.bounds[arch].map((b) => b * scale) as [number, number];
  const [d1, d2] = DURATION_TIERS.discounts;
  const tier1 = Math.min(gbs, b1);
  const tier2 = Math.max(0, Math.min(gbs, b2) - b1);
  const tier3 = Math.max(0, gbs - b2);
  return (tier1 + tier2 * (1 - d1) + tier3 * (1 - d2)) / gbs;
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
    gbSeconds(usage.memoryMb, usage.billedMs) *
      PRICES.durationPerGbSecond[arch] *
      (usage.durationTierFactor ?? 1) +
    gbSeconds(usage.memoryMb, usage.provisionedBilledMs ?? 0) * PRICES.provisionedDurationPerGbSecond[arch];
  const provisioned =
    gbSeconds(usage.memoryMb, (usage.provisionedEnvironmentSeconds ?? 0) * 1000) *
    PRICES.provisionedPerGbSecond[arch];
  return { requests, duration, provisioned, total: requests + duration + provisioned };
}
