/** One validation issue as the worker reports it (a `ScenarioIssue`). */
export interface Issue {
  path: string;
  message: string;
}

/** Field names as the controls label them. */
const FIELD_NAMES: Record<string, string> = {
  reservedConcurrency: 'Reserved concurrency',
  provisionedConcurrency: 'Provisioned concurrency',
  memoryMb: 'Memory',
  idleLifetimeMs: 'Idle lifetime',
  durationMs: 'Handler duration',
  initMs: 'INIT time',
  arrivals: 'Traffic',
  seed: 'Random seed',
};

/** The field an issue path names, as a control would call it: `functions[0].memoryMb` → "Memory". */
function fieldName(path: string): string {
  const field = path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .find((part) => part in FIELD_NAMES);
  if (field) return FIELD_NAMES[field] ?? field;
  const last = path.split('.').pop() ?? path;
  const words = last
    .replace(/\[\d+\]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * One plain sentence for a setting the simulator refused (never the raw validator text): the sim's rule in the
 * learner's words, naming the control, the value and what is allowed. Only the first issue is told; fixing it
 * is the next step either way.
 */
export function plainError(issues: readonly Issue[], fallback: string): string {
  const [issue] = issues;
  if (!issue) return `That setting cannot be simulated: ${fallback.split('\n')[0] ?? fallback}`;
  const field = fieldName(issue.path);
  const got = issue.message.match(/got (-?[\d.,]+)/)?.[1];
  const max = issue.message.match(/must be ≤ (-?[\d.,]+)/)?.[1];
  if (/provisionedConcurrency$/.test(issue.path) && /reservedConcurrency/.test(issue.message)) {
    const reserved = issue.message.match(/reservedConcurrency \((\d+)\)/)?.[1];
    return `Provisioned concurrency (${got}) cannot be more than the reserved concurrency (${reserved}): lower it, or raise the reservation.`;
  }
  if (/Concurrency$/.test(issue.path) && max !== undefined) {
    const most = Math.max(0, Number(max.replace(/,/g, '')));
    return `${field} can be at most ${most.toLocaleString('en-US')} here, got ${got}: Lambda keeps at least 100 of the account's concurrency unreserved.`;
  }
  const rule = issue.message.replace(/^[\w.[\]]+ /, '');
  return `${field} ${rule}.`.replace(/\.\.$/, '.');
}
