import type { Summary } from '@lab/sim';

/**
 * A summary or a part of one: the numbers a run knows (a fast estimate has no environment counts, say).
 * Every {@link Summary} is one.
 */
export type SummaryLike = {
  readonly [K in keyof Summary]?: Summary[K] extends object ? Partial<Summary[K]> : Summary[K];
};

/**
 * Reads a number out of a {@link Summary} (or a {@link SummaryLike}) by a dotted path, e.g. `'environments.created'`,
 * `'latencyMs.cold.p99'` or `'coldStarts'`.
 * @returns the number, or `undefined` when the path does not lead to a finite number.
 */
export function readMetric(summary: SummaryLike, path: string): number | undefined {
  let node: unknown = summary;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' && Number.isFinite(node) ? node : undefined;
}

const STATS = ['count', 'mean', 'p50', 'p90', 'p99', 'max'];

/** Every dotted path to a number in a {@link Summary}: what `predict.metric` may name. */
export const METRIC_PATHS: readonly string[] = [
  'requests',
  'served',
  'throttled',
  'throttledBy.account',
  'throttledBy.reserved',
  'throttledBy.scaling',
  'throttledBy.invocationRate',
  'dropped',
  'expired',
  'asyncOldestEventAgeMs',
  'retried',
  'errors',
  'timeouts',
  'pending',
  'invocations',
  'coldStarts',
  'initTimeouts',
  'proactiveInits',
  'provisionedInits',
  'coldStartProbability',
  ...STATS.map((s) => `latencyMs.${s}`),
  ...STATS.map((s) => `latencyMs.cold.${s}`),
  ...STATS.map((s) => `latencyMs.warm.${s}`),
  'concurrency.max',
  'concurrency.mean',
  ...['mean', 'meanBusy', 'meanIdle', 'meanInitializing', 'max', 'created', 'reclaimed'].map(
    (s) => `environments.${s}`,
  ),
  'utilization',
  'gbSeconds',
  ...['requests', 'duration', 'provisioned', 'total'].map((s) => `costUsd.${s}`),
];

/** The dotted paths of every number in an object (for checking {@link METRIC_PATHS} against a summary). */
export function numericPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'number') return [prefix];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => numericPaths(v, prefix ? `${prefix}.${k}` : k));
}
