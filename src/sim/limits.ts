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
 */
import type { FunctionState } from './function-state.ts';
import type { ResolvedScenario } from './types.ts';

/** Per-function bucket size: new environments available at once. */
export const PER_FUNCTION_BURST = 1000;
/** Per-function refill, environments per ms (1,000 per 10 s). */
export const PER_FUNCTION_RATE_PER_MS = 1000 / 10_000;
/** Legacy account refill, environments per ms (500 per minute). */
export const LEGACY_RATE_PER_MS = 500 / 60_000;

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

  constructor(scenario: ResolvedScenario, fns: readonly FunctionState[]) {
    const reserved = scenario.functions.reduce((s, f) => s + (f.reservedConcurrency ?? 0), 0);
    this.unreservedPool = scenario.account.concurrencyLimit - reserved;
    const scaling = scenario.account.scaling;
    this.#mode = scaling === 'per-function' ? 0 : scaling === 'legacy-burst' ? 1 : 2;
    this.#legacyBurst = scenario.account.legacyBurst;
    this.#legacyTokens = this.#legacyBurst;
    for (const fs of fns) fs.tokens = PER_FUNCTION_BURST;
  }

  /** Takes one token for a new on-demand environment of `fs` at time t; false if the rate forbids it. */
  allowNewEnvironment(fs: FunctionState, t: number): boolean {
    if (this.#mode === 0) {
      const tokens = Math.min(PER_FUNCTION_BURST, fs.tokens + (t - fs.tokensAt) * PER_FUNCTION_RATE_PER_MS);
      fs.tokensAt = t;
      if (tokens < 1) {
        fs.tokens = tokens;
        return false;
      }
      fs.tokens = tokens - 1;
      return true;
    }
    if (this.#mode === 1) {
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
