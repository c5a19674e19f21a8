/**
 * How many cold starts INIT adds in a steady state, measured with little noise (a measurement tool, not a test).
 *
 * One function, Poisson arrivals at a fixed rate, exponential work, a fixed idle lifetime T; cold starts follow
 * the level rule (test/sim/spectrum/level-rule.test.ts): a request arriving when n environments are busy is cold
 * exactly when n + 1 were last busy more than T ago. A cold request's environment is busy for INIT + work.
 *
 * Counting a steady rate to 1% takes thousands of hours of simulated traffic at 1,000 req/s, because cold starts
 * come in bursts. Most of that noise is the same with and without INIT, so both worlds run on one path:
 * - world 0 counts the busy requests x₀ (M/M/∞: the same arrivals and work, no INIT);
 * - world I lets a request that is cold in world I keep its environment for its INIT after its work (a "hold").
 *   The environment is busy for INIT + work either way, so world I's busy count xᵢ = x₀ + holds has the law of
 *   the real one (INIT first), and its cold starts are the real ones in law.
 * The difference of the two counts is INIT's effect on this path; its mean over runs has a far smaller spread
 * than either count's. World 0's steady rate is known exactly (the level model without INIT equals it: see
 * functions-fast.test.ts), so the steady rate with INIT is that plus the measured difference.
 */

import { EventQueue } from '../../src/sim/engine/event-queue.ts';
import type { Distribution } from '../../src/sim/index.ts';
import { createStreams, type Rng, validateScenario } from '../../src/sim/index.ts';
import { Sampler } from '../../src/sim/random/sampler.ts';

/** One coupled run's settings. */
export interface CoupledRunOptions {
  ratePerSecond: number;
  /** Mean work, ms (exponential). */
  workMs: number;
  /** Idle lifetime T, ms (fixed). @default the engine's default */
  idleLifetimeMs?: number;
  /** INIT distribution. @default the engine's default */
  initMs?: Distribution;
  /** Hours counted after the warm-up. */
  hours: number;
  /** Hours simulated first and not counted (from no environments). @default 1 */
  warmupHours?: number;
  seed: number;
}

/** Cold starts counted after the warm-up in each world. */
export interface CoupledRun {
  withoutInit: number;
  withInit: number;
  hours: number;
}

/** One run of both worlds on one path. */
export function coupledInitRun(o: CoupledRunOptions): CoupledRun {
  if (!(o.ratePerSecond > 0) || !(o.workMs > 0) || !(o.hours > 0))
    throw new RangeError('coupledInitRun: ratePerSecond, workMs and hours must be positive');
  const scenario = validateScenario({
    seed: o.seed,
    functions: [
      {
        name: 'f',
        arrivals: [{ kind: 'poisson', ratePerSecond: o.ratePerSecond }],
        durationMs: { kind: 'exponential', meanMs: o.workMs },
        ...(o.idleLifetimeMs === undefined
          ? {}
          : { idleLifetimeMs: { kind: 'fixed', valueMs: o.idleLifetimeMs } }),
        ...(o.initMs === undefined ? {} : { initMs: o.initMs }),
      },
    ],
  });
  const fn = scenario.functions[0];
  if (fn?.idleLifetimeMs.kind !== 'fixed')
    throw new RangeError('coupledInitRun: needs a fixed idle lifetime');
  const idle = fn.idleLifetimeMs.valueMs;
  const init = new Sampler(fn.initMs);
  const [eventRng, initRng] = createStreams(o.seed, 2) as [Rng, Rng];
  const lambda = o.ratePerSecond / 1000;
  const mu = 1 / o.workMs;
  const start = (o.warmupHours ?? 1) * 3_600_000;
  const end = start + o.hours * 3_600_000;
  // When each level was last left, per world; −∞ before it was ever reached.
  let left0 = new Float64Array(1024).fill(Number.NEGATIVE_INFINITY);
  let leftI = new Float64Array(1024).fill(Number.NEGATIVE_INFINITY);
  const holds = new EventQueue();
  // x0 requests working (world 0's busy count), `coldWorking` of them cold in world I; world I adds the holds.
  let [t, x0, coldWorking, cold0, coldI] = [0, 0, 0, 0, 0];
  for (;;) {
    const total = lambda + x0 * mu;
    const next = t - Math.log(eventRng.uniform()) / total;
    if (holds.size > 0 && holds.topTime <= next) {
      // A hold ends: world I leaves level x0 + holds.
      t = holds.topTime;
      leftI[x0 + holds.size] = t;
      holds.pop();
      continue;
    }
    t = next;
    if (t >= end) break;
    if (eventRng.uniform() * total < lambda) {
      const [level0, levelI] = [x0 + 1, x0 + holds.size + 1];
      if (levelI >= leftI.length) [left0, leftI] = [grow(left0), grow(leftI)];
      if (t - (left0[level0] as number) > idle && t >= start) cold0++;
      if (t - (leftI[levelI] as number) > idle) {
        if (t >= start) coldI++;
        coldWorking++;
      }
      x0 = level0;
    } else {
      // A departure from world 0; in world I a request cold there starts its hold instead of leaving.
      left0[x0] = t;
      if (eventRng.uniform() * x0 < coldWorking) {
        coldWorking--;
        holds.push(t + init.sample(initRng), 0);
      } else leftI[x0 + holds.size] = t;
      x0--;
    }
  }
  return { withoutInit: cold0, withInit: coldI, hours: o.hours };
}

function grow(a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const b = new Float64Array(a.length * 2).fill(Number.NEGATIVE_INFINITY);
  b.set(a);
  return b;
}
