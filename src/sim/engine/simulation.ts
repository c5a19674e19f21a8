/** The public entry points: `simulate` (run to the horizon) and `createSimulation` (step by step). */

import type { ResolvedScenario, Scenario } from '../model/types.ts';
import { functionSummary, tierFactors, totalSummary } from '../results/function-summary.ts';
import type {
  EnvironmentSnapshot,
  SimEvent,
  Simulation,
  SimulationResult,
  Snapshot,
} from '../results/result-types.ts';
import { validateScenario } from '../validation/validate-scenario.ts';
import { Engine } from './engine.ts';
import { BUSY, IDLE, INIT } from './env-pool.ts';
import { KIND_NAMES, OUTCOME_NAMES } from './event-kinds.ts';

/**
 * Runs a scenario to its horizon and returns the summaries (plus series, spans and records if asked).
 * Deterministic: the same scenario (seed included) gives the same result everywhere.
 * @throws {ScenarioError} when the scenario is invalid (the message names the field and the allowed range).
 * @example simulate({ functions: [{ name: 'api', arrivals: { kind: 'poisson', ratePerSecond: 5 },
 *   durationMs: { kind: 'fixed', valueMs: 200 } }] }).total.coldStarts
 */
export function simulate(scenario: Scenario): SimulationResult {
  return simulateResolved(validateScenario(scenario));
}

/**
 * `simulate` for a scenario already validated; `arrivalsMs` (one function only) replays its arrival times
 * already drawn from the same streams (see `Engine`). Internal: compareSpectrum's functions column.
 */
export function simulateResolved(scenario: ResolvedScenario, arrivalsMs?: Float64Array): SimulationResult {
  const engine = new Engine(scenario, arrivalsMs);
  engine.run(engine.horizonMs);
  return buildResult(engine, true);
}

/**
 * A simulation you advance yourself, for animations: `step()` one event, `advanceTo(ms)`,
 * `snapshot()` every live environment, `result()` so far.
 * @example const sim = createSimulation(scenario); sim.advanceTo(10_000); sim.snapshot().environments.length
 */
export function createSimulation(scenario: Scenario): Simulation {
  const engine = new Engine(validateScenario(scenario));
  // Once the horizon is reached, the result is final (open spans closed at the horizon, the series
  // committed) and identical to `simulate(scenario)`; built once, since closing is not repeatable.
  let finalResult: SimulationResult | undefined;
  return {
    get now() {
      return engine.now;
    },
    get done() {
      return engine.now >= engine.horizonMs;
    },
    step(): SimEvent | null {
      if (!engine.step()) return null;
      const fs = engine.fns[engine.lastFunc];
      const event: SimEvent = {
        kind: KIND_NAMES[engine.lastKind] ?? 'arrival',
        atMs: engine.now,
        functionName: fs?.name ?? '',
        envId: engine.lastEnv >= 0 ? (engine.pool.id[engine.lastEnv] as number) : -1,
      };
      const outcome = OUTCOME_NAMES[engine.lastOutcome];
      if (outcome) event.outcome = outcome;
      return event;
    },
    advanceTo(ms: number) {
      if (!(ms >= engine.now))
        throw new RangeError(`advanceTo(ms) needs ms ≥ now (${engine.now}), got ${ms}`);
      engine.run(ms);
    },
    advanceBy(ms: number) {
      if (!(ms >= 0)) throw new RangeError(`advanceBy(ms) needs ms ≥ 0, got ${ms}`);
      engine.run(engine.now + ms);
    },
    snapshot: () => snapshot(engine),
    result: () => {
      if (engine.now < engine.horizonMs) return buildResult(engine, false);
      finalResult ??= buildResult(engine, true);
      return finalResult;
    },
  };
}

function buildResult(engine: Engine, final: boolean): SimulationResult {
  const elapsed = final ? engine.horizonMs : engine.now;
  // The series first: it closes its buckets by advancing the integrals bucket by bucket.
  const series = engine.series ? engine.series.view(elapsed, engine.fns, engine.peaks, final) : undefined;
  const cfgs = engine.scenario.functions;
  const tiers = tierFactors(engine.fns, cfgs, elapsed);
  const functions = engine.fns.map((fs, i) => {
    const cfg = cfgs[i] ?? never();
    return functionSummary(fs, cfg, elapsed, tiers[cfg.architecture]);
  });
  const total = totalSummary(engine.fns, functions, elapsed, engine.maxTotalInFlight, engine.envs.maxTotal);
  const result: SimulationResult = {
    scenario: engine.scenario,
    horizonMs: engine.horizonMs,
    total,
    functions,
  };
  if (series) result.series = series;
  if (engine.scenario.output.spans > 0)
    result.spans = final ? closeSpans(engine, elapsed) : engine.recorder.spans;
  if (engine.scenario.output.records > 0) result.records = engine.recorder.records;
  return result;
}

// Adds each live environment's open phase, ending at the horizon.
function closeSpans(engine: Engine, endMs: number) {
  const pool = engine.pool;
  for (let e = 0; e < pool.capacity; e++) {
    const span = pool.span[e] as number;
    if (pool.state[e] !== 0 && span >= 0)
      engine.recorder.phase(span, pool.state[e] as number, pool.since[e] as number, endMs);
  }
  return engine.recorder.spans;
}

function snapshot(engine: Engine): Snapshot {
  const pool = engine.pool;
  const environments: EnvironmentSnapshot[] = [];
  for (let e = 0; e < pool.capacity; e++) {
    const s = pool.state[e];
    if (s !== INIT && s !== BUSY && s !== IDLE) continue;
    environments.push({
      id: pool.id[e] as number,
      functionName: engine.fns[pool.func[e] as number]?.name ?? '',
      state: s === INIT ? 'initializing' : s === BUSY ? 'busy' : 'idle',
      since: pool.since[e] as number,
      provisioned: pool.provisioned[e] === 1,
      requestsServed: pool.served[e] as number,
    });
  }
  environments.sort((a, b) => a.id - b.id);
  const queueLengths: Record<string, number> = {};
  const concurrency: Record<string, number> = {};
  const counts = { requests: 0, served: 0, throttled: 0, coldStarts: 0 };
  for (const fs of engine.fns) {
    queueLengths[fs.name] = fs.waiting;
    concurrency[fs.name] = fs.inFlight;
    counts.requests += fs.requests;
    counts.served += fs.served;
    counts.throttled += fs.throttled;
    counts.coldStarts += fs.coldStarts;
  }
  return { atMs: engine.now, environments, queueLengths, concurrency, counts };
}

function never(): never {
  throw new Error('function state without configuration');
}
