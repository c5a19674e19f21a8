/**
 * Entry of the runtime worker bundle. src/build/sandbox-runtime-plugin.ts bundles it (with sucrase and the simulation
 * core) into one self-contained script, in dev and in the build; the page fetches its text
 * (`virtual:lab-sandbox-runtime` is its URL) and the sandbox iframe starts it from a `blob:` URL.
 * One instance serves one request: a learner run or a check, never both. The iframe starts instances
 * ahead of time; until its request arrives, an instance warms itself up (see warm-up.ts), or, as a check
 * spare, prepares the exercise's checks (see check-runner.ts).
 */
import * as sim from '@lab/sim';
import { createCheckRunner, MAX_SUGGESTIONS } from './check-runner.ts';
import { createLearnerRun, type LearnerRun } from './learner-runtime.ts';
import { containNestedWorkers } from './nested-workers.ts';
import type { WorkerMessage, WorkerRequest } from './protocol.ts';
import { warmUp } from './warm-up.ts';

/** The part of a dedicated worker's global scope the runtime uses (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  Worker?: typeof Worker;
}

const scope = self as unknown as WorkerScope;
const post = scope.postMessage.bind(scope);
const send = (message: WorkerMessage) => post(message);
const endNestedWorkers = containNestedWorkers(scope);
let suggested = 0;
const host = {
  sim,
  post: send,
  now: () => performance.now(),
  beforeDone: endNestedWorkers,
  // The check spare simulates what the run simulates, at the same time (see check-runner.ts).
  simulating: (scenario: unknown) => {
    if (suggested++ >= MAX_SUGGESTIONS) return;
    try {
      send({ type: 'simulating', scenario: sim.validateScenario(scenario) });
    } catch {
      // Invalid: simulate reports it to the learner; nothing to suggest.
    }
  },
};
const checker = createCheckRunner(host);

// Learner code must not reach the channel to the iframe directly (it would bypass the output budget), so
// the runtime keeps its own bound reference and removes the global one.
for (const target of [scope, Object.getPrototypeOf(scope)]) {
  try {
    Object.defineProperty(target, 'postMessage', { value: undefined, configurable: false, writable: false });
  } catch {
    // Already non-configurable: the iframe's relay limit still bounds what gets through.
  }
}

let run: LearnerRun | undefined;
// Errors of work the learner scheduled (timers, floating promises) go through the run's output budget, at
// their line; preventDefault keeps them from surfacing as errors of the iframe or the page.
scope.addEventListener('unhandledrejection', (event) => {
  try {
    event.preventDefault();
    run?.rejected(event.reason);
  } catch {
    // A patched event: nothing to report.
  }
});
scope.addEventListener('error', (event) => {
  try {
    event.preventDefault();
    run?.uncaught(event.error ?? event.message);
  } catch {
    // A patched event: nothing to report.
  }
});

// A spare serves one run or one check. A check spare may first get a `prime`, `suggest`ions and `hold`s
// (then warming up stops: it has work ahead, or a run needs the CPU); a learner's spare never gets them.
let used = false;
let busy = false;
scope.onmessage = (event) => {
  if (used) return;
  const request = event.data;
  busy = true;
  if (request.type === 'prime') return checker.prime(request.checkSource, request.starterSource);
  if (request.type === 'suggest') return checker.suggest(request.scenario);
  if (request.type === 'hold') return checker.hold(request.held);
  used = true;
  if (request.type === 'run') {
    // Before any learner code: a worker still evaluating the runtime when the request came is not the
    // learner's time, so the page starts the time limit on this message.
    send({ type: 'started' });
    run = createLearnerRun(host);
    void run.start(request.source);
  } else void checker.check(request.source, request.answer);
};
// The iframe tells the page the sandbox booted on this message: the runtime is evaluated, requests can come.
send({ type: 'ready' });
warmUp(
  sim,
  () => busy,
  () => send({ type: 'warmed' }),
);
