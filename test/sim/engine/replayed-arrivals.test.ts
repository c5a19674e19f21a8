import type { Scenario } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { Engine } from '~/sim/engine/engine.ts';
import { STREAMS_PER_FUNCTION } from '~/sim/engine/function-state.ts';
import { simulate, simulateResolved } from '~/sim/engine/simulation.ts';
import { ArrivalSource } from '~/sim/random/arrival-source.ts';
import { createStreams } from '~/sim/random/rng.ts';
import { validateScenario } from '~/sim/validation/validate-scenario.ts';

// The arrival times the engine would draw for a one-function scenario, merged and sorted: what
// compareSpectrum hands it for its functions column.
function drawnArrivals(s: Scenario): Float64Array {
  const scenario = validateScenario(s);
  const patterns = scenario.functions[0]?.arrivals ?? [];
  const streams = createStreams(scenario.seed, STREAMS_PER_FUNCTION + patterns.length);
  const times: number[] = [];
  patterns.forEach((p, i) => {
    const src = new ArrivalSource(p, streams[STREAMS_PER_FUNCTION + i] as (typeof streams)[number]);
    for (let t = src.next(); t <= scenario.horizonSeconds * 1000; t = src.next()) times.push(t);
  });
  return Float64Array.from(times).sort();
}

const busy = (extra: Partial<Scenario['functions'][number]>): Scenario => ({
  seed: 11,
  horizonSeconds: 1800,
  account: { concurrencyLimit: 120 },
  output: { seriesResolutionSeconds: 60, spans: 20, records: 50 },
  functions: [
    {
      name: 'f',
      arrivals: [
        { kind: 'poisson', ratePerSecond: 4 },
        { kind: 'diurnal', meanPerSecond: 3, peakToTrough: 5, peakHour: 0.2 },
        { kind: 'burst', count: 60, atSeconds: 600 },
        {
          kind: 'steps',
          steps: [
            { atSeconds: 0, ratePerSecond: 0 },
            { atSeconds: 900, ratePerSecond: 30 },
          ],
        },
      ],
      durationMs: { kind: 'lognormal', medianMs: 400, p99Ms: 2500 },
      ...extra,
    },
  ],
});

describe('Engine with replayed arrivals', () => {
  it.each([
    ['sync', {}],
    ['async with retries', { invocation: 'async' as const, reservedConcurrency: 10 }],
    ['proactive INIT and provisioned steps', { proactiveInitProbability: 0.3, provisionedConcurrency: 5 }],
  ])('gives exactly the result of drawing them itself: %s', (_, extra) => {
    const s = busy(extra);
    const replayed = simulateResolved(validateScenario(s), drawnArrivals(s));
    expect(replayed).toEqual(simulate(s));
    expect(replayed.total.throttled + replayed.total.coldStarts).toBeGreaterThan(0);
  });

  it('refuses arrival times for a scenario of two functions', () => {
    const s = busy({});
    const two = validateScenario({ ...s, functions: [...s.functions, { ...s.functions[0], name: 'g' }] });
    expect(() => new Engine(two, new Float64Array(0))).toThrow(/arrivalsMs needs one function, got 2/);
  });
});
