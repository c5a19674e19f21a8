import type { Summary } from '@lab/sim';

/**
 * Reads a number out of a {@link Summary} by a dotted path, e.g. `'environments.created'`,
 * `'latencyMs.cold.p99'` or `'coldStarts'`.
 * @returns the number, or `undefined` when the path does not lead to a finite number.
 */
export function readMetric(summary: Summary, path: string): number | undefined {
  let node: unknown = summary;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'number' && Number.isFinite(node) ? node : undefined;
}

/** Human label for a metric path: `'environments.created'` → `'environments created'`. */
export function metricLabel(path: string): string {
  const labels: Record<string, string> = {
    coldStarts: 'cold starts',
    throttled: 'throttled requests',
    'environments.created': 'environments created',
    'environments.max': 'peak environments',
    'concurrency.max': 'peak concurrency',
    'costUsd.total': 'total cost',
    coldStartProbability: 'cold-start probability',
  };
  return (
    labels[path] ??
    path
      .split('.')
      .map((part) => part.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())
      .join(' ')
  );
}
