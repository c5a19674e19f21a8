import type { SessionReply, SessionRequest, Side } from '~/explorables/sim-session.ts';

type Listener = (reply: SessionReply) => void;

/**
 * Sends requests for one playground to the shared simulation workers and calls back with replies. Each
 * side of a comparison has its own worker (started when first needed), so a control that changes both
 * sides simulates them in parallel.
 */
export interface SimClient {
  send(request: SessionRequest): void;
}

const listeners = new Map<string, Listener>();
const workers = new Map<Side, Worker>();

function startWorker(side: Side): Worker | undefined {
  const existing = workers.get(side);
  if (existing || typeof Worker === 'undefined') return existing;
  try {
    const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), {
      type: 'module',
      name: `concurrency-lab-sim-${side}`,
    });
    worker.addEventListener('message', (event: MessageEvent<{ pg: string; reply: SessionReply }>) => {
      listeners.get(event.data.pg)?.(event.data.reply);
    });
    // A worker that fails to load or crashes: tell every playground (seq -1 is addressed to all requests).
    worker.addEventListener('error', (event) => {
      for (const listener of listeners.values()) {
        listener({
          type: 'error',
          seq: -1,
          side,
          message: `the simulation worker failed (${event.message || 'no detail'})`,
          issues: [],
        });
      }
    });
    workers.set(side, worker);
    return worker;
  } catch {
    return undefined;
  }
}

/** A client for playground `pg`; `onReply` receives every reply for it. */
export function connect(pg: string, onReply: Listener): SimClient {
  listeners.set(pg, onReply);
  return {
    send(request) {
      const w = startWorker(request.side);
      if (w) w.postMessage({ pg, request });
      else {
        onReply({
          type: 'error',
          seq: request.seq,
          side: request.side,
          message: 'this browser cannot start the simulation worker (module Workers are needed)',
          issues: [],
        });
      }
    },
  };
}
