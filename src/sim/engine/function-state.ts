/**
 * Live state and streamed statistics of one function during a run. Time-weighted means are integrals
 * (count × ms) advanced lazily at each change, so memory does not grow with the horizon.
 */

import type { ResolvedFunction } from '../model/types.ts';
import type { Rng } from '../random/rng.ts';
import { Sampler } from '../random/sampler.ts';
import { Histogram } from '../results/histogram.ts';

/** Throttle reasons, as indexes into `throttledBy`. */
export const ACCOUNT = 0;
/** @see ACCOUNT */
export const RESERVED = 1;
/** @see ACCOUNT */
export const SCALING = 2;
/** The invocation-rate quota (10 requests per second per unit of concurrency limit; see limits.ts). */
export const INVOCATION_RATE = 3;
/** Names of the throttle reasons, by index. */
export const REASONS = ['account', 'reserved', 'scaling', 'invocationRate'] as const;

/** Random streams one function needs, besides one per arrival source. */
export const STREAMS_PER_FUNCTION = 5;
/**
 * Streams added after every arrival source, one per function (so that adding them left every earlier
 * stream, and so every earlier result, unchanged): proactive-initialization draws.
 */
export const LATE_STREAMS_PER_FUNCTION = 1;

/** `reuse` codes: which idle environment serves the next request. */
export const REUSE_NEWEST = 0;
/** @see REUSE_NEWEST */
export const REUSE_OLDEST = 1;
/** @see REUSE_NEWEST */
export const REUSE_RANDOM = 2;

/** One function's live counts, integrals and counters. */
export class FunctionState {
  // Numeric fields start as numbers, not undefined (see Sampler): V8 then keeps them unboxed.
  readonly name: string;
  readonly memoryMb: number = 0;
  readonly hasReserved: boolean;
  readonly reserved: number = 0;
  readonly timeoutMs: number = 0;
  readonly errorRate: number = 0;
  readonly isAsync: boolean;
  readonly maxAgeMs: number = 0;
  readonly maxRetries: number = 0;
  /** `REUSE_NEWEST`, `REUSE_OLDEST` or `REUSE_RANDOM`. */
  readonly reuse: number = REUSE_NEWEST;
  /** Probability (0–1) that a cold start also pre-initializes one extra environment. */
  readonly proactiveP: number = 0;
  /** Extra delay before a provisioned step's new environments start INIT, ms. */
  readonly provAllocationMs: number = 0;
  /** Lifetime of a provisioned environment before it is recycled (re-INIT), ms; Infinity when off. */
  readonly provRecycleMs: number = Number.POSITIVE_INFINITY;
  readonly duration: Sampler;
  readonly init: Sampler;
  readonly idle: Sampler;
  readonly durRng: Rng;
  readonly initRng: Rng;
  readonly idleRng: Rng;
  readonly errRng: Rng;
  readonly reuseRng: Rng;
  /** Proactive-initialization draws (set by the engine from a late stream). */
  proactiveRng: Rng | null = null;

  // Live counts.
  inFlight = 0;
  nInit = 0;
  nBusy = 0;
  nIdle = 0;
  provTarget = 0;
  /** Provisioned environments alive and not marked for removal. */
  provLive = 0;
  /** Async events waiting for a retry. */
  waiting = 0;
  /** Per-function scaling tokens (new environments) and when they were last refilled. */
  tokens = 0;
  tokensAt = 0;
  /** Invocation-rate tokens of a function with reserved concurrency, and when they were last refilled. */
  rateTokens = 0;
  rateAt = 0;
  /** Current provisioned level's start, ms (for rounding its bill up to 5 minutes). */
  provSince = 0;

  // Integrals, count × ms, up to lastT.
  lastT = 0;
  concInt = 0;
  initInt = 0;
  busyInt = 0;
  idleInt = 0;
  provInt = 0;

