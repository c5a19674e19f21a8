import { type Scenario, ScenarioError, validateScenario } from '@lab/sim';
import { horizonOf } from './control-value.ts';
import { MAX_SPANS } from './timeline-rows.ts';

/** Series points a playground asks for across the horizon (charts stay smooth and cheap to draw). */
const SERIES_POINTS = 240;

/** A preset that passed validation, or the reasons it did not. */
export type PresetCheck =
  | { ok: true; scenario: Scenario }
  | { ok: false; message: string; issues: readonly { path: string; message: string }[] };

/**
 * Validates a playground preset with the sim's `validateScenario` and returns it (still in input form,
 * so controls can edit it) with the output a playground needs (series at ~240 points over the horizon,
 * spans for the timeline) unless the preset set them.
 * `id` names the playground in the error message.
 */
export function checkPreset(id: string, input: unknown): PresetCheck {
  try {
    validateScenario(input);
    return { ok: true, scenario: withPlaygroundOutput(input as Scenario) };
  } catch (error) {
    if (error instanceof ScenarioError) {
      return { ok: false, message: `Playground "${id}": ${error.message}`, issues: error.issues };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Playground "${id}": ${message}`, issues: [] };
  }
}

/** The scenario with series and spans output switched on at playground resolution. */
export function withPlaygroundOutput(scenario: Scenario): Scenario {
  const output = scenario.output ?? {};
  return {
    ...scenario,
    output: {
      ...output,
      seriesResolutionSeconds:
        output.seriesResolutionSeconds ?? Math.max(1, Math.round(horizonOf(scenario) / SERIES_POINTS)),
      spans: output.spans === undefined || output.spans === false ? MAX_SPANS : output.spans,
    },
  };
}
