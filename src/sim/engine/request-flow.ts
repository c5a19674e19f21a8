/**
 * The per-request hot path: an attempt (concurrency check, warm start, cold start or throttle), INIT end,
 * completion, and idle timers. Holds the state every handler shares; `Engine` extends it with the clock,
 * the arrival sources and event dispatch. Async retries, provisioning and records live in their own files.
 */

import type { ResolvedScenario } from '../model/types.ts';
import { recordCompletion, recordThrottle } from '../results/request-records.ts';
import { type BucketPeaks, SeriesRecorder } from '../results/series-recorder.ts';
import { Recorder } from '../results/timeline-recorder.ts';
import { retryFailed, retryThrottled } from './async-retry.ts';
import { AsyncSlots } from './async-slots.ts';
import { coldInit, proactiveInit } from './cold-start.ts';
import {
  BUSY,
  type EnvPool,
  IDLE,
  onDemandList,
  provisionedList,
  RETIRE_NONE,
  RETIRE_RECYCLE,
  RUN_ERROR,
  RUN_SUCCESS,
  RUN_TIMEOUT,
} from './env-pool.ts';
import { Environments } from './environments.ts';
import {
  EV_COMPLETE,
  EV_TIMER,
  eventPayload,
  STEP_COLD,
  STEP_DROPPED,
  STEP_NONE,
  STEP_THROTTLED,
  STEP_WARM,
} from './event-kinds.ts';
import { EventQueue } from './event-queue.ts';
import { ACCOUNT, type FunctionState, INVOCATION_RATE, RESERVED, SCALING } from './function-state.ts';
import { Limits } from './limits.ts';
import { recycleProvisioned } from './provisioning.ts';

const INF = Number.POSITIVE_INFINITY;

/** Simulation state plus the handlers of one request's life; the handlers read the time from `now`. */
export class RequestFlow {
  readonly scenario: ResolvedScenario;
  readonly fns: FunctionState[];
  readonly envs: Environments;
  readonly pool: EnvPool;
  readonly heap = new EventQueue();
  readonly limits: Limits;
  readonly recorder: Recorder;
  readonly series: SeriesRecorder | null;
  /** Async events between attempts (or on one), by slot. */
  readonly slots = new AsyncSlots();
  readonly #recording: boolean;
  /** Current simulated time, ms. */
  now = 0;
  totalInFlight = 0;
  maxTotalInFlight = 0;
  /** Account-wide peaks of the current series bucket (shared with the environments). */
  readonly peaks: BucketPeaks;
  /** What the last step did (stepping API): its event type (see event-kinds.ts). */
  lastKind = -1;
  /** Function index of the last step, -1 none. */
  lastFunc = -1;
  /** Environment index of the last step, -1 none. */
  lastEnv = -1;
  /** What happened to the attempt of the last step: `STEP_WARM`, `STEP_COLD`, … (event-kinds.ts). */
  lastOutcome = STEP_NONE;

  constructor(scenario: ResolvedScenario, fns: FunctionState[]) {
    this.scenario = scenario;
    this.fns = fns;
    this.limits = new Limits(scenario, fns);
    this.recorder = new Recorder(scenario.output.spans, scenario.output.records);
    this.envs = new Environments(
      fns,
      scenario.account.concurrencyLimit,
      this.recorder,
      scenario.output.spans > 0,
    );
    this.pool = this.envs.pool;
    this.peaks = this.envs.peaks;
    this.#recording = scenario.output.records > 0;
    const res = scenario.output.seriesResolutionSeconds;
    this.series = res === null ? null : new SeriesRecorder(res * 1000, fns.length);
  }

  // The handlers read the current time from `now`, and an attempt's arrival time from its async slot,
  // rather than taking them as arguments: a double passed to a call V8 does not inline is boxed on the heap,
  // once per event.

  /** When the request of an attempt arrived: now for a first attempt (no async slot yet), else its slot's. */
  arrivalOf(slot: number): number {
    return slot < 0 ? this.now : (this.slots.arrival[slot] as number);
  }

