/// <reference lib="webworker" />
/**
 * The playground's simulation worker: one {@link SimSession} per playground on the page, so long runs
 * never block the page. Messages: `{ pg, request }` in, `{ pg, reply }` out.
 */
import { type SessionRequest, SimSession } from '~/explorables/sim-session.ts';
import { timelineBuffers } from '~/explorables/timeline-pack.ts';

const sessions = new Map<string, SimSession>();

self.addEventListener('message', (event: MessageEvent<{ pg: string; request: SessionRequest }>) => {
  const { pg, request } = event.data;
  let session = sessions.get(pg);
  if (!session) {
    session = new SimSession();
    sessions.set(pg, session);
  }
  const reply = session.handle(request);
  // The timeline's typed arrays move to the page instead of being copied.
  const transfer = reply.type === 'frame' && reply.timeline ? timelineBuffers(reply.timeline) : [];
  self.postMessage({ pg, reply }, transfer);
});
