/**
 * Execution environments as a structure of typed arrays (no object per environment), with a free list of
 * slots and, per function, two doubly linked idle lists (provisioned and on-demand) ordered newest first.
 * Picking the newest is the head, the oldest the tail, a random one a walk.
 */

/** Environment states (the slot's `state`). */
export const FREE = 0;
/** INIT running. */
export const INIT = 1;
/** Handler running. */
export const BUSY = 2;
/** Waiting for a request. */
export const IDLE = 3;

const NONE = -1;

/** How the request on an environment ends (`reqOutcome`): success. */
export const RUN_SUCCESS = 0;
/** Function error. */
export const RUN_ERROR = 1;
/** Ran past the function timeout. */
export const RUN_TIMEOUT = 2;

/** `retire` codes: keep the provisioned environment. */
export const RETIRE_NONE = 0;
/** Remove it when it frees (the schedule went down). */
export const RETIRE_REMOVE = 1;
/** Replace it with a new one when it frees (recycling). */
export const RETIRE_RECYCLE = 2;

/** Idle list of function f's provisioned environments (each function has two lists). */
export function provisionedList(f: number): number {
  return 2 * f;
}

/** Idle list of function f's on-demand environments. */
export function onDemandList(f: number): number {
  return 2 * f + 1;
}

/** Environment slots a pool starts with (it doubles when full). */
const INITIAL_CAPACITY = 64;

/** All environments of a run. */
export class EnvPool {
  capacity = INITIAL_CAPACITY;
  func = new Int32Array(INITIAL_CAPACITY);
  state = new Uint8Array(INITIAL_CAPACITY);
  provisioned = new Uint8Array(INITIAL_CAPACITY);
  /** What to do with a provisioned environment when its current request or INIT ends (`RETIRE_*`). */
  retire = new Uint8Array(INITIAL_CAPACITY);
  since = new Float64Array(INITIAL_CAPACITY);
  expiresAt = new Float64Array(INITIAL_CAPACITY);
  /** Earliest pending idle-timer event, or Infinity. */
  timerAt = new Float64Array(INITIAL_CAPACITY);
  served = new Float64Array(INITIAL_CAPACITY);
  /** Public id (increasing, never reused). */
  id = new Float64Array(INITIAL_CAPACITY);
  createdAt = new Float64Array(INITIAL_CAPACITY);
  prev = new Int32Array(INITIAL_CAPACITY);
  next = new Int32Array(INITIAL_CAPACITY);
  // The request being served.
  reqArrival = new Float64Array(INITIAL_CAPACITY);
  reqStart = new Float64Array(INITIAL_CAPACITY);
  reqSlot = new Int32Array(INITIAL_CAPACITY);
  reqAttempt = new Int32Array(INITIAL_CAPACITY);
  reqCold = new Uint8Array(INITIAL_CAPACITY);
  /** `RUN_SUCCESS`, `RUN_ERROR` or `RUN_TIMEOUT`. */
  reqOutcome = new Uint8Array(INITIAL_CAPACITY);
  span = new Int32Array(INITIAL_CAPACITY);
  #free: number[] = [];
  #nextId = 1;
  live = 0;

  // The arrays start at their first size (no empty ones to replace at once): building a pool is part of
  // every simulate() call's fixed cost.
  constructor() {
    for (let e = INITIAL_CAPACITY - 1; e >= 0; e--) this.#free.push(e);
  }

  /** A new environment slot for function `f` (state set by the caller). */
  allocate(f: number, now: number): number {
    if (this.#free.length === 0) this.#grow();
    const e = this.#free.pop() as number;
    this.func[e] = f;
    this.provisioned[e] = 0;
    this.retire[e] = RETIRE_NONE;
    this.since[e] = now;
    this.createdAt[e] = now;
    this.timerAt[e] = Number.POSITIVE_INFINITY;
    this.served[e] = 0;
    this.id[e] = this.#nextId++;
    this.span[e] = NONE;
    this.prev[e] = NONE;
    this.next[e] = NONE;
    this.live++;
    return e;
  }

  /** Returns a slot to the free list. */
  release(e: number): void {
    this.state[e] = FREE;
    this.#free.push(e);
    this.live--;
  }

  #grow(): void {
    const old = this.capacity;
    const cap = old * 2;
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      return b;
    };
    this.func = grow(this.func);
    this.state = grow(this.state);
    this.provisioned = grow(this.provisioned);
    this.retire = grow(this.retire);
    this.since = grow(this.since);
    this.expiresAt = grow(this.expiresAt);
    this.timerAt = grow(this.timerAt);
    this.served = grow(this.served);
    this.id = grow(this.id);
    this.createdAt = grow(this.createdAt);
    this.prev = grow(this.prev);
    this.next = grow(this.next);
    this.reqArrival = grow(this.reqArrival);
    this.reqStart = grow(this.reqStart);
    this.reqSlot = grow(this.reqSlot);
    this.reqAttempt = grow(this.reqAttempt);
    this.reqCold = grow(this.reqCold);
    this.reqOutcome = grow(this.reqOutcome);
    this.span = grow(this.span);
    for (let e = cap - 1; e >= old; e--) this.#free.push(e);
    this.capacity = cap;
  }
}

/** An idle list: head = most recently idle. `head`/`tail` are per list index (function × kind). */
export class IdleLists {
  readonly head: Int32Array;
  readonly tail: Int32Array;
  readonly length: Int32Array;

  constructor(lists: number) {
    this.head = new Int32Array(lists).fill(NONE);
    this.tail = new Int32Array(lists).fill(NONE);
    this.length = new Int32Array(lists);
  }

  /** Puts environment e at the head of list l. */
  push(pool: EnvPool, l: number, e: number): void {
    const h = this.head[l] as number;
    pool.prev[e] = NONE;
    pool.next[e] = h;
    if (h !== NONE) pool.prev[h] = e;
    else this.tail[l] = e;
    this.head[l] = e;
    this.length[l] = (this.length[l] as number) + 1;
  }

  /** Unlinks environment e from list l. */
  remove(pool: EnvPool, l: number, e: number): void {
    const p = pool.prev[e] as number;
    const n = pool.next[e] as number;
    if (p !== NONE) pool.next[p] = n;
    else this.head[l] = n;
    if (n !== NONE) pool.prev[n] = p;
    else this.tail[l] = p;
    pool.prev[e] = NONE;
    pool.next[e] = NONE;
    this.length[l] = (this.length[l] as number) - 1;
  }

  /** The k-th environment from the head (0-based), walking the list. */
  nth(pool: EnvPool, l: number, k: number): number {
    let e = this.head[l] as number;
    for (let i = 0; i < k && e !== NONE; i++) e = pool.next[e] as number;
    return e;
  }
}