  /** One attempt of a request: check concurrency, take an idle environment or create one, or throttle. */
  attempt(fs: FunctionState, f: number, attempt: number, slot: number): void {
    const t = this.now;
    let reason = -1;
    if (fs.hasReserved) {
      if (fs.inFlight >= fs.reserved) reason = RESERVED;
    } else if (fs.inFlight >= fs.provTarget && this.limits.unreservedUsage >= this.limits.unreservedPool) {
      reason = ACCOUNT;
    }
    if (reason < 0 && !this.limits.allowInvocation(fs, this)) reason = INVOCATION_RATE;
    if (reason < 0) {
      let e = this.envs.takeIdle(fs, f);
      let cold = false;
      if (e < 0) {
        // Every environment the account allows is alive and none can be reclaimed (a provisioned one idle
        // while on-demand ones are busy, say): the request is throttled like any other at the limit.
        if (!this.envs.canCreate()) reason = ACCOUNT;
        else if (!this.limits.allowNewEnvironment(fs, t)) reason = SCALING;
        else {
          e = this.envs.create(f, t, false);
          cold = true;
        }
      }
      if (e >= 0) {
        this.pool.reqArrival[e] = this.arrivalOf(slot);
        this.#start(fs, e, attempt, slot, cold);
        return;
      }
    }
    this.#throttle(fs, f, attempt, slot, reason);
  }

