/**
 * Provisioned concurrency: schedules, allocation, recycling and the 5-minute billing unit.
 *
 * - Each schedule step sets a function's provisioned level at a time. A step at 0 s applies while the
 *   engine is built (environments ready at once: configured before the window). Later steps are
 *   `EV_PROVISION` heap events whose id is the step's index; a rise allocates new environments after
 *   `provisionedAllocationSeconds` (a second `EV_PROVISION`, id = steps + index), each then runs INIT before
 *   it can serve. AWS allocates asynchronously (status IN_PROGRESS until READY: Lambda API reference,
 *   ProvisionedConcurrencyConfigListItem, read 2026-12-06) and publishes no duration, hence a parameter.
 *   A fall removes idle environments at once and busy ones when their request ends.
 * - Recycling: AWS periodically replaces provisioned environments, which re-run INIT (issue 11's reading of
 *   the pricing page; "recycled every few hours", Trek10, "The hidden cost of Lambda provisioned
 *   concurrency pricing", 2019-12-03, read 2026-12-06). With `provisionedRecycleSeconds` set, each
 *   provisioned environment is replaced at that age (`EV_RECYCLE`; when it next frees if busy). The
 *   replacement starts its INIT when the old one leaves, so one environment's capacity is missing for an
 *   INIT (a simplification: AWS may overlap them).
 * - Billing: INITs of provisioned environments during the run are billed as duration on the provisioned
 *   meter (the model's reading of INIT billing, prices.ts); each configured level is billed from when it is
 *   set until it changes, rounded up to 5 minutes ("Provisioned Concurrency is calculated from the time you
 *   enable it on your function until it is disabled, rounded up to the nearest five minutes", AWS Lambda
 *   pricing page, read 2026-11-27). The level still set at the horizon is billed to the horizon.
 */
import { FREE, IDLE, provisionedList, RETIRE_NONE, RETIRE_RECYCLE } from './env-pool.ts';
import { EV_INIT_END, EV_PROVISION, EV_RECYCLE, eventPayload } from './event-kinds.ts';
import type { FunctionState } from './function-state.ts';
import type { RequestFlow } from './request-flow.ts';

/** Billing unit of provisioned concurrency, ms (5 minutes). */
export const PROVISIONED_BILLING_UNIT_MS = 300_000;

/** Every function's provisioned steps, scheduled on the flow's heap. */
export class ProvisionedSchedule {
  readonly #flow: RequestFlow;
  readonly #func: number[] = [];
  readonly #count: number[] = [];
  readonly #steps: number;

  /** Schedules every step of the scenario; applies the steps at 0 s now (the flow's time is 0). */
  constructor(flow: RequestFlow) {
    this.#flow = flow;
    const at: number[] = [];
    flow.scenario.functions.forEach((cfg, f) => {
      for (const step of cfg.provisionedConcurrency) {
        this.#func.push(f);
        this.#count.push(step.count);
        at.push(step.atSeconds);
      }
    });
    this.#steps = at.length;
    at.forEach((s, id) => {
      if (s === 0) this.apply(id, true);
      else flow.heap.push(s * 1000, eventPayload(id, EV_PROVISION));
    });
  }

  /** An `EV_PROVISION` is due: step `id` takes effect, or (id ≥ steps) its allocation delay has passed. */
  due(id: number): void {
    if (id < this.#steps) this.apply(id, false);
    else this.#allocate(this.#func[id - this.#steps] as number, false);
  }

  /** Applies step `id` now: sets the level, removes extra environments, allocates missing ones. */
  apply(id: number, atStart: boolean): void {
    const flow = this.#flow;
    const t = flow.now;
    const f = this.#func[id] as number;
    const count = this.#count[id] as number;
    const fs = flow.fns[f] as FunctionState;
    const envs = flow.envs;
    flow.lastFunc = f;
    fs.advance(t);
    if (count !== fs.provTarget) {
      if (fs.provTarget > 0) {
        const d = t - fs.provSince;
        const billed = Math.ceil(d / PROVISIONED_BILLING_UNIT_MS) * PROVISIONED_BILLING_UNIT_MS;
        fs.provRoundMs += fs.provTarget * (billed - d);
      }
      fs.provSince = t;
    }
    if (!fs.hasReserved) {
      const c = fs.inFlight;
      flow.limits.unreservedUsage += Math.max(c, count) - Math.max(c, fs.provTarget);
    }
    fs.provTarget = count;
    while (fs.provLive > count) {
      fs.provLive--;
      const e = envs.idle.head[provisionedList(f)] as number;
      if (e >= 0) envs.reclaim(e, t);
      else envs.retireBusyProvisioned(f);
    }
    if (fs.provLive >= count) return;
    if (atStart || fs.provAllocationMs === 0) this.#allocate(f, atStart);
    else flow.heap.push(t + fs.provAllocationMs, eventPayload(this.#steps + id, EV_PROVISION));
  }

  // Creates provisioned environments of f up to its current level: ready at once at the start, else in
  // INIT (billed).
  #allocate(f: number, atStart: boolean): void {
    const flow = this.#flow;
    const fs = flow.fns[f] as FunctionState;
    flow.lastFunc = f;
    while (fs.provLive < fs.provTarget) {
      fs.provLive++;
      if (!atStart) {
        startProvisioned(flow, fs, f);
        continue;
      }
      const e = flow.envs.create(f, flow.now, true);
      const pool = flow.pool;
      pool.reqAttempt[e] = 0;
      fs.nInit--;
      fs.nIdle++;
      pool.state[e] = IDLE;
      flow.envs.idle.push(pool, provisionedList(f), e);
      scheduleRecycle(flow, fs, e);
    }
  }
}

/** A provisioned environment of f that starts INIT now (billed, counted in `provisionedInits`). */
function startProvisioned(flow: RequestFlow, fs: FunctionState, f: number): void {
  const t = flow.now;
  const e = flow.envs.create(f, t, true);
  flow.pool.reqAttempt[e] = 0;
  const init = fs.init.sample(fs.initRng);
  fs.provisionedInits++;
  fs.provBilledMs += Math.ceil(init);
  flow.heap.push(t + init, eventPayload(e, EV_INIT_END));
  scheduleRecycle(flow, fs, e);
}

function scheduleRecycle(flow: RequestFlow, fs: FunctionState, e: number): void {
  if (fs.provRecycleMs !== Number.POSITIVE_INFINITY) {
    flow.heap.push((flow.pool.createdAt[e] as number) + fs.provRecycleMs, eventPayload(e, EV_RECYCLE));
  }
}

/** Replaces a recycled provisioned environment of function f (the old one has just been reclaimed). */
export function recycleProvisioned(flow: RequestFlow, fs: FunctionState, f: number): void {
  startProvisioned(flow, fs, f);
}

/** An `EV_RECYCLE` for environment slot e is due: replaces it now if idle, else marks it for replacement. */
export function recycleDue(flow: RequestFlow, e: number): void {
  const pool = flow.pool;
  const f = pool.func[e] as number;
  const fs = flow.fns[f] as FunctionState;
  // The slot may have been freed and reused since the event was scheduled: check it is the same one.
  if (pool.state[e] === FREE || pool.provisioned[e] !== 1) return;
  if ((pool.createdAt[e] as number) + fs.provRecycleMs !== flow.now || pool.retire[e] !== RETIRE_NONE) return;
  flow.lastFunc = f;
  flow.lastEnv = e;
  if (pool.state[e] === IDLE) {
    flow.envs.reclaim(e, flow.now);
    recycleProvisioned(flow, fs, f);
  } else pool.retire[e] = RETIRE_RECYCLE;
}
