import type { TrafficPeriod } from './traffic-types.ts';

/** A metric field of a period (everything but its start). */
export type MetricKey = Exclude<keyof TrafficPeriod, 'startMs'>;

/**
 * The metric a column or result label names, matched without case or spaces: `Invocations`,
 * `Duration` (Average; `p50`/`p99` in the label pick those), `ConcurrentExecutions`, `Throttles`, `Errors`.
 * A label may carry more (CloudWatch labels like "my-fn Invocations"); null when none matches.
 */
export function metricOf(label: string): MetricKey | null {
  const l = label.toLowerCase().replace(/[\s_-]/g, '');
  if (l.includes('invocations')) return 'invocations';
  if (l.includes('concurrentexecutions')) return 'concurrentExecutions';
  if (l.includes('throttles')) return 'throttles';
  if (l.includes('errors')) return 'errors';
  if (l.includes('duration'))
    return l.includes('p50') ? 'durationP50Ms' : l.includes('p99') ? 'durationP99Ms' : 'durationAvgMs';
  return null;
}

/** A period with no metrics yet. */
export function emptyPeriod(startMs: number): TrafficPeriod {
  return {
    startMs,
    invocations: 0,
    durationAvgMs: null,
    durationP50Ms: null,
    durationP99Ms: null,
    concurrentExecutions: null,
    throttles: null,
    errors: null,
  };
}
