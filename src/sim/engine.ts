/**
 * The discrete-event engine. Arrivals come from per-pattern sources (not the heap); everything else
 * (INIT end, handler end, idle timers, async retries, provisioned-schedule steps) is a heap event whose
 * payload packs `id * 8 + type`. Environments live in typed arrays; the hot loop allocates nothing.
 * Ties: at equal times heap events run before arrivals, so a request arriving as another ends reuses it.
 */
import { ArrivalSource } from './arrivals.ts';
import { AsyncSlots } from './async-slots.ts';
import { BUSY, type EnvPool, IDLE } from './env-pool.ts';
import { Environments } from './environments.ts';
import { EventQueue } from './event-queue.ts';
import {
  ACCOUNT,
  FunctionState,
  REASONS,
  RESERVED,
  SCALING,
  STREAMS_PER_FUNCTION,
} from './function-state.ts';
import { Limits } from './limits.ts';
import { Recorder } from './recorder.ts';
import { createStreams } from './rng.ts';
import { type BucketPeaks, SeriesRecorder } from './series-recorder.ts';
import type { ResolvedScenario } from './types.ts';

const EV_INIT_END = 0;
const EV_COMPLETE = 1;
const EV_TIMER = 2;
const EV_RETRY = 3;
const EV_PROVISION = 4;
const INF = Number.POSITIVE_INFINITY;

// Async retries after a throttle: "The retry interval increases exponentially from 1 second after the first
// attempt to a maximum of 5 minutes"; after a function error: "a one-minute wait between the first two
// attempts, and two minutes between the second and third". AWS docs, "How Lambda handles errors and
// retries with asynchronous invocation" (invocation-async-error-handling), read 2026-11-27.
const THROTTLE_BACKOFF_FIRST_MS = 1000;
const THROTTLE_BACKOFF_MAX_MS = 300_000;
const ERROR_RETRY_STEP_MS = 60_000;

/** What the last processed item was (read by the stepping API). */
export const KIND_NAMES = ['init-end', 'complete', 'reclaim', 'retry', 'provision', 'arrival'] as const;

/** The simulation state machine; `run` is the fast path, `step` the observable one. */
export class Engine {
  readonly scenario: ResolvedScenario;
  readonly horizonMs: number;
  readonly fns: FunctionState[];
  readonly envs: Environments;
  readonly pool: EnvPool;
  readonly heap = new EventQueue();
  readonly limits: Limits;
  readonly recorder: Recorder;
  readonly series: SeriesRecorder | null;
  readonly #sources: ArrivalSource[] = [];
  readonly #srcFunc: Int32Array;
  readonly #srcNext: Float64Array;
  #nextSrc = -1;
  #nextArrival = INF;
  #seriesNext = INF;
  readonly #recording: boolean;
  readonly #provSteps: { f: number; count: number }[] = [];
  readonly #slots = new AsyncSlots();
  now = 0;
  totalInFlight = 0;
  maxTotalInFlight = 0;
  /** Account-wide peaks of the current series bucket (shared with the environments). */
  readonly peaks: BucketPeaks;
  // What the last step did (stepping API).
  lastKind = -1;
  lastFunc = -1;
  lastEnv = -1;
  /** 0 warm, 1 cold, 2 throttled, 3 dropped, -1 none. */
  lastOutcome = -1;

  constructor(scenario: ResolvedScenario) {
    this.scenario = scenario;
    this.horizonMs = scenario.horizonSeconds * 1000;
    const nSources = scenario.functions.reduce((n, f) => n + f.arrivals.length, 0);
    const streams = createStreams(scenario.seed, scenario.functions.length * STREAMS_PER_FUNCTION + nSources);
    let s = 0;
    this.fns = scenario.functions.map((cfg) => {
      const fs = new FunctionState(cfg, streams.slice(s, s + STREAMS_PER_FUNCTION));
      s += STREAMS_PER_FUNCTION;
      return fs;
    });
    this.#srcFunc = new Int32Array(nSources);
    this.#srcNext = new Float64Array(nSources);
    scenario.functions.forEach((cfg, f) => {
      for (const pattern of cfg.arrivals) {
        const src = new ArrivalSource(pattern, streams[s++] as (typeof streams)[number]);
        this.#srcFunc[this.#sources.length] = f;
        this.#srcNext[this.#sources.length] = src.next();
        this.#sources.push(src);
      }
    });
    this.#pickNextSource();
    this.limits = new Limits(scenario, this.fns);
    this.recorder = new Recorder(scenario.output.spans, scenario.output.records);
    this.envs = new Environments(
      this.fns,
      scenario.account.concurrencyLimit,
      this.recorder,
      scenario.output.spans > 0,
    );
    this.pool = this.envs.pool;
    this.peaks = this.envs.peaks;
    this.#recording = scenario.output.records > 0;
    const res = scenario.output.seriesResolutionSeconds;
    this.series = res === null ? null : new SeriesRecorder(res * 1000, this.fns.length);
    this.#seriesNext = this.series ? this.series.next : INF;
    scenario.functions.forEach((cfg, f) => {
      for (const step of cfg.provisionedConcurrency) {
        const id = this.#provSteps.push({ f, count: step.count }) - 1;
        if (step.atSeconds === 0) this.#provision(id, 0, true);
        else this.heap.push(step.atSeconds * 1000, id * 8 + EV_PROVISION);
      }
    });
  }

