/**
 * The container column's target tracking, apart from its requests: every 60 s, desired tasks =
 * ceil(tasks × utilization ÷ target), utilization being the work offered in the period ÷ its capacity;
 * scale-out lands after the reaction delay, scale-in at once (a removed task finishes its current requests).
 * `runContainers` feeds it the offered work and calls `advanceTo` only when `due` is reached, so the
 * per-request loop is a comparison and an addition.
 */
import type { Fleet } from './fleet.ts';

/** Evaluation period of target tracking, ms. */
export const EVAL_MS = 60_000;

/** Scaling settings, all resolved. */
export interface ScalerSettings {
  perTask: number;
  minTasks: number;
  maxTasks: number;
  /** Target utilization, 0–1. */
  target: number;
  /** From the end of an evaluation period to new tasks serving, ms. */
  delayMs: number;
}

/** Tasks over time for one fleet; `taskMs` is Σ tasks × time, ms. */
export class ContainerScaler {
  /** Next time something happens (an evaluation or a scale-out landing), ms. */
  due = EVAL_MS;
  /** Work offered since the last evaluation, ms. */
  windowWork = 0;
  tasks: number;
  taskMs = 0;
  readonly #fleet: Fleet;
  readonly #s: ScalerSettings;
  #lastChange = 0;
  #nextEval = EVAL_MS;
  readonly #pending: [number, number][] = [];

  constructor(fleet: Fleet, s: ScalerSettings) {
    this.#fleet = fleet;
    this.#s = s;
    this.tasks = s.minTasks;
    fleet.add(s.minTasks * s.perTask, 0);
  }

  /** Runs every evaluation and landing due by t (in time order; a landing before an evaluation at a tie). */
  advanceTo(t: number): void {
    const s = this.#s;
    const pending = this.#pending;
    while (this.#nextEval <= t || (pending[0] && pending[0][0] <= t)) {
      if (pending[0] && pending[0][0] <= this.#nextEval) {
        const [at, n] = pending.shift() as [number, number];
        this.#set(n, at);
        continue;
      }
      const util = this.windowWork / (this.tasks * s.perTask * EVAL_MS);
      const desired = Math.min(s.maxTasks, Math.max(s.minTasks, Math.ceil((this.tasks * util) / s.target)));
      if (desired < this.tasks) this.#set(desired, this.#nextEval);
      else if (desired > this.tasks) pending.push([this.#nextEval + s.delayMs, desired]);
      this.windowWork = 0;
      this.#nextEval += EVAL_MS;
    }
    this.due = Math.min(this.#nextEval, pending[0]?.[0] ?? Number.POSITIVE_INFINITY);
  }

  /** Closes the task-time integral at the horizon. */
  finish(horizonMs: number): void {
    this.taskMs += this.tasks * (horizonMs - this.#lastChange);
    this.#lastChange = horizonMs;
  }

  #set(n: number, t: number): void {
    this.taskMs += this.tasks * (t - this.#lastChange);
    this.#lastChange = t;
    const per = this.#s.perTask;
    if (n > this.tasks) this.#fleet.add((n - this.tasks) * per, t);
    else this.#fleet.remove((this.tasks - n) * per);
    this.tasks = n;
  }
}
