import type { SessionReply, SessionRequest } from '~/explorables/sim-session.ts';

type Listener = (reply: SessionReply) => void;

/** Sends requests for one playground to the shared simulation worker and calls back with replies. */
export interface SimClient {
  send(request: SessionRequest): void;
}

const listeners = new Map<string, Listener>();
let worker: Worker | undefined;
let inline: Promise<(pg: string, request: SessionRequest) => SessionReply> | undefined;

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
  } catch {
    worker = undefined;
  }
  return worker;
}

// Without Workers (rare), run the same session code on the page, loaded only then.
function inlineRunner(): Promise<(pg: string, request: SessionRequest) => SessionReply> {
  inline ??= import('~/explorables/sim-session.ts').then(({ SimSession }) => {
    const sessions = new Map<string, InstanceType<typeof SimSession>>();
    return (pg, request) => {
      let s = sessions.get(pg);
      if (!s) {
        s = new SimSession();
        sessions.set(pg, s);
      }
      return s.handle(request);
    };
  });
  return inline;
}

/** A client for playground `pg`; `onReply` receives every reply for it. */
export function connect(pg: string, onReply: Listener): SimClient {
  listeners.set(pg, onReply);
  return {
    send(request) {
      const w = startWorker();
      if (w) w.postMessage({ pg, request });
      else void inlineRunner().then((run) => onReply(run(pg, request)));
    },
  };
}
