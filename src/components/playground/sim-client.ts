import type { SessionReply, SessionRequest } from '~/explorables/sim-session.ts';

type Listener = (reply: SessionReply) => void;

/** Sends requests for one playground to the shared simulation worker and calls back with replies. */
export interface SimClient {
  send(request: SessionRequest): void;
}

const listeners = new Map<string, Listener>();
let worker: Worker | undefined;

function startWorker(): Worker | undefined {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./sim.worker.ts', import.meta.url), {
      type: 'module',
      name: 'concurrency-lab-sim',
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
          side: 'a',
          message: `the simulation worker failed (${event.message || 'no detail'})`,
          issues: [],
        });
      }
    });
  } catch {
    worker = undefined;
  }
  return worker;
}

/** A client for playground `pg`; `onReply` receives every reply for it. */
export function connect(pg: string, onReply: Listener): SimClient {
  listeners.set(pg, onReply);
  return {
    send(request) {
      const w = startWorker();
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
