import type { EnvironmentSnapshot, SimulationResult } from '@lab/sim';

/** One environment's recorded life (from `result.spans`). */
export type EnvSpan = NonNullable<SimulationResult['spans']>[number];
/** The states a lane segment can show. */
export type LaneState = 'initializing' | 'busy' | 'idle';

/** One environment lane, ready to draw: segments in ms, clipped to the visible time. */
export interface Lane {
  envId: string;
  provisioned: boolean;
  segments: { state: LaneState; startMs: number; endMs: number }[];
  /** When the cold start began (ms), if it is visible. */
  coldStartAtMs?: number;
  /** When the environment was reclaimed (ms), if it was by `nowMs`. */
  reclaimedAtMs?: number;
  /** Busy periods (a run of back-to-back requests counts once). */
  requests: number;
}

/** Lanes for the timeline, and what was left out. */
export interface TimelineLayout {
  lanes: Lane[];
  /** Environments that existed but are not drawn (beyond `maxLanes`). */
  hidden: number;
  /** End of the visible window (ms). */
  nowMs: number;
}

/**
 * Turns spans into lanes, one per environment, ordered by when they started, showing time 0..`nowMs`.
 * Phases still open at `nowMs` are cut there; environments created after `nowMs` are left out.
 * Mid-run, a span lacks the phase its environment is in now: `live` (the snapshot's environments) adds it,
 * and adds lanes for environments too new to have a span. At most `maxLanes` lanes are kept (the
 * earliest); the rest are counted in `hidden`.
 */
export function layoutTimeline(
  spans: readonly EnvSpan[],
  nowMs: number,
  maxLanes = 120,
  live: readonly EnvironmentSnapshot[] = [],
): TimelineLayout {
  const byId = new Map(live.map((e) => [e.id, e]));
  const known = new Set(spans.map((s) => s.envId));
  const current = (s: EnvSpan): EnvSpan => {
    const env = byId.get(s.envId);
    const lastEnd = s.phases.at(-1)?.endMs ?? Number.NEGATIVE_INFINITY;
    if (!env || env.since >= nowMs || lastEnd > env.since) return s;
    return { ...s, phases: [...s.phases, { state: env.state, startMs: env.since, endMs: nowMs }] };
  };
  const fresh: EnvSpan[] = live
    .filter((e) => !known.has(e.id) && e.since <= nowMs)
    .map((e) => ({
      envId: e.id,
      functionName: e.functionName,
      provisioned: e.provisioned,
      phases: [{ state: e.state, startMs: e.since, endMs: nowMs }],
      coldStartAtMs: e.since,
    }));
  const visible = [...spans.map(current), ...fresh]
    .filter((s) => (s.phases[0]?.startMs ?? s.coldStartAtMs ?? 0) <= nowMs)
    .slice()
    .sort((a, b) => (a.phases[0]?.startMs ?? 0) - (b.phases[0]?.startMs ?? 0));
  const lanes = visible.slice(0, maxLanes).map((s): Lane => {
    const segments = s.phases
      .filter(
        (p) => p.startMs <= nowMs && (p.state === 'initializing' || p.state === 'busy' || p.state === 'idle'),
      )
      .map((p) => ({
        state: p.state as LaneState,
        startMs: p.startMs,
        endMs: Math.min(Number.isFinite(p.endMs) ? p.endMs : nowMs, nowMs),
      }));
    const lane: Lane = {
      envId: String(s.envId),
      provisioned: Boolean(s.provisioned),
      segments,
      requests: segments.filter((seg) => seg.state === 'busy').length,
    };
    if (s.coldStartAtMs !== undefined && s.coldStartAtMs !== null && s.coldStartAtMs <= nowMs) {
      lane.coldStartAtMs = s.coldStartAtMs;
    }
    if (s.reclaimedAtMs !== undefined && s.reclaimedAtMs !== null && s.reclaimedAtMs <= nowMs) {
      lane.reclaimedAtMs = s.reclaimedAtMs;
    }
    return lane;
  });
  return { lanes, hidden: Math.max(0, visible.length - lanes.length), nowMs };
}
