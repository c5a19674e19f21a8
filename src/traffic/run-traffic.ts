import { type SimulationResult, type SummaryJson, simulate, summarize } from '../sim/index.ts';
import { trafficScenario, type WhatIf } from './traffic-scenario.ts';
import type { Traffic } from './traffic-types.ts';

/** The model against one measured metric: per-period values and the differences. */
export interface ModelVsMeasured {
  metric: 'ConcurrentExecutions' | 'Throttles';
  /** Per period: the model's value (ConcurrentExecutions: most in flight; Throttles: count). */
  model: number[];
  /** Per period: the file's value, or null where it has none. */
  measured: (number | null)[];
  /** Mean of |model − measured| over periods with a measurement. */
  meanAbsoluteDifference: number;
  /** Highest model value ÷ highest measured value − 1 (0 when the file's highest is 0). */
  peakDifference: number;
}

/** What a run of a traffic file gives. */
export interface TrafficRun {
  summary: SummaryJson;
  result: SimulationResult;
  startMs: number;
  periodSeconds: number;
  durationFit: string;
  /** One entry per measured metric the file has. */
  checks: ModelVsMeasured[];
}

/** Simulates a parsed file under the what-if settings and compares the model with what the file measured. */
export function runTraffic(traffic: Traffic, whatIf: WhatIf = {}): TrafficRun {
  const t = trafficScenario(traffic, whatIf);
  const result = simulate(t.scenario);
  const series = result.series?.total;
  const checks: ModelVsMeasured[] = [];
  if (traffic.kind === 'periods' && series) {
    const bucket = (startMs: number) => Math.round((startMs - t.startMs) / 1000 / t.periodSeconds);
    for (const [metric, key, modelSeries] of [
      ['ConcurrentExecutions', 'concurrentExecutions', series.concurrencyMax],
      ['Throttles', 'throttles', series.throttles],
    ] as const) {
      if (!traffic.periods.some((p) => p[key] !== null)) continue;
      const measured: (number | null)[] = modelSeries.map(() => null);
      for (const p of traffic.periods) {
        const i = bucket(p.startMs);
        if (i >= 0 && i < measured.length) measured[i] = p[key];
      }
      let [sum, n, peakModel, peakMeasured] = [0, 0, 0, 0];
      modelSeries.forEach((m, i) => {
        const v = measured[i];
        peakModel = Math.max(peakModel, m);
        if (v === null || v === undefined) return;
        sum += Math.abs(m - v);
        n++;
        peakMeasured = Math.max(peakMeasured, v);
      });
      checks.push({
        metric,
        model: [...modelSeries],
        measured,
        meanAbsoluteDifference: n > 0 ? sum / n : 0,
        peakDifference: peakMeasured > 0 ? peakModel / peakMeasured - 1 : 0,
      });
    }
  }
  return {
    summary: summarize(result),
    result,
    startMs: t.startMs,
    periodSeconds: t.periodSeconds,
    durationFit: t.duration.how,
    checks,
  };
}
