import { whenIdle, whenNoRun } from './run-gate.ts';

/** The lazily loaded Monaco setup module. */
export type MonacoModule = typeof import('./monaco-setup.ts');
let monacoLoading: Promise<MonacoModule> | undefined;

/**
 * Loads Monaco once per page and records how long it took (read by the budget script). Its multi-megabyte
 * evaluation holds the main thread, so it never starts while a run is in flight.
 */
export function loadMonaco(): Promise<MonacoModule> {
  if (!monacoLoading) {
    const started = performance.now();
    monacoLoading = whenNoRun()
      .then(() => import('./monaco-setup.ts'))
      .then((module) => {
        performance.measure('sandbox:monaco-load', { start: started });
        document.documentElement.dataset.monacoMs = String(Math.round(performance.now() - started));
        return module;
      });
    monacoLoading.catch(() => {
      monacoLoading = undefined;
    });
  }
  return monacoLoading;
}

/** Touch screens at phone width get the plain editor: Monaco's selection and IME handling are poor there. */
export const plainOnly = () => matchMedia('(pointer: coarse) and (max-width: 700px)').matches;

/** How long the sandbox is on screen before Monaco loads at idle, in ms: a Run clicked at once comes first. */
export const MONACO_DWELL_MS = 1500;

/**
 * Calls `fn` at idle once `element` has been on screen for `dwellMs` in one stretch (and no run is in flight).
 * Returns a function that cancels it.
 */
export function whenLingered(element: Element, dwellMs: number, fn: () => void): () => void {
  let dwell: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: () => void = () => undefined;
  const observer = new IntersectionObserver((records) => {
    if (records.some((r) => r.isIntersecting)) {
      dwell ??= setTimeout(() => {
        observer.disconnect();
        cancelIdle = whenIdle(fn, 4000);
      }, dwellMs);
    } else {
      clearTimeout(dwell);
      dwell = undefined;
    }
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    clearTimeout(dwell);
    cancelIdle();
  };
}