  // Counters.
  requests = 0;
  served = 0;
  throttled = 0;
  readonly throttledBy = [0, 0, 0, 0];
  dropped = 0;
  /** Async events discarded because their next attempt would pass the maximum event age. */
  expired = 0;
  /** Oldest age an async event reached in the queue (at a retry or when discarded), ms. */
  maxEventAge = 0;
  /** Same, since the current series bucket began (reset by the series recorder). */
  bucketEventAge = 0;
  retried = 0;
  errors = 0;
  timeouts = 0;
  invocations = 0;
  coldStarts = 0;
  /** Cold starts whose first INIT passed the 10 s limit and was retried within the invocation. */
  initTimeouts = 0;
  /** Environments pre-initialized ahead of any request (proactive initialization). */
  proactiveInits = 0;
  /** INITs of provisioned environments during the run (schedule steps after 0 s, recycling). */
  provisionedInits = 0;
  created = 0;
  reclaimed = 0;
  maxConcurrency = 0;
  maxEnvs = 0;
  /** Peak requests in flight since the current series bucket began (reset by the series recorder). */
  peakConc = 0;
  /** Peak environments alive since the current series bucket began (reset by the series recorder). */
  peakEnvs = 0;
  billedMs = 0;
  provBilledMs = 0;
  /** Provisioned environment-ms added by rounding each configured level up to 5 minutes. */
  provRoundMs = 0;
  /** Latency of requests whose final attempt was cold; `warm` the others (their union is all). */
  readonly cold = new Histogram();
  readonly warm = new Histogram();

  constructor(cfg: ResolvedFunction, streams: readonly Rng[]) {
    this.name = cfg.name;
    this.memoryMb = cfg.memoryMb;
    this.hasReserved = cfg.reservedConcurrency !== null;
    this.reserved = cfg.reservedConcurrency ?? Number.POSITIVE_INFINITY;
    this.timeoutMs = cfg.timeoutMs;
    this.errorRate = cfg.errorRate;
    this.isAsync = cfg.invocation === 'async';
    this.maxAgeMs = cfg.maxEventAgeSeconds * 1000;
    this.maxRetries = cfg.maxRetryAttempts;
    this.reuse =
      cfg.reusePolicy === 'newest'
        ? REUSE_NEWEST
        : cfg.reusePolicy === 'oldest'
          ? REUSE_OLDEST
          : REUSE_RANDOM;
    this.proactiveP = cfg.proactiveInitProbability;
    this.provAllocationMs = cfg.provisionedAllocationSeconds * 1000;
    this.provRecycleMs =
      cfg.provisionedRecycleSeconds === null
        ? Number.POSITIVE_INFINITY
        : cfg.provisionedRecycleSeconds * 1000;
    this.duration = new Sampler(cfg.durationMs);
    this.init = new Sampler(cfg.initMs);
    this.idle = new Sampler(cfg.idleLifetimeMs);
    [this.durRng, this.initRng, this.idleRng, this.errRng, this.reuseRng] = streams as [
      Rng,
      Rng,
      Rng,
      Rng,
      Rng,
    ];
    this.#startAsDoubles();
  }

  // V8 fixes a number field's representation at its first stores: small integer, then double. A field
  // that holds an integer at first and a fraction later (a time, an integral, a token count) changes the
  // hidden class of every FunctionState, and the code already optimized for it is thrown away ("wrong map"
  // deopts in the hot path) — in the middle of a run when the first async retry, reserved-concurrency
  // request or provisioned step comes hours into a day. So these fields hold a fraction once, at creation.
  #startAsDoubles(): void {
    const f = 0.5;
    this.tokens = this.tokensAt = this.rateTokens = this.rateAt = this.provSince = f;
    this.lastT = this.concInt = this.initInt = this.busyInt = this.idleInt = this.provInt = f;
    this.maxEventAge = this.bucketEventAge = this.billedMs = this.provBilledMs = this.provRoundMs = f;
    this.tokens = this.tokensAt = this.rateTokens = this.rateAt = this.provSince = 0;
    this.lastT = this.concInt = this.initInt = this.busyInt = this.idleInt = this.provInt = 0;
    this.maxEventAge = this.bucketEventAge = this.billedMs = this.provBilledMs = this.provRoundMs = 0;
  }

  /** Environments alive (any state). */
  get envs(): number {
    return this.nInit + this.nBusy + this.nIdle;
  }

  /** Accumulates the integrals up to time t (call before any count changes). */
  advance(t: number): void {
    const dt = t - this.lastT;
    if (dt > 0) {
      this.concInt += this.inFlight * dt;
      this.initInt += this.nInit * dt;
      this.busyInt += this.nBusy * dt;
      this.idleInt += this.nIdle * dt;
      this.provInt += this.provTarget * dt;
      this.lastT = t;
    }
  }
}
