/**
 * A binary min-heap of (time, payload) pairs in typed arrays: no allocation per event, no closures.
 * Grows by doubling. Pops return the payload; `topTime` peeks at the earliest time.
 */
export class EventQueue {
  #times: Float64Array;
  #data: Int32Array;
  size = 0;
  /** Earliest time, or Infinity when empty. A field kept up to date, not a getter: the engine reads it
   * once per event, and V8 did not inline the getter into its loop. */
  topTime = Number.POSITIVE_INFINITY;

  constructor(capacity = 256) {
    this.#times = new Float64Array(capacity);
    this.#data = new Int32Array(capacity);
  }

  /** Adds an event. */
  push(time: number, payload: number): void {
    if (this.size === this.#times.length) this.#grow();
    const times = this.#times;
    const data = this.#data;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent] as number;
      if (pt <= time) break;
      times[i] = pt;
      data[i] = data[parent] as number;
      i = parent;
    }
    times[i] = time;
    data[i] = payload;
    if (i === 0) this.topTime = time;
  }

  /** Removes the earliest event and returns its payload (call only when size > 0). */
  pop(): number {
    const top = this.#data[0] as number;
    const n = --this.size;
    if (n === 0) {
      this.topTime = Number.POSITIVE_INFINITY;
      return top;
    }
    this.#siftDown(this.#times[n] as number, this.#data[n] as number, n);
    return top;
  }

  /**
   * `pop()` then `push(time, payload)` in one pass (call only when size > 0), for a pool that takes its
   * earliest item and puts it back later. Events of equal time may come out in another order than after
   * a pop and a push: use it only where ties need no order (the engine's own heap does not).
   */
  replaceTop(time: number, payload: number): void {
    this.#siftDown(time, payload, this.size);
  }

  /** Payload of the earliest event (call only when size > 0). */
  get topPayload(): number {
    return this.#data[0] as number;
  }

  // Places (t, d) at the root of the first n slots and moves it down to its place.
  #siftDown(t: number, d: number, n: number): void {
    const times = this.#times;
    const data = this.#data;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (times[right] as number) < (times[child] as number)) child = right;
      const ct = times[child] as number;
      if (ct >= t) break;
      times[i] = ct;
      data[i] = data[child] as number;
      i = child;
    }
    times[i] = t;
    data[i] = d;
    this.topTime = times[0] as number;
  }

  #grow(): void {
    const times = new Float64Array(this.#times.length * 2);
    times.set(this.#times);
    const data = new Int32Array(this.#data.length * 2);
    data.set(this.#data);
    this.#times = times;
    this.#data = data;
  }
}
