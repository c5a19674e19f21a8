/** The part of a worker's global scope that holds the `Worker` constructor. */
interface WorkerHolder {
  Worker?: typeof Worker;
}

/**
 * Makes every `Worker` that learner code starts inside the runtime worker end with the run: `new Worker(…)`
 * goes through a wrapper that remembers the instance (the original constructor is no longer reachable: the
 * prototype's `constructor` points at the wrapper), and the returned function terminates them all.
 */
export function containNestedWorkers(scope: WorkerHolder): () => void {
  const found = scope.Worker;
  if (typeof found !== 'function') return () => undefined;
  const Native: typeof Worker = found;
  const started = new Set<Worker>();
  function Contained(url: string | URL, options?: WorkerOptions): Worker {
    const worker = new Native(url, options);
    started.add(worker);
    return worker;
  }
  Contained.prototype = Native.prototype;
  try {
    Object.defineProperty(Native.prototype, 'constructor', {
      value: Contained,
      writable: false,
      configurable: false,
    });
    Object.defineProperty(scope, 'Worker', { value: Contained, writable: false, configurable: false });
  } catch {
    // Not configurable here: nested workers still end when the runtime worker is terminated.
  }
  return () => {
    for (const worker of started) worker.terminate();
    started.clear();
  };
}
