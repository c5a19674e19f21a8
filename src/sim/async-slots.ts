/**
 * Async events that are waiting for a retry or running a retry, in typed arrays with a free list: the
 * original arrival time (event age and latency count from it), the function, how many throttle and error
 * retries it has had, and its attempt number.
 */
export class AsyncSlots {
  arrival = new Float64Array(64);
  func = new Int32Array(64);
  throttles = new Int32Array(64);
  errors = new Int32Array(64);
  attempt = new Int32Array(64);
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
    const n = this.arrival.length * 2;
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
