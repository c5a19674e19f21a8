/** Defaults filled in by `validateScenario`, each with the reason for its value. */
import type { Distribution, ReusePolicy, ScalingMode } from './types.ts';

/**
 * Idle lifetime of an execution environment when a scenario does not set one: 7 minutes, fixed.
 * AWS does not document it. Public measurements: ~10 min in Oct 2019 (shouldroforion.medium.com,
 * "Battle of the Serverless — Part 2: AWS Lambda Cold Start Times": "~10 minutes as of October 2019"),
 * 5–7 min in 2021 (kevinslin.com, "Benchmarking Lambda's Idle Timeout Before A Cold Start"; as quoted in
 * issue 3, not re-measured here). We take the upper end of the more recent range. Read 2026-11-27.
 */
export const DEFAULT_IDLE_LIFETIME_MS = 420_000;

/** The default idle lifetime as a distribution. */
export const DEFAULT_IDLE_LIFETIME: Distribution = { kind: 'fixed', valueMs: DEFAULT_IDLE_LIFETIME_MS };

/** Account concurrency quota of a new AWS account (Lambda quotas page, read 2026-11-27). */
export const DEFAULT_ACCOUNT_CONCURRENCY = 1000;

/**
 * Default function timeout, ms: the maximum, 900 s, so that no duration is cut unless a scenario asks.
 * (The Lambda console's default is 3 s; set `timeoutMs: 3000` to model it.)
 */
export const DEFAULT_TIMEOUT_MS = 900_000;

/** Default memory size, MB (the Lambda default, 128 MB). */
export const DEFAULT_MEMORY_MB = 128;

/** Default simulated horizon, seconds (one hour). */
export const DEFAULT_HORIZON_SECONDS = 3600;

/** Async event maximum age, seconds: 6 h (AWS docs, invocation-async-error-handling, read 2026-11-27). */
export const DEFAULT_MAX_EVENT_AGE_SECONDS = 21_600;

/** Async retries after a function error (AWS default 2, allowed 0–2; same page). */
export const DEFAULT_MAX_RETRY_ATTEMPTS = 2;

/** Initial burst of the legacy account scaling rule, the largest regional value. */
export const DEFAULT_LEGACY_BURST = 3000;

/** Caps used when `output.spans` / `output.records` is `true`. */
export const DEFAULT_SPAN_CAP = 1000;
/** @see DEFAULT_SPAN_CAP */
export const DEFAULT_RECORD_CAP = 10_000;

/** Default random seed. */
export const DEFAULT_SEED = 1;

/** Every account scaling rule, in the order the UI lists them (the `ScalingMode` type's values). */
export const SCALING_MODES = [
  'per-function',
  'legacy-burst',
  'unlimited',
] as const satisfies readonly ScalingMode[];

/** Default scaling rule: AWS's since November 2023. */
export const DEFAULT_SCALING: ScalingMode = 'per-function';

/** Every reuse policy (the `ReusePolicy` type's values). */
export const REUSE_POLICIES = ['newest', 'oldest', 'random'] as const satisfies readonly ReusePolicy[];

/** Default reuse policy: the most recently used idle environment first. */
export const DEFAULT_REUSE_POLICY: ReusePolicy = 'newest';
