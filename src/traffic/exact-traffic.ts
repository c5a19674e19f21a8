import { createSimulation, type Scenario, summarize } from '../sim/index.ts';
import type { TrafficOutcome } from './traffic-outcome.ts';

/**
 * Simulates the scenario request by request (the simulator itself), in 50 slices so `onProgress` hears the
 * share of the range done (0–1).
 */
export function exactTraffic(scenario: Scenario, onProgress?: (done: number) => void): TrafficOutcome {
  const sim = createSimulation(scenario);
  const horizonSeconds = scenario.horizonSeconds ?? 0;
  for (let i = 1; i <= 50; i++) {
    sim.advanceTo((horizonSeconds * 1000 * i) / 50);
    onProgress?.(i / 50);
  }
  const result = sim.result();
  const full = summarize(result);
  const s = result.series?.total;
  const { requests, throttled, coldStarts, coldStartProbability, concurrency, latencyMs, costUsd } =
    result.total;
  return {
    method: 'exact',
    totals: {
      requests,
      throttled,
      coldStarts,
      coldStartProbability,
      concurrency: { max: concurrency.max, mean: concurrency.mean },
      latencyMs: { p50: latencyMs.p50, p99: latencyMs.p99 },
      costUsd: { ...costUsd },
    },
    series: {
      t: result.series?.t ?? [],
      peak: s?.concurrencyMax ?? [],
      mean: s?.concurrency ?? [],
      coldStarts: s?.coldStarts ?? [],
      throttles: s?.throttles ?? [],
    },
    horizonSeconds,
    full,
    notes: [],
  };
}
