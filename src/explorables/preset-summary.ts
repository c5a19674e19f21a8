import { type Scenario, simulate } from '@lab/sim';
import { summaryOf } from './chart-data.ts';
import { type SummaryRow, summaryRows } from './summary-metrics.ts';

/** One side of a playground as printed: its name and its summary numbers under the preset. */
export interface PresetSide {
  label: string;
  rows: SummaryRow[];
}

/**
 * The summary numbers each side of a playground shows under its preset, computed by running the preset
 * through the simulator (deterministic: the same numbers the browser shows before anything is changed).
 * Printed in place of the controls, and read where JavaScript does not run. Spans are not recorded: only
 * the summary is needed. `fn` picks one function of a multi-function scenario (absent: all together).
 */
export function presetSummary(
  sides: readonly { label: string; scenario: Scenario }[],
  fn?: string,
  async = false,
): PresetSide[] {
  return sides.map(({ label, scenario }) => {
    const result = simulate({ ...scenario, output: { ...scenario.output, spans: false } });
    return { label, rows: summaryRows(summaryOf(result, fn), async) };
  });
}
