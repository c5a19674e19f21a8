import { emptyPeriod, metricOf } from './metric-columns.ts';
import { parseTime } from './parse-time.ts';
import { periodSeconds } from './period-seconds.ts';
import { type Traffic, TrafficError, type TrafficPeriod } from './traffic-types.ts';

interface Result {
  Id?: unknown;
  Label?: unknown;
  Timestamps?: unknown;
  Values?: unknown;
}

/**
 * The JSON `aws cloudwatch get-metric-data` prints (its default output): `MetricDataResults`, one entry per
 * query with `Label` (or `Id`), `Timestamps` (ISO, newest first) and `Values`. Each result's label names its
 * metric (see `metricOf`); results for other metrics are ignored.
 */
export function parseMetricDataJson(text: string): Traffic {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new TrafficError(`not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const results = (json as { MetricDataResults?: unknown })?.MetricDataResults;
  if (!Array.isArray(results)) throw new TrafficError('expected an object with a MetricDataResults array');
  const byTime = new Map<number, TrafficPeriod>();
  let sawInvocations = false;
  results.forEach((r: Result, i) => {
    const label = String(r.Label ?? r.Id ?? '');
    const key = metricOf(label);
    if (!key) return;
    sawInvocations ||= key === 'invocations';
    const times = r.Timestamps;
    const values = r.Values;
    if (!Array.isArray(times) || !Array.isArray(values) || times.length !== values.length)
      throw new TrafficError(
        `MetricDataResults[${i}] (${label}): Timestamps and Values must be arrays of one length`,
      );
    times.forEach((t, j) => {
      const ms = parseTime(String(t), 0, 0);
      const v = values[j];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
        throw new TrafficError(
          `MetricDataResults[${i}].Values[${j}] (${label}) must be a number ≥ 0, got ${JSON.stringify(v)}`,
        );
      const p = byTime.get(ms) ?? emptyPeriod(ms);
      p[key] = v;
      byTime.set(ms, p);
    });
  });
  if (!sawInvocations) throw new TrafficError('no result labelled Invocations in MetricDataResults');
  const periods = [...byTime.values()];
  return { kind: 'periods', format: 'get-metric-data', periodSeconds: periodSeconds(periods), periods };
}
