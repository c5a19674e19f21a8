import { frameDocument } from './frame-document.ts';
import {
  ALIVE_INTERVAL_MS,
  type CheckOutcome,
  type FrameMessage,
  type FrameRequest,
  type OutputEntry,
  type PrimeFiles,
  type WorkerMessage,
} from './protocol.ts';
import type { LabelledResult } from './result-view.ts';
import { RunCrashed, type RunEnd, RunStopped, RunTimedOut } from './run-outcome.ts';
import type { DisplayValue } from './serialize.ts';

/** Where a run is: waiting for its sandbox to start, running the learner's code, or checking its answer. */
export type RunPhase = 'starting' | 'running' | 'checking';

/** Callbacks of one run. All are called on the page's main thread. */
export interface RunHandlers {
  /** The run entered `phase` (called for each phase it goes through, in order). */
  phase?(phase: RunPhase): void;
  output(entries: OutputEntry[]): void;
  /** The default export (display form). */
  answer?(answer: DisplayValue | undefined, results: LabelledResult[] | undefined): void;
  /** Verdict of the check worker (trusted channel); only this may mark an exercise complete. */
  checks?: ((outcomes: CheckOutcome[] | { error: string }) => void) | undefined;
  /** Called once, last. */
  end(end: RunEnd): void;
}

/** A run in progress. */
export interface RunHandle {
  /** Terminates the run at once (ends with {@link RunStopped}). */
  stop(): void;
}

/** Configuration of a {@link SandboxHost}. */
export interface HostConfig {
  /** URL of the self-contained runtime worker bundle (fetched once as text). */
  workerUrl: string;
  /** Element the hidden iframe is appended to. */
  container: HTMLElement;
  /** Time limit per run (learner code, then checks), in ms. */
  timeoutMs: number;
}

/** How long a sandbox may take to start (iframe, runtime, workers) before the run is given up, in ms. */
export const START_LIMIT_MS = 30_000;

const sourceCache = new Map<string, Promise<string>>();

/** Fetches the runtime bundle's text once per page (an opaque-origin iframe cannot load it itself). */
export function workerSource(url: string): Promise<string> {
  let pending = sourceCache.get(url);
  if (!pending) {
    pending = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`sandbox runtime failed to load: ${response.status} ${url}`);
      return response.text();
    });
    pending.catch(() => sourceCache.delete(url));
    sourceCache.set(url, pending);
  }
  return pending;
}

/** 128 random bits as hex (`crypto.randomUUID` needs a secure context; `getRandomValues` does not). */
function newNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

interface Frame {
  iframe: HTMLIFrameElement;
  port: MessagePort;
  ready: Promise<void>;
}

/**
 * The page side of the sandbox: owns one sandboxed iframe (created on demand, replaced after a stop or
 * time-out), sends runs to it on a private `MessagePort`, enforces the time limit, and accepts only
 * messages for the current run's nonce. See protocol.ts for the threat model.
 */
export class SandboxHost {
  readonly #config: HostConfig;
  #frame: Frame | undefined;
  #current: { nonce: string; finish(end: RunEnd): void } | undefined;
  #prime: PrimeFiles | undefined;

  constructor(config: HostConfig) {
    this.#config = config;
  }

  /** Starts the iframe and its workers ahead of the first run. Safe to call repeatedly. */
  warm(): Promise<void> {
    return this.#ensure().ready;
  }

  /**
   * Lets the sandbox's check spares do the exercise's answer-independent check work ahead of runs (CPU-heavy
   * for some lessons: call it at idle, when a Run is not about to be clicked). Also applies to the sandboxes
   * that replace this one after a stop or time-out.
   */
  prime(files: PrimeFiles): void {
    this.#prime = files;
    this.#sendPrime(this.#ensure());
  }

