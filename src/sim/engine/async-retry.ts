/**
 * Async invocation retries: after a throttle (exponential backoff) and after a function error or timeout
 * (fixed steps, up to `maxRetryAttempts`), both bounded by the event's maximum age. An event that will be
 * retried holds an async slot; a retry is an `EV_RETRY` heap event on that slot.
 *
 * Event loss: "When an event fails all processing attempts or stays in the asynchronous invocation queue
 * for too long, Lambda discards it" (Lambda API reference, PutFunctionEventInvokeConfig, read 2026-12-06).
 * A throttled event whose next retry would start past the maximum age is discarded then (counted in
 * `dropped` and `expired`), at its last throttle rather than at the instant it reaches the age (a
 * simplification: the count is the same; the time is earlier). AWS also says "If the function can't keep
 * up with incoming events, events might also be deleted from the queue without being sent to the
 * function" (invocation-async-error-handling, read 2026-12-06) with no rule or rate: not modelled.
 * The oldest age an event reached in the queue (at a retry, or when discarded) is kept per function, the
 * counterpart of CloudWatch's `AsyncEventAge` metric.
 */
import { EV_RETRY, eventPayload } from './event-kinds.ts';
import type { FunctionState } from './function-state.ts';
import type { RequestFlow } from './request-flow.ts';

// Async retries after a throttle: "The retry interval increases exponentially from 1 second after the first
// attempt to a maximum of 5 minutes"; after a function error: "a one-minute wait between the first two
// attempts, and two minutes between the second and third". AWS docs, "How Lambda handles errors and
// retries with asynchronous invocation" (invocation-async-error-handling), read 2026-11-27.
const THROTTLE_BACKOFF_FIRST_MS = 1000;
const THROTTLE_BACKOFF_MAX_MS = 300_000;
const ERROR_RETRY_STEP_MS = 60_000;

/**
 * An async attempt of function f was throttled now: schedules its retry and returns true, or returns false
 * (and frees its slot) when the backoff would pass the event's maximum age. `slot` is -1 on a first attempt.
 */
export function retryThrottled(flow: RequestFlow, fs: FunctionState, f: number, slot: number): boolean {
  const t = flow.now;
  const slots = flow.slots;
  const arrival = flow.arrivalOf(slot);
  const s = slot < 0 ? slots.allocate(f, arrival) : slot;
  const k = slots.throttles[s] as number;
  const delay = Math.min(THROTTLE_BACKOFF_FIRST_MS * 2 ** k, THROTTLE_BACKOFF_MAX_MS);
  if (t + delay - arrival > fs.maxAgeMs) {
    slots.release(s);
    fs.expired++;
    eventAge(fs, t - arrival);
    return false;
  }
  slots.throttles[s] = k + 1;
  schedule(flow, fs, s, t + delay);
  return true;
}

/**
 * The async attempt on environment e failed (error or timeout) now: schedules its retry and returns true,
 * or returns false when retries or the event's age are used up (a slot allocated here is freed; the
 * caller frees an existing one once it has counted the outcome).
 */
export function retryFailed(flow: RequestFlow, fs: FunctionState, f: number, e: number): boolean {
  const pool = flow.pool;
  const slots = flow.slots;
  const slot = pool.reqSlot[e] as number;
  const arrival = pool.reqArrival[e] as number;
  const s = slot >= 0 ? slot : slots.allocate(f, arrival);
  const k = slots.errors[s] as number;
  const at = flow.now + ERROR_RETRY_STEP_MS * (k + 1);
  if (k < fs.maxRetries && at - arrival <= fs.maxAgeMs) {
    slots.errors[s] = k + 1;
    slots.attempt[s] = pool.reqAttempt[e] as number;
    schedule(flow, fs, s, at);
    return true;
  }
  if (slot < 0) slots.release(s);
  return false;
}

/** An `EV_RETRY` on async slot `s` is due: makes the event's next attempt. */
export function retryDue(flow: RequestFlow, s: number): void {
  const slots = flow.slots;
  const f = slots.func[s] as number;
  const fs = flow.fns[f] as FunctionState;
  fs.waiting--;
  flow.lastFunc = f;
  eventAge(fs, flow.now - (slots.arrival[s] as number));
  const attempt = (slots.attempt[s] as number) + 1;
  slots.attempt[s] = attempt;
  flow.attempt(fs, f, attempt, s);
}

function schedule(flow: RequestFlow, fs: FunctionState, s: number, at: number): void {
  fs.retried++;
  fs.waiting++;
  flow.heap.push(at, eventPayload(s, EV_RETRY));
}

function eventAge(fs: FunctionState, age: number): void {
  if (age > fs.maxEventAge) fs.maxEventAge = age;
  if (age > fs.bucketEventAge) fs.bucketEventAge = age;
}
