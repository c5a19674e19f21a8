import { createSimulation, type RequestRecord, type Scenario, type SimEvent } from '@lab/sim';
import { formatClock, formatMs } from './format.ts';

/** One environment as the walk shows it after a step; reclaimed ones stay in the list, marked. */
export interface WalkEnv {
  /** The simulator's environment id (1, 2, …). */
  id: number;
  state: 'initializing' | 'busy' | 'idle' | 'reclaimed';
  /** The request it is working on (1-based arrival order), while INIT or busy. */
  request?: number;
  /** Requests it has served so far. */
  served: number;
}

/** One event of the run, told for a person. */
export interface WalkStep {
  /** Simulated time, ms. */
  atMs: number;
  kind: SimEvent['kind'];
  /** For arrivals: warm, cold, throttled or dropped. */
  outcome?: SimEvent['outcome'];
  /** The environment involved, or -1. */
  envId: number;
  /** The request involved (1-based arrival order), if any. */
  request?: number;
  /** What happened, in one sentence: "Request 7 arrives; environment 3 is idle → warm start." */
  text: string;
  /** Every environment so far, after this step. */
  envs: WalkEnv[];
}

/** Limits that keep a walk at human scale: tens of requests and environments, not thousands. */
export const WALK_LIMITS = { requests: 60, environments: 30, steps: 400 } as const;

/** Formats a walk's clock: `0:00.3`, `10:00.0` (tenths of a second). */
export function formatWalkClock(ms: number): string {
  return `${formatClock(ms)}.${Math.floor((ms % 1000) / 100)}`;
}

function tell(
  e: SimEvent,
  req: number | undefined,
  record: RequestRecord | undefined,
  idleMs: number,
): string {
  const env = `environment ${e.envId}`;
  const r = `Request ${req ?? '?'}`;
  switch (e.kind) {
    case 'arrival':
    case 'retry':
      if (e.outcome === 'warm') return `${r} arrives; ${env} is idle → warm start.`;
      if (e.outcome === 'cold')
        return `${r} arrives; no environment is idle → new ${env}, cold start (INIT).`;
      return `${r} arrives; no environment may start → ${e.outcome ?? 'throttled'}.`;
    case 'init-end':
      return `${env[0]?.toUpperCase()}${env.slice(1)} finishes INIT and starts request ${req ?? '?'}.`;
    case 'complete': {
      const took = record ? ` after ${formatMs(record.endMs - record.arrivalMs)}` : '';
      const cold = record?.cold ? ' (INIT included)' : '';
      return `Request ${req ?? '?'} is done${took}${cold}; ${env} goes idle and waits.`;
    }
    case 'reclaim':
      return `${env[0]?.toUpperCase()}${env.slice(1)} sat idle for ${formatMs(idleMs)} → reclaimed.`;
    case 'recycle':
      return `${env[0]?.toUpperCase()}${env.slice(1)} reached its recycle age → replaced by a new provisioned one.`;
    case 'provision':
      return `${env[0]?.toUpperCase()}${env.slice(1)} is provisioned ahead of any request.`;
  }
}

/**
 * Runs `scenario` through the real simulator (`createSimulation`, one event per step, with per-request
 * records) and tells each event as a step: which request arrived, which environment took it and whether it
 * waited for INIT, when it finished, and when an idle environment was reclaimed. Throws a `RangeError` if the
 * run is too big to follow by eye ({@link WALK_LIMITS}).
 */
export function buildWalk(scenario: Scenario): WalkStep[] {
  const sim = createSimulation({ ...scenario, output: { ...scenario.output, spans: true, records: true } });
  const envs = new Map<number, WalkEnv>();
  const idleSince = new Map<number, number>();
  const told: { e: SimEvent; req: number | undefined; idleMs: number; step: WalkStep }[] = [];
  let requests = 0;
  for (let e = sim.step(); e; e = sim.step()) {
    if (told.length >= WALK_LIMITS.steps) {
      throw new RangeError(`a request walk must have at most ${WALK_LIMITS.steps} events, got more`);
    }
    let env = envs.get(e.envId);
    if (!env && e.envId >= 0) {
      env = { id: e.envId, state: 'initializing', served: 0 };
      envs.set(e.envId, env);
    }
    let req = env?.request;
    if (e.kind === 'arrival') req = ++requests;
    const idleMs = e.atMs - (idleSince.get(e.envId) ?? 0);
    if (env) {
      if (e.kind === 'arrival' || e.kind === 'retry') {
        if (req !== undefined) env.request = req;
        env.state = e.outcome === 'cold' ? 'initializing' : 'busy';
      } else if (e.kind === 'init-end') env.state = 'busy';
      else if (e.kind === 'complete') {
        env.state = 'idle';
        env.served++;
        idleSince.set(env.id, e.atMs);
        delete env.request;
      } else if (e.kind === 'reclaim' || e.kind === 'recycle') env.state = 'reclaimed';
      else if (e.kind === 'provision') env.state = 'idle';
    }
    const step: WalkStep = {
      atMs: e.atMs,
      kind: e.kind,
      envId: e.envId,
      text: '',
      envs: [...envs.values()].map((x) => ({ ...x })),
    };
    if (e.outcome) step.outcome = e.outcome;
    if (req !== undefined) step.request = req;
    told.push({ e, req, idleMs, step });
  }
  if (requests > WALK_LIMITS.requests || envs.size > WALK_LIMITS.environments) {
    throw new RangeError(
      `a request walk must stay at human scale: at most ${WALK_LIMITS.requests} requests and ` +
        `${WALK_LIMITS.environments} environments, got ${requests} and ${envs.size}`,
    );
  }
  // The records say how long each request took end to end (INIT included): the simulator's own numbers.
  const records = sim.result().records ?? [];
  for (const { e, req, idleMs, step } of told) {
    const record =
      e.kind === 'complete' ? records.find((x) => x.envId === e.envId && x.endMs === e.atMs) : undefined;
    step.text = tell(e, req, record, idleMs);
  }
  return told.map((t) => t.step);
}
