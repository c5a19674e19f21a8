/**
 * Async events that are waiting for a retry or running a retry, in typed arrays with a free list: the
 * original arrival time (event age and latency count from it), the function, how many throttle and error
 * retries it has had, and its attempt number.
 */
const EMPTY_F64 = new Float64Array(0);
const EMPTY_I32 = new Int32Array(0);

/** Async event slots of one run (see the file comment). */
export class AsyncSlots {
  // Empty until the first async event (most runs have none): one shared empty array per type.
  arrival = EMPTY_F64;
  func = EMPTY_I32;
  throttles = EMPTY_I32;
  errors = EMPTY_I32;
  attempt = EMPTY_I32;
  readonly #free: number[] = [];
  #count = 0;

  /** A slot for an event of function f that arrived at `arrival`. */
  allocate(f: number, arrival: number): number {
    let s = this.#free.pop();
    if (s === undefined) {
      if (this.#count === this.arrival.length) this.#grow();
      s = this.#count++;
    }
    this.arrival[s] = arrival;
    this.func[s] = f;
    this.throttles[s] = 0;
    this.errors[s] = 0;
    this.attempt[s] = 1;
    return s;
  }

  /** Returns a slot once its event is finished (served, failed or dropped). */
  release(s: number): void {
    this.#free.push(s);
  }

  #grow(): void {
    const n = Math.max(64, this.arrival.length * 2);
    const arrival = new Float64Array(n);
    arrival.set(this.arrival);
    this.arrival = arrival;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.func = grow(this.func);
    this.throttles = grow(this.throttles);
    this.errors = grow(this.errors);
    this.attempt = grow(this.attempt);
  }
}
