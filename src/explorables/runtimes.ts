import { RUNTIMES } from '@lab/sim';

/** Runtime choices for the `runtime` control, from the sim's `RUNTIMES` (whatever form it lists them in). */
export const RUNTIME_OPTIONS: readonly { value: string; label: string }[] = runtimeOptions(RUNTIMES);

function runtimeOptions(list: unknown): { value: string; label: string }[] {
  const entries: unknown[] = Array.isArray(list)
    ? list
    : list && typeof list === 'object'
      ? Object.entries(list).map(([key, v]) => (v && typeof v === 'object' ? { id: key, ...v } : key))
      : [];
  return entries.flatMap((entry) => {
    if (typeof entry === 'string') return [{ value: entry, label: entry }];
    if (entry && typeof entry === 'object') {
      const r = entry as { id?: unknown; name?: unknown; runtime?: unknown; label?: unknown };
      const value = [r.id, r.runtime, r.name].find((v): v is string => typeof v === 'string');
      if (value) return [{ value, label: typeof r.label === 'string' ? r.label : value }];
    }
    return [];
  });
}
