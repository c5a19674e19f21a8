import type { Distribution, Scenario } from '@lab/sim';
import { later } from './captured.ts';
import { findResults } from './result-view.ts';
import { serialize } from './serialize.ts';
import { withDefaultSeries } from './series-default.ts';
import { transpile } from './transpile.ts';

/** CPU a spare worker spends warming up before its request, at most, in ms (one simulation per task). */
export const WARM_UP_MS = 400;

/** Small simulations like the lessons' (an hour at a few requests per second), varied so more paths get hot. */
function scenario(i: number): Scenario {
  const durations: Distribution[] = [
    { kind: 'exponential', meanMs: 200 },
    { kind: 'lognormal', medianMs: 300, p99Ms: 900 },
    { kind: 'fixed', valueMs: 120 },
  ];
  return withDefaultSeries({
    seed: i + 1,
    horizonSeconds: 3600,
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

/**
 * Warms a spare runtime worker while it waits for its request: compiles a small program with sucrase, then
 * runs small simulations (and the display of their results), one per task, until {@link WARM_UP_MS} have
 * passed or `claimed()` says a request arrived. A fresh worker's first simulations run without JIT-compiled
 * code several times slower; the learner's run then starts on hot code. Nothing here is visible to it: the
 * simulator keeps no state between calls.
 */
export function warmUp(sim: { simulate(s: Scenario): unknown }, claimed: () => boolean): void {
  const started = performance.now();
  let i = 0;
  const step = () => {
    if (claimed() || performance.now() - started > WARM_UP_MS) return;
    try {
      if (i === 0)
        transpile("import { simulate } from '@lab/sim';\nconst n: number = 1;\nexport default n;\n");
      const result = sim.simulate(scenario(i));
      serialize(result);
      findResults(result);
    } catch {
      return; // warming is best effort
    }
    i++;
    later(step, 0);
  };
  later(step, 0);
}
