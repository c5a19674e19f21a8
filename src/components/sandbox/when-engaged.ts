import { whenIdle } from './run-gate.ts';

/** Input that shows a learner is using the page (a scroll includes keyboard and programmatic ones). */
const ENGAGING = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

/**
 * Calls `fn` once, at idle (and not during a run), as soon as the learner engages with the page — any
 * pointer, key, touch or scroll — or `element` is on screen. Before that nothing is loaded: a visitor who
 * only looks at the top of a lesson downloads no sandbox runtime, while a learner reaches the sandbox with it
 * already started (scrolling there is engagement). Returns a function that cancels it.
 */
export function whenEngaged(element: Element, fn: () => void, idleTimeoutMs = 100): () => void {
  let fired = false;
  let cancelIdle: () => void = () => undefined;
  const observer = new IntersectionObserver((records) => {
    if (records.some((r) => r.isIntersecting)) fire();
  });
  const fire = () => {
    if (fired) return;
    fired = true;
    detach();
    cancelIdle = whenIdle(fn, idleTimeoutMs);
  };
  const detach = () => {
    observer.disconnect();
    for (const type of ENGAGING) removeEventListener(type, fire, { capture: true });
  };
  for (const type of ENGAGING) addEventListener(type, fire, { capture: true, passive: true });
  observer.observe(element);
  return () => {
    detach();
    cancelIdle();
  };
}
