import type { Distribution, Scenario, Workload } from '@lab/sim';
import { later } from './captured.ts';
import { findResults } from './result-view.ts';
import { serialize } from './serialize.ts';
import { withDefaultSeries } from './series-default.ts';
import { transpile } from './transpile.ts';

/** CPU a spare worker spends warming up before its request, at most, in ms (many short tasks). */
export const WARM_UP_MS = 400;

/**
 * Simulated span of warm-up step `i`, in seconds: the first steps are tiny (their code still runs in the
 * interpreter), later ones a few thousand requests. A request that arrives mid-step waits for the step, so
 * no step may be long: at 2–4 req/s, ≤ 2,400 requests, a few ms once compiled.
 */
export const warmUpHorizonSeconds = (i: number) => (i < 3 ? 60 : i < 8 ? 300 : 600);

/** Small simulations like the lessons' (a few requests per second), varied so more paths get hot. */
export function warmUpScenario(i: number): Scenario {
  const durations: Distribution[] = [
    { kind: 'exponential', meanMs: 200 },
    { kind: 'lognormal', medianMs: 300, p99Ms: 900 },
    { kind: 'fixed', valueMs: 120 },
  ];
  return withDefaultSeries({
    seed: i + 1,
    horizonSeconds: warmUpHorizonSeconds(i),
    functions: [
      {
        name: 'warm',
        memoryMb: 512,
        arrivals: { kind: 'poisson', ratePerSecond: 2 + (i % 3) },
        durationMs: durations[i % durations.length] ?? { kind: 'fixed', valueMs: 100 },
        ...(i % 2 ? { provisionedConcurrency: 1 } : {}),
      },
    ],
  });
}

/** What warming up calls: the simulator's entry points the lessons use most. */
export interface WarmSim {
  simulate(s: Scenario): unknown;
  compareSpectrum(w: Workload, o?: { vm?: { servers?: number } }): unknown;
}

/**
 * Warms a spare runtime worker while it waits for its request: compiles a small program with sucrase, then
 * runs small simulations (and the display of their results) and, every fourth step, a small spectrum
 * comparison, one per task, until {@link WARM_UP_MS} have passed or `claimed()` says a request arrived.
 * A fresh worker's first simulations run without JIT-compiled code several times slower; the learner's run
 * then starts on hot code. Steps are short so a request never waits long for the one in progress. Nothing
 * here is visible to the learner: the simulator keeps no state between calls. `done` is called when warming
 * ended without a request.
 */
export function warmUp(sim: WarmSim, claimed: () => boolean, done: () => void = () => undefined): void {
  const started = performance.now();
  let i = 0;
  const step = () => {
    if (claimed()) return;
    if (performance.now() - started > WARM_UP_MS) return done();
    try {
      if (i === 0)
        transpile("import { simulate } from '@lab/sim';\nconst n: number = 1;\nexport default n;\n");
      const scenario = warmUpScenario(i);
      const result = sim.simulate(scenario);
      serialize(result);
      findResults(result);
      if (i % 4 === 3) {
        const fn = scenario.functions[0];
        if (fn) {
          const workload = {
            arrivals: fn.arrivals,
            durationMs: fn.durationMs,
            horizonSeconds: warmUpHorizonSeconds(i),
          };
          sim.compareSpectrum(workload, { vm: { servers: 1 } });
        }
      }
    } catch {
      return done(); // warming is best effort
    }
    i++;
    later(step, 0);
  };
  later(step, 0);
}
