/** Defaults filled in by `validateScenario`, each with the reason for its value. */
import type { Distribution, ReusePolicy, ScalingMode } from './types.ts';

/**
 * Idle lifetime of an execution environment when a scenario does not set one: 10 minutes, fixed.
 * AWS does not document it (Operator Guide: kept "for a non-deterministic period of time"). Published
 * measurements, oldest first:
 * - Yan Cui, theburningmonk.com, 2017-06 ("how long does AWS Lambda keep your idle functions around"):
 *   most environments reclaimed after 45–60 min idle, some sooner.
 * - Kevin Lin, kevinslin.com/aws/lambda_cold_start_idle/, dated 2019-02-04 (tests 2019-01-29 to 02-01):
 *   26 min in us-west-2, 22–65 min in us-east-1 (figures from the course's fact check, issue 11; the copy
 *   we could read on 2026-12-06 stops before the results).
 * - Mikhail Shilkov, mikhail.io/2019/08/aws-lambda-cold-starts-after-10-minutes/, 2019-08: the lifetime
 *   changed in July 2019 from 25–60 min to a fixed ~10 min after the last request.
 * - shouldroforion.medium.com, "Battle of the Serverless — Part 2", 2019-10: "~10 minutes".
 * We found no later systematic measurement, so the default is the most recent measured value, 10 min.
 * It is a parameter (`functions[].idleLifetimeMs`): the true value is unknown and may vary. Read 2026-12-06.
 */
export const DEFAULT_IDLE_LIFETIME_MS = 600_000;

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