  #sendPrime(frame: Frame): void {
    const files = this.#prime;
    if (!files) return;
    const request: FrameRequest = { type: 'prime', ...files };
    frame.ready.then(
      () => frame.port.postMessage(request),
      () => undefined,
    );
  }

  /** Runs `source`; `checkSource` (the exercise's check file) is evaluated on its answer afterwards. */
  run(source: string, checkSource: string | undefined, handlers: RunHandlers): RunHandle {
    this.#current?.finish(new RunStopped());
    const nonce = newNonce();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let phase: 'learner' | 'check' | 'over' = 'learner';
    let lastAlive = Number.NEGATIVE_INFINITY;
    // A worker that said `alive` lately has a free event loop: it waits for something rather than computing.
    const state = () =>
      phase === 'check'
        ? 'checking'
        : performance.now() - lastAlive < 2 * ALIVE_INTERVAL_MS + 250
          ? 'waiting'
          : 'computing';
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => finish(new RunTimedOut(this.#config.timeoutMs, state()), true),
        this.#config.timeoutMs,
      );
    };
    let finished: RunEnd | undefined;
    const finish = (end: RunEnd, kill = false) => {
      if (phase === 'over') return;
      phase = 'over';
      clearTimeout(timer);
      if (this.#current?.nonce === nonce) this.#current = undefined;
      if (kill) this.#discard();
      handlers.end(finished ?? end);
    };
    const current = {
      nonce,
      finish: (end: RunEnd) => finish(end, true),
      receive: (message: FrameMessage) => {
        if (message.type === 'booted' || message.nonce !== nonce || phase === 'over') return;
        if (message.type === 'worker-crashed') {
          if (message.from === 'check') handlers.checks?.({ error: message.message });
          finish(finished ?? new RunCrashed(message.message), true);
          return;
        }
        if (message.from === 'learner' && message.message?.type === 'alive') {
          lastAlive = performance.now();
          return;
        }
        if (message.from === 'learner' && message.message?.type === 'started') {
          if (phase === 'learner') arm();
          return;
        }
        this.#receive(message.from, message.message, handlers, {
          learnerDone: (end, awaitChecks) => {
            if (!awaitChecks) return finish(end);
            finished = end;
            phase = 'check';
            handlers.phase?.('checking');
            arm();
          },
          checksDone: () => finish(finished ?? { kind: 'finished', ms: 0, failed: false }),
        });
      },
    };
    this.#current = current;
    handlers.phase?.('starting');
    // Starting the sandbox (a new iframe after a stop or time-out, or a worker still evaluating the runtime)
    // is not the program's time: the time limit starts when the worker says it `started` the learner's code.
    // A sandbox that does not start at all ends the run after START_LIMIT_MS.
    timer = setTimeout(
      () => finish(new RunCrashed('The sandbox did not start. Reload the page and run again.'), true),
      START_LIMIT_MS,
    );
    const frame = this.#ensure();
    frame.ready.then(
      () => {
        if (phase !== 'learner' || this.#current !== current) return;
        frame.port.onmessage = (event: MessageEvent<FrameMessage>) => current.receive(event.data);
        const request: FrameRequest = { type: 'run', nonce, source, checkSource };
        frame.port.postMessage(request);
        handlers.phase?.('running');
      },
      (error: unknown) =>
        finish(new RunCrashed(error instanceof Error ? error.message : String(error)), true),
    );
    return { stop: () => finish(new RunStopped(), true) };
  }

  #receive(
    from: 'learner' | 'check',
    message: WorkerMessage,
    handlers: RunHandlers,
    phases: { learnerDone(end: RunEnd, awaitChecks: boolean): void; checksDone(): void },
  ): void {
    if (from === 'check') {
      // The only channel that can report checks: tagged by the iframe's bootstrap, not by the worker.
      if (message.type === 'checks') handlers.checks?.(message.outcomes);
      else if (message.type === 'check-error') handlers.checks?.({ error: message.message });
      phases.checksDone();
      return;
    }
    if (message.type === 'output') handlers.output(message.entries);
    else if (message.type === 'done') {
      handlers.answer?.(message.answer, message.results);
      const awaitChecks = handlers.checks !== undefined && message.checkable.ok && !message.failed;
      if (handlers.checks && !message.checkable.ok && !message.failed) {
        handlers.checks({ error: message.checkable.reason });
      }
      phases.learnerDone({ kind: 'finished', ms: message.ms, failed: message.failed }, awaitChecks);
    }
    // Anything else from the learner's worker ('checks' included) is ignored: it could be forged.
  }

  #ensure(): Frame {
    if (this.#frame) return this.#frame;
    const iframe = document.createElement('iframe');
    iframe.setAttribute('sandbox', 'allow-scripts');
    iframe.setAttribute('aria-hidden', 'true');
    iframe.tabIndex = -1;
    iframe.title = 'Sandbox runtime';
    iframe.className = 'sandbox-runtime-frame';
    iframe.srcdoc = frameDocument();
    const channel = new MessageChannel();
    // The runtime's text is fetched while the iframe starts (its own process), not after.
    const source = workerSource(this.#config.workerUrl);
    const ready = new Promise<void>((resolve, reject) => {
      channel.port1.onmessage = (event: MessageEvent<FrameMessage>) => {
        if (event.data.type === 'booted') resolve();
      };
      iframe.addEventListener(
        'load',
        () => {
          source.then((text) => {
            // An opaque-origin frame: '*' is the only target origin that reaches it. The port is the secret.
            iframe.contentWindow?.postMessage({ workerSource: text }, '*', [channel.port2]);
          }, reject);
        },
        { once: true },
      );
    });
    ready.catch(() => undefined);
    this.#frame = { iframe, port: channel.port1, ready };
    this.#config.container.append(iframe);
    this.#sendPrime(this.#frame);
    return this.#frame;
  }

  #discard(): void {
    const frame = this.#frame;
    this.#frame = undefined;
    if (!frame) return;
    frame.port.close();
    frame.iframe.remove();
  }

  /** Stops any run and removes the iframe. */
  dispose(): void {
    this.#current?.finish(new RunStopped());
    this.#discard();
  }
}
