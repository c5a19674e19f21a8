/// <reference lib="webworker" />
/**
 * The playground's simulation worker: one {@link SimSession} per playground on the page, so long runs
 * never block the page. Messages: `{ pg, request }` in, `{ pg, reply }` out.
 */
import { type SessionRequest, SimSession } from '~/explorables/sim-session.ts';

const sessions = new Map<string, SimSession>();

self.addEventListener('message', (event: MessageEvent<{ pg: string; request: SessionRequest }>) => {
  const { pg, request } = event.data;
  let session = sessions.get(pg);
  if (!session) {
    session = new SimSession();
    sessions.set(pg, session);
  }
  self.postMessage({ pg, reply: session.handle(request) });
});
