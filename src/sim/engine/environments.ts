/**
 * The environments of a run and their lifecycle: creation (INIT), state changes, reuse from the idle lists,
 * reclaim, and eviction when the account is full. The request flow lives in request-flow.ts.
 */

import type { BucketPeaks } from '../results/series-recorder.ts';
import type { Recorder } from '../results/timeline-recorder.ts';
import {
  EnvPool,
  FREE,
  IDLE,
  IdleLists,
  INIT,
  onDemandList,
  provisionedList,
  RETIRE_NONE,
  RETIRE_RECYCLE,
  RETIRE_REMOVE,
} from './env-pool.ts';
import { type FunctionState, REUSE_NEWEST, REUSE_OLDEST } from './function-state.ts';

/** Every environment of a run, with account-wide counts. */
export class Environments {
  readonly pool = new EnvPool();
  readonly idle: IdleLists;
  /** Environments alive now, and the most at any instant. */
  total = 0;
  maxTotal = 0;
  /** Account-wide peaks within the current series bucket (requests in flight, environments alive). */
  readonly peaks: BucketPeaks = { concurrency: 0, environments: 0 };
  readonly #fns: readonly FunctionState[];
  readonly #limit: number;
  readonly #recorder: Recorder;
  readonly #spans: boolean;

  constructor(fns: readonly FunctionState[], accountLimit: number, recorder: Recorder, spans: boolean) {
    this.#fns = fns;
    this.#limit = accountLimit;
    this.#recorder = recorder;
    this.#spans = spans;
    this.idle = new IdleLists(onDemandList(fns.length - 1) + 1);
  }

  /** An idle environment of function f (provisioned first, then by reuse policy), unlinked; or -1. */
  takeIdle(fs: FunctionState, f: number): number {
    const idle = this.idle;
    const pool = this.pool;
    for (let l = provisionedList(f); l <= onDemandList(f); l++) {
      const n = idle.length[l] as number;
      if (n === 0) continue;
      const e =
        fs.reuse === REUSE_NEWEST
          ? (idle.head[l] as number)
          : fs.reuse === REUSE_OLDEST
            ? (idle.tail[l] as number)
            : idle.nth(pool, l, Math.floor(fs.reuseRng.uniform() * n));
      idle.remove(pool, l, e);
      return e;
    }
    return -1;
  }

  /**
   * Whether a new environment fits: below the account limit, or an on-demand idle one can be reclaimed for it
   * (provisioned idle environments cannot: they stay while configured).
   */
  canCreate(): boolean {
    return this.total < this.#limit || this.#oldestIdle() >= 0;
  }

  /** A new environment of function f in INIT (evicting an idle one if the account is full). */
  create(f: number, t: number, provisioned: boolean): number {
    const fs = this.#fns[f] as FunctionState;
    if (this.total >= this.#limit) this.#evictOldestIdle(t);
    const pool = this.pool;
    const e = pool.allocate(f, t);
    pool.provisioned[e] = provisioned ? 1 : 0;
    pool.state[e] = INIT;
    fs.advance(t);
    fs.nInit++;
    fs.created++;
    if (fs.envs > fs.maxEnvs) fs.maxEnvs = fs.envs;
    if (fs.envs > fs.peakEnvs) fs.peakEnvs = fs.envs;
    if (++this.total > this.maxTotal) this.maxTotal = this.total;
    if (this.total > this.peaks.environments) this.peaks.environments = this.total;
    if (this.#spans) {
      pool.span[e] = this.#recorder.openSpan(pool.id[e] as number, fs.name, provisioned, t);
    }
    return e;
  }

  // THE MODEL'S ASSUMPTION, not a documented AWS rule: AWS's account limit caps concurrent executions
  // (requests in flight), and AWS does not say what happens to idle environments when it is reached. The
  // model keeps the environments alive at most at the account limit: creating one more reclaims the
  // on-demand idle environment that has been idle longest, of any function. Listed in the README's model
  // table.
  #evictOldestIdle(t: number): void {
    const victim = this.#oldestIdle();
    if (victim >= 0) this.reclaim(victim, t);
  }

  // The on-demand environment idle longest, of any function, or -1 (provisioned ones are never reclaimed).
  #oldestIdle(): number {
    let victim = -1;
    let oldest = Number.POSITIVE_INFINITY;
    for (let f = 0; f < this.#fns.length; f++) {
      const e = this.idle.tail[onDemandList(f)] as number;
      if (e >= 0 && (this.pool.since[e] as number) < oldest) {
        oldest = this.pool.since[e] as number;
        victim = e;
      }
    }
    return victim;
  }

  /** Moves environment e to `state` at t, closing its span phase. */
  setState(e: number, state: number, t: number): void {
    const pool = this.pool;
    const span = pool.span[e] as number;
    if (span >= 0) this.#recorder.phase(span, pool.state[e] as number, pool.since[e] as number, t);
    pool.state[e] = state;
    pool.since[e] = t;
  }

  /** Removes an idle environment (it must be IDLE and may still be linked in its idle list). */
  reclaim(e: number, t: number): void {
    const pool = this.pool;
    const f = pool.func[e] as number;
    const fs = this.#fns[f] as FunctionState;
    const l = pool.provisioned[e] === 1 ? provisionedList(f) : onDemandList(f);
    const linked = pool.prev[e] !== -1 || this.idle.head[l] === e;
    if (linked) this.idle.remove(pool, l, e);
    fs.advance(t);
    fs.nIdle--;
    fs.reclaimed++;
    this.total--;
    const span = pool.span[e] as number;
    if (span >= 0) {
      this.#recorder.phase(span, IDLE, pool.since[e] as number, t);
      this.#recorder.close(span, t);
    }
    pool.release(e);
  }

  /**
   * Marks one busy or initializing provisioned environment of f for removal when it frees (one already
   * marked for recycling is taken only if no other is left).
   */
  retireBusyProvisioned(f: number): void {
    const pool = this.pool;
    for (const mark of [RETIRE_NONE, RETIRE_RECYCLE]) {
      for (let e = 0; e < pool.capacity; e++) {
        if (
          pool.state[e] !== FREE &&
          pool.func[e] === f &&
          pool.provisioned[e] === 1 &&
          pool.retire[e] === mark
        ) {
          pool.retire[e] = RETIRE_REMOVE;
          return;
        }
      }
    }
  }
}
