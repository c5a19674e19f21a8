import type { TrafficSeries } from './traffic-outcome.ts';
import type { TrafficPeriod } from './traffic-types.ts';

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

/** For each metric the file measured (ConcurrentExecutions, Throttles), the model's series against it. */
export function modelChecks(
  traffic: { periods: readonly TrafficPeriod[] },
  series: TrafficSeries,
  startMs: number,
  periodSeconds: number,
): ModelVsMeasured[] {
  const bucket = (at: number) => Math.round((at - startMs) / 1000 / periodSeconds);
  const checks: ModelVsMeasured[] = [];
  for (const [metric, key, modelSeries] of [
    ['ConcurrentExecutions', 'concurrentExecutions', series.peak],
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
  return checks;
}