  /** Runs every item with time ≤ limit (fast path, no step bookkeeping). */
  run(limit: number): void {
    const end = Math.min(limit, this.horizonMs);
    const heap = this.heap;
    for (;;) {
      const te = heap.topTime;
      const ta = this.#nextArrival;
      const t = Math.min(te, ta);
      if (t > end) break;
      if (t >= this.#seriesNext) this.#flushSeries(t);
      this.now = t;
      if (te <= ta) this.#event(heap.pop());
      else this.#arrival();
    }
    if (end > this.now) this.now = end;
  }

  /**
   * Processes one observable item (≤ horizon); returns false when there is none. Sets the `last*` fields.
   * Idle timers that reclaim nothing (the environment was reused meanwhile) are skipped.
   */
  step(): boolean {
    for (;;) {
      const te = this.heap.topTime;
      const ta = this.#nextArrival;
      const t = Math.min(te, ta);
      if (t > this.horizonMs) {
        this.now = this.horizonMs;
        return false;
      }
      if (t >= this.#seriesNext) this.#flushSeries(t);
      this.now = t;
      this.lastOutcome = -1;
      this.lastEnv = -1;
      if (te <= ta) this.#event(this.heap.pop());
      else this.#arrival();
      if (this.lastKind !== EV_TIMER || this.lastEnv >= 0) return true;
    }
  }

  /** Async events waiting for a retry, per function index. */
  waiting(f: number): number {
    return this.fns[f]?.waiting ?? 0;
  }

  #flushSeries(t: number): void {
    if (!this.series) return;
    this.series.flushTo(t, this.fns, this.peaks);
    this.#seriesNext = this.series.next;
  }

  #pickNextSource(): void {
    let best = -1;
    let bt = INF;
    const next = this.#srcNext;
    for (let i = 0; i < next.length; i++) {
      const v = next[i] as number;
      if (v < bt) {
        bt = v;
        best = i;
      }
    }
    this.#nextSrc = best;
    this.#nextArrival = bt;
  }

  // The handlers below read the current time from `now`, and an attempt's arrival time from its async slot,
  // rather than taking them as arguments: a double passed to a call V8 does not inline is boxed on the heap,
  // once per event.
  #arrival(): void {
    const s = this.#nextSrc;
    const f = this.#srcFunc[s] as number;
    this.#srcNext[s] = (this.#sources[s] as ArrivalSource).next();
    if (this.#sources.length === 1) this.#nextArrival = this.#srcNext[0] as number;
    else this.#pickNextSource();
    const fs = this.fns[f] as FunctionState;
    fs.requests++;
    this.lastKind = 5;
    this.lastFunc = f;
    this.#attempt(fs, f, 1, -1);
  }

