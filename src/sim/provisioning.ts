/**
 * Provisioned-concurrency schedules: each step sets a function's provisioned level at a time. A step at
 * 0 s applies while the engine is built (environments ready at once); later ones are `EV_PROVISION` heap
 * events whose id is the step's index here.
 */
import { IDLE } from './env-pool.ts';
import { EV_INIT_END, EV_PROVISION } from './event-kinds.ts';
import type { FunctionState } from './function-state.ts';
import type { RequestFlow } from './request-flow.ts';

/** Every function's provisioned steps, scheduled on the flow's heap. */
export class ProvisionedSchedule {
  readonly #flow: RequestFlow;
  readonly #func: number[] = [];
  readonly #count: number[] = [];

  /** Schedules every step of the scenario; applies the steps at 0 s now (the flow's time is 0). */
  constructor(flow: RequestFlow) {
    this.#flow = flow;
    flow.scenario.functions.forEach((cfg, f) => {
      for (const step of cfg.provisionedConcurrency) {
        const id = this.#func.push(f) - 1;
        this.#count.push(step.count);
        if (step.atSeconds === 0) this.apply(id, true);
        else flow.heap.push(step.atSeconds * 1000, id * 8 + EV_PROVISION);
      }
    });
  }

  /**
   * Applies step `id` now: new environments INIT (ready at once when `atStart`), extra ones are removed
   * (idle now, busy ones when their request ends).
   */
  apply(id: number, atStart: boolean): void {
    const flow = this.#flow;
    const t = flow.now;
    const f = this.#func[id] as number;
    const count = this.#count[id] as number;
    const fs = flow.fns[f] as FunctionState;
    const envs = flow.envs;
    const pool = flow.pool;
    flow.lastFunc = f;
    fs.advance(t);
    if (!fs.hasReserved) {
      const c = fs.inFlight;
      flow.limits.unreservedUsage += Math.max(c, count) - Math.max(c, fs.provTarget);
    }
    fs.provTarget = count;
    while (fs.provLive < count) {
      const e = envs.create(f, t, true);
      fs.provLive++;
      pool.reqAttempt[e] = 0;
      if (atStart) {
        fs.nInit--;
        fs.nIdle++;
        pool.state[e] = IDLE;
        envs.idle.push(pool, 2 * f, e);
      } else {
        flow.heap.push(t + fs.init.sample(fs.initRng), e * 8 + EV_INIT_END);
      }
    }
    while (fs.provLive > count) {
      fs.provLive--;
      const e = envs.idle.head[2 * f] as number;
      if (e >= 0) envs.reclaim(e, t);
      else envs.retireBusyProvisioned(f);
    }
  }
}
