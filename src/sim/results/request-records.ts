/**
 * Per-attempt request records (`output.records`): one for each throttled or dropped attempt and one for
 * each attempt that ran. Called only while records are wanted, so the hot path pays one check.
 */
import { type FunctionState, REASONS } from '../engine/function-state.ts';
import type { RequestFlow } from '../engine/request-flow.ts';
import type { Outcome } from './result-types.ts';

const RAN: readonly Outcome[] = ['served', 'error', 'timeout'];

/** Records an attempt throttled now (`final`: dropped for good) for throttle reason index `reason`. */
export function recordThrottle(
  flow: RequestFlow,
  fs: FunctionState,
  slot: number,
  attempt: number,
  final: boolean,
  reason: number,
): void {
  const t = flow.now;
  const outcome = final ? 'dropped' : 'throttled';
  flow.recorder.record(fs.name, flow.arrivalOf(slot), t, t, attempt, -1, false, outcome, REASONS[reason]);
}

/** Records the attempt that just ended on environment e (before its request fields are cleared). */
export function recordCompletion(flow: RequestFlow, fs: FunctionState, e: number): void {
  const pool = flow.pool;
  flow.recorder.record(
    fs.name,
    pool.reqArrival[e] as number,
    pool.reqStart[e] as number,
    flow.now,
    pool.reqAttempt[e] as number,
    pool.id[e] as number,
    pool.reqCold[e] === 1,
    RAN[pool.reqOutcome[e] as number] as Outcome,
  );
}
