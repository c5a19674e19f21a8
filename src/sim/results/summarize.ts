/** `summarize`: the plain JSON a result prints as (what the CLI writes). */
import type { FunctionSummary, SimulationResult, Summary } from './result-types.ts';

/** What `summarize` returns. */
export interface SummaryJson {
  /** Simulated span, seconds. */
  horizonSeconds: number;
  seed: number;
  total: Summary;
  functions: FunctionSummary[];
}

/**
 * The result without the scenario, series, spans and records: totals and per-function summaries, numbers
 * rounded to 6 significant digits so the output is stable and readable.
 * @example console.log(JSON.stringify(summarize(simulate(scenario)), null, 2));
 */
export function summarize(result: SimulationResult): SummaryJson {
  return round({
    horizonSeconds: result.horizonMs / 1000,
    seed: result.scenario.seed,
    total: result.total,
    functions: result.functions,
  });
}

function round<T>(value: T): T {
  if (typeof value === 'number') return (Number.isInteger(value) ? value : Number(value.toPrecision(6))) as T;
  if (Array.isArray(value)) return value.map(round) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = round(v);
    return out as T;
  }
  return value;
}