  #event(payload: number): void {
    const type = payload & 7;
    const id = payload >>> 3;
    this.lastKind = type;
    // Completions are the common event; the rest sit in another method so that this one stays small
    // enough for V8 to inline into the loop, leaving its inlining budget to the arrival path.
    if (type === EV_COMPLETE) this.#complete(id);
    else this.#otherEvent(type, id);
  }

  #otherEvent(type: number, id: number): void {
    if (type === EV_TIMER) this.#timer(id);
    else if (type === EV_INIT_END) this.#initEnd(id);
    else if (type === EV_RETRY) {
      const f = this.#slots.func[id] as number;
      const fs = this.fns[f] as FunctionState;
      fs.waiting--;
      this.lastFunc = f;
      const attempt = (this.#slots.attempt[id] as number) + 1;
      this.#slots.attempt[id] = attempt;
      this.#attempt(fs, f, attempt, id);
    } else this.#provision(id, this.now, false);
  }

  // When the request of an attempt arrived: now for a first attempt (no async slot yet), else its slot's.
  #arrivalOf(slot: number): number {
    return slot < 0 ? this.now : (this.#slots.arrival[slot] as number);
  }

  // One attempt of a request: check concurrency, take an idle environment or create one, or throttle.
  #attempt(fs: FunctionState, f: number, attempt: number, slot: number): void {
    const t = this.now;
    let reason = -1;
    if (fs.hasReserved) {
      if (fs.inFlight >= fs.reserved) reason = RESERVED;
    } else if (fs.inFlight >= fs.provTarget && this.limits.unreservedUsage >= this.limits.unreservedPool) {
      reason = ACCOUNT;
    }
    if (reason < 0) {
      let e = this.envs.takeIdle(fs, f);
      let cold = false;
      if (e < 0) {
        if (!this.limits.allowNewEnvironment(fs, t)) reason = SCALING;
        else {
          e = this.envs.create(f, t, false);
          cold = true;
        }
      }
      if (e >= 0) {
        this.pool.reqArrival[e] = this.#arrivalOf(slot);
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
    let outcome = 0;
    if (dur > fs.timeoutMs) {
      dur = fs.timeoutMs;
      outcome = 2;
    } else if (fs.errorRate > 0 && fs.errRng.uniform() < fs.errorRate) outcome = 1;
    pool.reqOutcome[e] = outcome;
    this.lastEnv = e;
    this.lastOutcome = cold ? 1 : 0;
    if (cold) {
      // Since 1 Aug 2025 the INIT phase is billed like the handler for on-demand functions (AWS Compute
      // Blog, "AWS Lambda standardizes billing for INIT Phase", 2025-04-29, read 2026-11-27). Billed when
      // the attempt starts, rounded up to 1 ms.
      const init = fs.init.sample(fs.initRng);
      fs.coldStarts++;
      fs.billedMs += Math.ceil(init + dur);
      this.heap.push(t + init, e * 8 + EV_INIT_END);
      this.heap.push(t + init + dur, e * 8 + EV_COMPLETE);
    } else {
      fs.nIdle--;
      fs.nBusy++;
      this.envs.setState(e, BUSY, t);
      if (pool.provisioned[e] === 1) fs.provBilledMs += Math.ceil(dur);
      else fs.billedMs += Math.ceil(dur);
      this.heap.push(t + dur, e * 8 + EV_COMPLETE);
    }
  }

  #throttle(fs: FunctionState, f: number, attempt: number, slot: number, reason: number): void {
    const t = this.now;
    const arrival = this.#arrivalOf(slot);
    fs.throttled++;
    fs.throttledBy[reason] = (fs.throttledBy[reason] as number) + 1;
    this.lastOutcome = 2;
    let s = slot;
    let final = !fs.isAsync;
    if (fs.isAsync) {
      if (s < 0) s = this.#slots.allocate(f, arrival);
      const k = this.#slots.throttles[s] as number;
      const delay = Math.min(THROTTLE_BACKOFF_FIRST_MS * 2 ** k, THROTTLE_BACKOFF_MAX_MS);
      if (t + delay - arrival > fs.maxAgeMs) final = true;
      else {
        this.#slots.throttles[s] = k + 1;
        this.#retry(fs, s, t + delay);
      }
    }
    if (final) {
      fs.dropped++;
      this.lastOutcome = 3;
      if (s >= 0) this.#slots.release(s);
    }
    if (this.#recording && this.recorder.wantsRecords) {
      this.recorder.record(
        fs.name,
        arrival,
        t,
        t,
        attempt,
        -1,
        false,
        final ? 'dropped' : 'throttled',
        REASONS[reason],
      );
    }
  }

  #retry(fs: FunctionState, slot: number, at: number): void {
    fs.retried++;
    fs.waiting++;
    this.heap.push(at, slot * 8 + EV_RETRY);
  }

  #initEnd(e: number): void {
    const t = this.now;
    const pool = this.pool;
    const f = pool.func[e] as number;
    const fs = this.fns[f] as FunctionState;
    this.lastFunc = f;
    this.lastEnv = e;
    fs.advance(t);
    fs.nInit--;
    if (pool.reqAttempt[e] !== 0) {
      fs.nBusy++;
      this.envs.setState(e, BUSY, t);
    } else if (pool.retire[e] === 1) {
      fs.nIdle++;
      this.envs.setState(e, IDLE, t);
      this.envs.reclaim(e, t);
    } else {
      fs.nIdle++;
      this.envs.setState(e, IDLE, t);
      this.envs.idle.push(pool, 2 * f, e);
    }
  }

  #complete(e: number): void {
    const t = this.now;
    const pool = this.pool;
    const f = pool.func[e] as number;
    const fs = this.fns[f] as FunctionState;
    this.lastFunc = f;
    this.lastEnv = e;
    fs.advance(t);
    fs.nBusy--;
    if (--fs.inFlight >= fs.provTarget && !fs.hasReserved) this.limits.unreservedUsage--;
    this.totalInFlight--;
    pool.served[e] = (pool.served[e] as number) + 1;
    const outcome = pool.reqOutcome[e] as number;
    const slot = pool.reqSlot[e] as number;
    const arrival = pool.reqArrival[e] as number;
    const cold = pool.reqCold[e] === 1;
    let final = true;
    if (outcome !== 0 && fs.isAsync) {
      const s = slot >= 0 ? slot : this.#slots.allocate(f, arrival);
      const k = this.#slots.errors[s] as number;
      const at = t + ERROR_RETRY_STEP_MS * (k + 1);
      if (k < fs.maxRetries && at - arrival <= fs.maxAgeMs) {
        this.#slots.errors[s] = k + 1;
        this.#slots.attempt[s] = pool.reqAttempt[e] as number;
        this.#retry(fs, s, at);
        final = false;
      } else if (slot < 0) this.#slots.release(s);
    }
    if (final) {
      if (outcome === 0) fs.served++;
      else {
        fs.errors++;
        if (outcome === 2) fs.timeouts++;
      }
      const latency = t - arrival;
      (cold ? fs.cold : fs.warm).record(latency);
      if (this.series) this.series.latency(f, latency);
      if (slot >= 0) this.#slots.release(slot);
    }
    if (this.#recording && this.recorder.wantsRecords) {
      const name = outcome === 0 ? 'served' : outcome === 1 ? 'error' : 'timeout';
      this.recorder.record(
        fs.name,
        arrival,
        pool.reqStart[e] as number,
        t,
        pool.reqAttempt[e] as number,
        pool.id[e] as number,
        cold,
        name,
      );
    }
    pool.reqAttempt[e] = 0;
    fs.nIdle++;
    this.envs.setState(e, IDLE, t);
    if (pool.provisioned[e] === 1) {
      if (pool.retire[e] === 1) this.envs.reclaim(e, t);
      else this.envs.idle.push(pool, 2 * f, e);
      return;
    }
    const expires = t + fs.idle.sample(fs.idleRng);
    pool.expiresAt[e] = expires;
    this.envs.idle.push(pool, 2 * f + 1, e);
    // Lazy timers: at most one pending timer per environment; an earlier expiry replaces it.
    if ((pool.timerAt[e] as number) > expires) {
      pool.timerAt[e] = expires;
      this.heap.push(expires, e * 8 + EV_TIMER);
    }
  }

  #timer(e: number): void {
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
      this.heap.push(expires, e * 8 + EV_TIMER);
    }
  }

  // Applies a provisioned-concurrency step: new environments INIT (ready at once when `atStart`), extra
  // ones are removed (idle now, busy ones when their request ends).
  #provision(id: number, t: number, atStart: boolean): void {
    const step = this.#provSteps[id] as { f: number; count: number };
    const f = step.f;
    const fs = this.fns[f] as FunctionState;
    this.lastFunc = f;
    fs.advance(t);
    if (!fs.hasReserved) {
      const c = fs.inFlight;
      this.limits.unreservedUsage += Math.max(c, step.count) - Math.max(c, fs.provTarget);
    }
    fs.provTarget = step.count;
    const pool = this.pool;
    while (fs.provLive < step.count) {
      const e = this.envs.create(f, t, true);
      fs.provLive++;
      pool.reqAttempt[e] = 0;
      if (atStart) {
        fs.nInit--;
        fs.nIdle++;
        pool.state[e] = IDLE;
        this.envs.idle.push(pool, 2 * f, e);
      } else {
        this.heap.push(t + fs.init.sample(fs.initRng), e * 8 + EV_INIT_END);
      }
    }
    while (fs.provLive > step.count) {
      fs.provLive--;
      const e = this.envs.idle.head[2 * f] as number;
      if (e >= 0) this.envs.reclaim(e, t);
      else this.envs.retireBusyProvisioned(f);
    }
  }

  /** Reason names for result building. */
  static readonly reasons = REASONS;
  /** Throttle reason indexes. */
  static readonly reasonIndex = { account: ACCOUNT, reserved: RESERVED, scaling: SCALING };
}
