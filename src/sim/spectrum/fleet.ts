/**
 * A first-come-first-served pool of slots (servers × requests each) for the VM and container columns of
 * `compareSpectrum`. Each request, in arrival order, takes the slot that frees first; it waits if that is
 * later than its arrival, and is dropped if the wait would exceed `maxQueueMs`. Exact for a fixed pool
 * (the FCFS G/G/c recursion); with a changing pool a request only sees slots that exist when it arrives.
 */
import { EventQueue } from '../engine/event-queue.ts';
import { Histogram } from '../results/histogram.ts';

/** Counters of a fleet run. */
export class Fleet {
  readonly #free = new EventQueue();
  readonly latency = new Histogram();
  requests = 0;
  served = 0;
  dropped = 0;
  queued = 0;
  /** Σ service time of served requests, ms. */
  busyMs = 0;
  #slots = 0;
  #nextId = 0;

  /** Slots currently in the pool. */
  get slots(): number {
    return this.#slots;
  }

  /** Adds n slots, free from time t. */
  add(n: number, t: number): void {
    for (let i = 0; i < n; i++) this.#free.push(t, this.#nextId++);
    this.#slots += n;
  }

  /** Removes n slots (those that free first; a busy one finishes its request first). */
  remove(n: number): void {
    for (let i = 0; i < n && this.#free.size > 0; i++) {
      this.#free.pop();
      this.#slots--;
    }
  }

  /** Offers one request arriving at t needing `serviceMs`. */
  offer(t: number, serviceMs: number, maxQueueMs: number): void {
    this.requests++;
    const free = this.#free;
    if (free.size === 0) {
      this.dropped++;
      return;
    }
    const freeAt = free.topTime;
    const start = Math.max(freeAt, t);
    if (start - t > maxQueueMs) {
      this.dropped++;
      return;
    }
    if (start > t) this.queued++;
    this.served++;
    this.busyMs += serviceMs;
    this.latency.record(start - t + serviceMs);
    // The slot that freed first serves it and frees again at its end (one heap pass; slots are alike, so
    // which of two equally free slots is taken changes nothing).
    free.replaceTop(start + serviceMs, free.topPayload);
  }
}
