import { exactTraffic } from './exact-traffic.ts';
import { fastTraffic } from './fast-traffic.ts';
import { type ModelVsMeasured, modelChecks } from './model-checks.ts';
import type { TrafficOutcome } from './traffic-outcome.ts';
import { trafficScenario, type WhatIf } from './traffic-scenario.ts';
import type { Traffic } from './traffic-types.ts';

/**
 * Most requests the `auto` method simulates request by request (about 15 s in a browser on a small laptop,
 * measured on the 12.9 M-request sample week); above it, `auto` takes the fast method.
 */
export const EXACT_MAX_REQUESTS = 15_000_000;

/** What a run of a traffic file gives. */
export interface TrafficRun extends TrafficOutcome {
  /** The file's first period, ms since the epoch. */
  startMs: number;
  periodSeconds: number;
  durationFit: string;
  /** One entry per measured metric the file has. */
  checks: ModelVsMeasured[];
}

/** Requests the file holds. */
export function requestsIn(traffic: Traffic): number {
  return traffic.kind === 'periods'
    ? traffic.periods.reduce((a, p) => a + p.invocations, 0)
    : traffic.timestampsMs.length;
}

/**
 * Runs a parsed file under the what-if settings — request by request, or by the fast method (`whatIf.method`;
 * `auto` picks exact up to {@link EXACT_MAX_REQUESTS}; a list of request times is always exact) — and compares
 * the model with what the file measured. `onProgress` hears the share of the range done (0–1).
 */
export function runTraffic(
  traffic: Traffic,
  whatIf: WhatIf = {},
  onProgress?: (done: number) => void,
): TrafficRun {
  const t = trafficScenario(traffic, whatIf);
  const method = whatIf.method ?? 'auto';
  const fast =
    traffic.kind === 'periods' &&
    (method === 'fast' || (method === 'auto' && requestsIn(traffic) > EXACT_MAX_REQUESTS));
  const outcome = fast
    ? fastTraffic(t.scenario, t.periodSeconds, onProgress)
    : exactTraffic(t.scenario, onProgress);
  return {
    ...outcome,
    startMs: t.startMs,
    periodSeconds: t.periodSeconds,
    durationFit: t.duration.how,
    checks:
      traffic.kind === 'periods' ? modelChecks(traffic, outcome.series, t.startMs, t.periodSeconds) : [],
  };
}
