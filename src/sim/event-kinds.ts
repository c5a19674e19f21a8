/**
 * The engine's heap-event types. A heap payload packs `id * 8 + type`, where `id` is an environment index
 * (INIT end, completion, idle timer), an async slot (retry) or a provisioned-schedule step (provision).
 */

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

/** What the last processed item was (read by the stepping API), indexed by event type. */
export const KIND_NAMES = ['init-end', 'complete', 'reclaim', 'retry', 'provision', 'arrival'] as const;
