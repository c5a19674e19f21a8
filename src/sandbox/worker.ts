/**
 * Entry of the runtime worker bundle. src/build/sandbox-runtime-plugin.ts bundles it (with sucrase and the simulation
 * core) into one self-contained script, in dev and in the build; the page fetches its text
 * (`virtual:lab-sandbox-runtime` is its URL) and the sandbox iframe starts it from a `blob:` URL.
 * One instance serves one request: a learner run or a check, never both.
 */
import * as sim from '@lab/sim';
import { runCheckFile, runLearnerCode } from './learner-runtime.ts';
import type { WorkerMessage, WorkerRequest } from './protocol.ts';
import { errorMessage } from './serialize.ts';

/** The part of a dedicated worker's global scope the runtime uses (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'unhandledrejection', listener: (event: PromiseRejectionEvent) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
}

const scope = self as unknown as WorkerScope;
const post = scope.postMessage.bind(scope);
const send = (message: WorkerMessage) => post(message);
const host = { sim: { ...sim }, post: send, now: () => performance.now() };

// Learner code must not reach the channel to the iframe directly (it would bypass the output caps), so
// the runtime keeps its own bound reference and removes the global one.
for (const target of [scope, Object.getPrototypeOf(scope)]) {
  try {
    Object.defineProperty(target, 'postMessage', { value: undefined, configurable: false, writable: false });
  } catch {
    // Already non-configurable: the iframe's relay cap still bounds what gets through.
  }
}

// Work the learner left behind (timers, floating promises) may still fail after `done`.
scope.addEventListener('unhandledrejection', (event) => {
  send({
    type: 'output',
    entries: [{ kind: 'error', name: 'Unhandled rejection', message: errorMessage(event.reason) }],
  });
});
scope.addEventListener('error', (event) => {
  send({ type: 'output', entries: [{ kind: 'error', name: 'Uncaught', message: event.message }] });
  event.preventDefault();
});

let used = false;
scope.onmessage = (event) => {
  if (used) return;
  used = true;
  const request = event.data;
  if (request.type === 'run') void runLearnerCode(request.source, host);
  else void runCheckFile(request.source, request.answer, host);
};
