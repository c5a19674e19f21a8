/**
 * Limits on concurrency and on how fast environments may be created.
 *
 * - Account concurrency is shared; reserved concurrency carves a function's share out of it, and the
 *   unreserved pool (limit − Σ reserved) is shared by the other functions. Provisioned concurrency of an
 *   unreserved function is taken from that pool while configured, so such a function uses
 *   max(in-flight, provisioned) of it. AWS docs "Configuring reserved concurrency" and "Configuring
 *   provisioned concurrency" (docs.aws.amazon.com/lambda/latest/dg/), read 2026-11-27.
 * - `per-function` scaling: "for each function, your concurrency scaling rate is 1,000 execution
 *   environment instances every 10 seconds"; "Lambda makes a best attempt to refill your concurrency
 *   scaling rate continuously"; unused rate does not accrue beyond 1,000. AWS docs "Lambda scaling
 *   behavior" (scaling-behavior.html), read 2026-11-27; in force since Nov 2023. Modelled as a token bucket
 *   of 1,000 tokens refilled at 0.1 per ms, one token per new on-demand environment.
 * - `legacy-burst` (before Nov 2023): "For an initial burst of traffic, your cumulative concurrency in a
 *   Region can reach between 500 and 3000 ... After this initial burst, functions can scale by an additional
 *   500 instances per minute" (AWS Lambda Operator Guide, "On-demand scaling example", serverlessland.com,
 *   read 2026-11-27). Modelled as one account-wide bucket of `legacyBurst` tokens refilled at 500 per minute.
 * - `unlimited`: no rate limit (queueing theory without Lambda's scaling rule).
 * - Invocation rate: "Each instance of your execution environment can serve up to 10 requests per second.
 *   In other words, the total invocation limit is 10 times your concurrency limit" (AWS docs, "Lambda
 *   quotas", gettingstarted-limits, read 2026-12-06). Our reading: the quota is on the concurrency LIMIT,
 *   not on the environments actually alive: a function with reserved concurrency R may start at most 10·R
 *   invocations per second (AWS reason `ReservedFunctionInvocationRateLimitExceeded`); the functions
 *   without reserved concurrency share 10 × the unreserved pool (`FunctionInvocationRateLimitExceeded`).
 *   Modelled as token buckets holding one second of that rate, refilled continuously; an attempt takes a
 *   token once it has passed the concurrency checks (throttled attempts do not use the rate), in every
 *   scaling mode. It binds only for short requests: at 10 ms per request, 10 concurrency serves 1,000
 *   req/s, but the quota allows 100.
 * - The scaling rule's second wording, "or 10,000 requests per second every 10 seconds" (same page as the
 *   1,000 environments), is the environment rule counted at 10 requests per environment; it is not a
 *   separate bucket here (a simplification listed in the README's model table).
 */

import type { ResolvedScenario } from '../model/types.ts';
import type { FunctionState } from './function-state.ts';

/** Per-function bucket size: new environments available at once. */
export const PER_FUNCTION_BURST = 1000;
/** Per-function refill, environments per ms (1,000 per 10 s). */
export const PER_FUNCTION_RATE_PER_MS = 1000 / 10_000;
/** Legacy account refill, environments per ms (500 per minute). */
export const LEGACY_RATE_PER_MS = 500 / 60_000;
/** Invocations per second allowed per unit of concurrency limit (Lambda quotas page, read 2026-12-06). */
export const INVOCATIONS_PER_SECOND_PER_CONCURRENCY = 10;

// A token short of 1 by floating-point rounding only (ten refills of 0.1 sum to 0.9999999999999999) counts
// as a whole token.
const TOKEN_EPSILON = 1e-9;

/** `#mode` codes: the scaling rule in force. */
const MODE_PER_FUNCTION = 0;
const MODE_LEGACY = 1;
const MODE_UNLIMITED = 2;

/** Concurrency pools and scaling buckets of one run. */
export class Limits {
  /** Concurrency left to functions without reserved concurrency. */
  readonly unreservedPool: number;
  /** Σ over unreserved functions of max(in-flight, provisioned). */
  unreservedUsage = 0;
  readonly #mode: number;
  readonly #legacyBurst: number;
  #legacyTokens: number;
  #legacyAt = 0;
  /** Shared invocation-rate bucket of the functions without reserved concurrency: size (tokens) and state. */
  readonly #rateCap: number;
  #rateTokens: number;
  #rateAt = 0;

  constructor(scenario: ResolvedScenario, fns: readonly FunctionState[]) {
    const reserved = scenario.functions.reduce((s, f) => s + (f.reservedConcurrency ?? 0), 0);
    this.unreservedPool = scenario.account.concurrencyLimit - reserved;
    const scaling = scenario.account.scaling;
    this.#mode =
      scaling === 'per-function'
        ? MODE_PER_FUNCTION
        : scaling === 'legacy-burst'
          ? MODE_LEGACY
          : MODE_UNLIMITED;
    this.#legacyBurst = scenario.account.legacyBurst;
    this.#legacyTokens = this.#legacyBurst;
    this.#rateCap = INVOCATIONS_PER_SECOND_PER_CONCURRENCY * this.unreservedPool;
    this.#rateTokens = this.#rateCap;
    for (const fs of fns) {
      fs.tokens = PER_FUNCTION_BURST;
      fs.rateTokens = INVOCATIONS_PER_SECOND_PER_CONCURRENCY * (fs.hasReserved ? fs.reserved : 0);
    }
  }

  /**
   * Takes one invocation-rate token for an attempt of `fs` now (`clock.now`, ms); false if the quota forbids
   * it. The time is read from the clock object rather than passed: a double argument to a call V8 does not
   * inline is boxed, once per attempt.
   */
  allowInvocation(fs: FunctionState, clock: { readonly now: number }): boolean {
    const t = clock.now;
    if (fs.hasReserved) {
      const cap = INVOCATIONS_PER_SECOND_PER_CONCURRENCY * fs.reserved;
      const tokens = Math.min(cap, fs.rateTokens + (t - fs.rateAt) * cap * 0.001);
      fs.rateAt = t;
      const ok = tokens >= 1 - TOKEN_EPSILON;
      fs.rateTokens = ok ? tokens - 1 : tokens;
      return ok;
    }
    const cap = this.#rateCap;
    const tokens = Math.min(cap, this.#rateTokens + (t - this.#rateAt) * cap * 0.001);
    this.#rateAt = t;
    const ok = tokens >= 1 - TOKEN_EPSILON;
    this.#rateTokens = ok ? tokens - 1 : tokens;
    return ok;
  }

  /** Takes one token for a new on-demand environment of `fs` at time t; false if the rate forbids it. */
  allowNewEnvironment(fs: FunctionState, t: number): boolean {
    if (this.#mode === MODE_PER_FUNCTION) {
      const tokens = Math.min(PER_FUNCTION_BURST, fs.tokens + (t - fs.tokensAt) * PER_FUNCTION_RATE_PER_MS);
      fs.tokensAt = t;
      if (tokens < 1) {
        fs.tokens = tokens;
        return false;
      }
      fs.tokens = tokens - 1;
      return true;
    }
    if (this.#mode === MODE_LEGACY) {
      const tokens = Math.min(
        this.#legacyBurst,
        this.#legacyTokens + (t - this.#legacyAt) * LEGACY_RATE_PER_MS,
      );
      this.#legacyAt = t;
      if (tokens < 1) {
        this.#legacyTokens = tokens;
        return false;
      }
      this.#legacyTokens = tokens - 1;
      return true;
    }
    return true;
  }
}
