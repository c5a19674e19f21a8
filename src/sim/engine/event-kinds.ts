/**
 * The engine's heap-event types and the other small codes of the engine. A heap payload packs
 * `eventPayload(id, type)` = `id * 8 + type`, where `id` is an environment index (INIT end, completion, idle
 * timer, recycle), an async slot (retry) or a provisioned-schedule step (provision).
 */

/** Bits of a heap payload that hold the event type. */
export const EV_TYPE_MASK = 7;
/** Shift from a heap payload to its id. */
export const EV_ID_SHIFT = 3;

/** A heap payload for event `type` about `id` (an environment, async slot or schedule step). */
export function eventPayload(id: number, type: number): number {
  return id * 8 + type;
}

/** An environment finished INIT. */
export const EV_INIT_END = 0;
/** A request finished on its environment. */
export const EV_COMPLETE = 1;
/** An idle environment's lifetime timer (may reclaim nothing if the environment was reused meanwhile). */
export const EV_TIMER = 2;
/** An async event is due for another attempt. */
export const EV_RETRY = 3;
/** A provisioned-concurrency schedule step takes effect. */
export const EV_PROVISION = 4;
/** Not a heap event: a request arrived from an arrival source. */
export const EV_ARRIVAL = 5;
/** A provisioned environment reached its recycle age (replaced by a new one that runs INIT). */
export const EV_RECYCLE = 6;

/** What the last processed item was (read by the stepping API), indexed by event type. */
export const KIND_NAMES = [
  'init-end',
  'complete',
  'reclaim',
  'retry',
  'provision',
  'arrival',
  'recycle',
] as const;

/** What happened to the attempt of the last step (`lastOutcome`), indexed as `OUTCOME_NAMES`. */
export const STEP_NONE = -1;
/** @see STEP_NONE */
export const STEP_WARM = 0;
/** @see STEP_NONE */
export const STEP_COLD = 1;
/** @see STEP_NONE */
export const STEP_THROTTLED = 2;
/** @see STEP_NONE */
export const STEP_DROPPED = 3;
/** Names of the step outcomes, by code. */
export const OUTCOME_NAMES = ['warm', 'cold', 'throttled', 'dropped'] as const;
