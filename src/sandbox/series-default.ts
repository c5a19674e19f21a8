/** Points a default series aims for: enough for a smooth chart, cheap to compute and post. */
const TARGET_POINTS = 720;

/**
 * In the sandbox, `simulate` records a time series when the learner did not ask for outputs, so every
 * result can be charted. It only adds `output.seriesResolutionSeconds` (an extra output; the summary
 * numbers do not change beyond floating-point rounding in the last digits). Scenarios that set `output`
 * themselves, or are not objects, pass through.
 */
export function withDefaultSeries<T>(scenario: T): T {
  if (typeof scenario !== 'object' || scenario === null || Array.isArray(scenario) || 'output' in scenario) {
    return scenario;
  }
  const horizon = (scenario as { horizonSeconds?: unknown }).horizonSeconds;
  if (typeof horizon !== 'number' || !Number.isFinite(horizon) || horizon <= 0) return scenario;
  return {
    ...scenario,
    output: { seriesResolutionSeconds: Math.max(1, Math.ceil(horizon / TARGET_POINTS)) },
  };
}
