/**
 * Lets heavy page work (loading Monaco, mounting an editor) wait while any sandbox on the page runs, so a
 * Run answers first: its output is painted before the editor's multi-megabyte load takes the main thread.
 */
let running = 0;
let waiting: (() => void)[] = [];

/** Marks a run as started; call the returned function once when its output has been rendered. */
export function runStarted(): () => void {
  running++;
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    running--;
    if (running > 0) return;
    const release = waiting;
    waiting = [];
    // After the frame that paints the run's last output.
    requestAnimationFrame(() =>
      setTimeout(() => {
        for (const fn of release) fn();
      }, 0),
    );
  };
}

/** Resolves when no run is in flight (at once when none is). */
export function whenNoRun(): Promise<void> {
  if (running === 0) return Promise.resolve();
  return new Promise((resolve) => waiting.push(resolve));
}

/** Whether a run is in flight on this page. */
export function runInFlight(): boolean {
  return running > 0;
}

/**
 * Calls `fn` when the page is idle and no run is in flight (requestIdleCallback, with `timeoutMs` as its
 * deadline), then once more checks that no run started meanwhile. Returns a cancel function.
 */
export function whenIdle(fn: () => void, timeoutMs: number): () => void {
  let cancelled = false;
  const attempt = () => {
    if (cancelled) return;
    if (running > 0) return void whenNoRun().then(schedule);
    fn();
  };
  const schedule = () => {
    if (cancelled) return;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(attempt, { timeout: timeoutMs });
    else setTimeout(attempt, Math.min(timeoutMs, 200));
  };
  schedule();
  return () => {
    cancelled = true;
  };
}