  // Starts an attempt on environment e (its `reqArrival` already set): INIT first if cold (the
  // environment was just created in INIT).
  #start(fs: FunctionState, e: number, attempt: number, slot: number, cold: boolean): void {
    const t = this.now;
    const pool = this.pool;
    fs.advance(t);
    if (fs.inFlight++ >= fs.provTarget && !fs.hasReserved) this.limits.unreservedUsage++;
    if (fs.inFlight > fs.maxConcurrency) fs.maxConcurrency = fs.inFlight;
    if (fs.inFlight > fs.peakConc) fs.peakConc = fs.inFlight;
    if (++this.totalInFlight > this.maxTotalInFlight) this.maxTotalInFlight = this.totalInFlight;
    if (this.totalInFlight > this.peaks.concurrency) this.peaks.concurrency = this.totalInFlight;
    fs.invocations++;
    pool.reqStart[e] = t;
    pool.reqSlot[e] = slot;
    pool.reqAttempt[e] = attempt;
    pool.reqCold[e] = cold ? 1 : 0;
    let dur = fs.duration.sample(fs.durRng);
    let outcome = RUN_SUCCESS;
    if (dur > fs.timeoutMs) {
      dur = fs.timeoutMs;
      outcome = RUN_TIMEOUT;
    } else if (fs.errorRate > 0 && fs.errRng.uniform() < fs.errorRate) outcome = RUN_ERROR;
    pool.reqOutcome[e] = outcome;
    this.lastEnv = e;
    this.lastOutcome = cold ? STEP_COLD : STEP_WARM;
    if (cold) {
      coldInit(this, fs, e, dur);
      if (fs.proactiveP > 0) proactiveInit(this, fs, pool.func[e] as number);
    } else {
      fs.nIdle--;
      fs.nBusy++;
      this.envs.setState(e, BUSY, t);
      if (pool.provisioned[e] === 1) fs.provBilledMs += Math.ceil(dur);
      else fs.billedMs += Math.ceil(dur);
      this.heap.push(t + dur, eventPayload(e, EV_COMPLETE));
    }
  }

  // A throttled attempt: a sync request fails at once; an async event waits for a retry or is dropped.
  #throttle(fs: FunctionState, f: number, attempt: number, slot: number, reason: number): void {
    fs.throttled++;
    fs.throttledBy[reason] = (fs.throttledBy[reason] as number) + 1;
    this.lastOutcome = STEP_THROTTLED;
    const final = !fs.isAsync || !retryThrottled(this, fs, f, slot);
    if (final) {
      fs.dropped++;
      this.lastOutcome = STEP_DROPPED;
    }
    if (this.#recording && this.recorder.wantsRecords) recordThrottle(this, fs, slot, attempt, final, reason);
  }

  /**
   * Environment e finished INIT: busy if it has a request, else idle (a provisioned one is reclaimed or
   * replaced if it was retired meanwhile; an on-demand one, pre-initialized, starts its idle lifetime).
   */
  initEnd(e: number): void {
    const t = this.now;
    const pool = this.pool;
    const fs = this.#touch(e);
    const f = this.lastFunc;
    fs.nInit--;
    if (pool.reqAttempt[e] !== 0) {
      fs.nBusy++;
      this.envs.setState(e, BUSY, t);
      return;
    }
    fs.nIdle++;
    this.envs.setState(e, IDLE, t);
    this.#toIdle(fs, f, e);
  }

  /** The request on environment e ended: count it (or schedule its async retry), then idle e. */
  complete(e: number): void {
    const t = this.now;
    const pool = this.pool;
    const fs = this.#touch(e);
    const f = this.lastFunc;
    fs.nBusy--;
    if (--fs.inFlight >= fs.provTarget && !fs.hasReserved) this.limits.unreservedUsage--;
    this.totalInFlight--;
    pool.served[e] = (pool.served[e] as number) + 1;
    const outcome = pool.reqOutcome[e] as number;
    if (outcome === RUN_SUCCESS || !fs.isAsync || !retryFailed(this, fs, f, e)) {
      if (outcome === RUN_SUCCESS) fs.served++;
      else {
        fs.errors++;
        if (outcome === RUN_TIMEOUT) fs.timeouts++;
      }
      const latency = t - (pool.reqArrival[e] as number);
      (pool.reqCold[e] === 1 ? fs.cold : fs.warm).record(latency);
      if (this.series) this.series.latency(f, latency);
      const slot = pool.reqSlot[e] as number;
      if (slot >= 0) this.slots.release(slot);
    }
    if (this.#recording && this.recorder.wantsRecords) recordCompletion(this, fs, e);
    pool.reqAttempt[e] = 0;
    fs.nIdle++;
    this.envs.setState(e, IDLE, t);
    if (pool.provisioned[e] === 1) this.#toIdle(fs, f, e);
    else this.#startIdleLifetime(fs, f, e);
  }

  // Environment e's function, its counters brought up to now; e and its function become the last touched
  // (what the event log names). Small enough for V8 to inline into the hot callers.
  #touch(e: number): FunctionState {
    const f = this.pool.func[e] as number;
    const fs = this.fns[f] as FunctionState;
    this.lastFunc = f;
    this.lastEnv = e;
    fs.advance(this.now);
    return fs;
  }

  // Environment e (state IDLE, no request) becomes available: a provisioned one joins its idle list unless
  // it was retired (removed, or replaced when recycled); an on-demand one starts its idle lifetime.
  #toIdle(fs: FunctionState, f: number, e: number): void {
    const pool = this.pool;
    if (pool.provisioned[e] !== 1) {
      this.#startIdleLifetime(fs, f, e);
      return;
    }
    const retire = pool.retire[e] as number;
    if (retire === RETIRE_NONE) this.envs.idle.push(pool, provisionedList(f), e);
    else {
      this.envs.reclaim(e, this.now);
      if (retire === RETIRE_RECYCLE) recycleProvisioned(this, fs, f);
    }
  }

  // On-demand environment e, idle now, joins its idle list until its sampled lifetime ends. Lazy timers: at
  // most one pending timer per environment; an earlier expiry replaces it. Small enough for V8 to inline
  // into `complete`, the hot caller.
  #startIdleLifetime(fs: FunctionState, f: number, e: number): void {
    const pool = this.pool;
    const expires = this.now + fs.idle.sample(fs.idleRng);
    pool.expiresAt[e] = expires;
    this.envs.idle.push(pool, onDemandList(f), e);
    if ((pool.timerAt[e] as number) > expires) {
      pool.timerAt[e] = expires;
      this.heap.push(expires, eventPayload(e, EV_TIMER));
    }
  }

  /** Environment e's idle timer fired: reclaim it if still idle past its lifetime, else re-arm. */
  timer(e: number): void {
    const t = this.now;
    const pool = this.pool;
    if (pool.timerAt[e] !== t) return;
    pool.timerAt[e] = INF;
    if (pool.state[e] !== IDLE || pool.provisioned[e] === 1) return;
    const expires = pool.expiresAt[e] as number;
    if (expires <= t) {
      this.lastFunc = pool.func[e] as number;
      this.lastEnv = e;
      this.envs.reclaim(e, t);
    } else {
      pool.timerAt[e] = expires;
      this.heap.push(expires, eventPayload(e, EV_TIMER));
    }
  }
}
