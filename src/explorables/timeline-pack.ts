import type { Lane, LaneState, TimelineLayout } from './timeline-layout.ts';

const STATES: readonly LaneState[] = ['initializing', 'busy', 'idle'];

/**
 * A {@link TimelineLayout} in typed arrays, so the worker can hand it to the page by transfer instead of
 * copying thousands of small objects (a two-hour run has tens of thousands of busy and idle segments).
 * Lane `i`'s segments are `segmentStart[i] … segmentStart[i + 1] - 1`. Absent times are `NaN`.
 */
export interface PackedTimeline {
  nowMs: number;
  hidden: number;
  envIds: string[];
  provisioned: Uint8Array;
  requests: Uint32Array;
  coldStartAtMs: Float64Array;
  reclaimedAtMs: Float64Array;
  segmentStart: Uint32Array;
  /** Index into `initializing`, `busy`, `idle`. */
  states: Uint8Array;
  startMs: Float64Array;
  endMs: Float64Array;
}

/** Packs a layout (exactly: unpacking gives an equal layout). */
export function packTimeline(layout: TimelineLayout): PackedTimeline {
  const lanes = layout.lanes;
  const total = lanes.reduce((n, lane) => n + lane.segments.length, 0);
  const packed: PackedTimeline = {
    nowMs: layout.nowMs,
    hidden: layout.hidden,
    envIds: lanes.map((lane) => lane.envId),
    provisioned: new Uint8Array(lanes.length),
    requests: new Uint32Array(lanes.length),
    coldStartAtMs: new Float64Array(lanes.length),
    reclaimedAtMs: new Float64Array(lanes.length),
    segmentStart: new Uint32Array(lanes.length + 1),
    states: new Uint8Array(total),
    startMs: new Float64Array(total),
    endMs: new Float64Array(total),
  };
  let k = 0;
  lanes.forEach((lane, i) => {
    packed.provisioned[i] = lane.provisioned ? 1 : 0;
    packed.requests[i] = lane.requests;
    packed.coldStartAtMs[i] = lane.coldStartAtMs ?? Number.NaN;
    packed.reclaimedAtMs[i] = lane.reclaimedAtMs ?? Number.NaN;
    packed.segmentStart[i] = k;
    for (const seg of lane.segments) {
      packed.states[k] = STATES.indexOf(seg.state);
      packed.startMs[k] = seg.startMs;
      packed.endMs[k] = seg.endMs;
      k++;
    }
  });
  packed.segmentStart[lanes.length] = k;
  return packed;
}

/** The layout a {@link PackedTimeline} holds. */
export function unpackTimeline(packed: PackedTimeline): TimelineLayout {
  const lanes = packed.envIds.map((envId, i): Lane => {
    const segments: Lane['segments'] = [];
    for (let k = packed.segmentStart[i] ?? 0; k < (packed.segmentStart[i + 1] ?? 0); k++) {
      segments.push({
        state: STATES[packed.states[k] ?? 0] ?? 'busy',
        startMs: packed.startMs[k] ?? 0,
        endMs: packed.endMs[k] ?? 0,
      });
    }
    const lane: Lane = {
      envId,
      provisioned: packed.provisioned[i] === 1,
      segments,
      requests: packed.requests[i] ?? 0,
    };
    const cold = packed.coldStartAtMs[i] ?? Number.NaN;
    const reclaimed = packed.reclaimedAtMs[i] ?? Number.NaN;
    if (!Number.isNaN(cold)) lane.coldStartAtMs = cold;
    if (!Number.isNaN(reclaimed)) lane.reclaimedAtMs = reclaimed;
    return lane;
  });
  return { lanes, hidden: packed.hidden, nowMs: packed.nowMs };
}

/** The buffers to transfer with a packed timeline (each typed array owns its buffer). */
export function timelineBuffers(packed: PackedTimeline): ArrayBuffer[] {
  return [
    packed.provisioned,
    packed.requests,
    packed.coldStartAtMs,
    packed.reclaimedAtMs,
    packed.segmentStart,
    packed.states,
    packed.startMs,
    packed.endMs,
  ].map((a) => a.buffer as ArrayBuffer);
}
