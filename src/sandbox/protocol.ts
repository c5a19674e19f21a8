/**
 * Messages between the three realms of a run. Threat model and channels:
 *
 * - **page** (trusted): the lesson, the progress store, the editor. Talks to its sandbox iframe only
 *   through a `MessagePort` it transferred to that iframe at start-up; no other window holds the port,
 *   so no other frame (nor code in the worker) can post on it.
 * - **iframe** (trusted code, untrusted neighbourhood): `sandbox="allow-scripts"` without
 *   `allow-same-origin`, so it has an opaque origin (no cookies, no storage, no access to the page's
 *   DOM) and a CSP that forbids network (`default-src 'none'`) and allows only `blob:` workers. Its
 *   one script, the bootstrap, creates workers from the runtime bundle the page posted in, and
 *   relays their messages to the page *tagged by which worker sent them*.
 * - **learner worker** (untrusted): runs the learner's code, its console and `show()`. Anything it
 *   posts can be forged by the learner (they share the realm), so the page treats it as display data
 *   only; a fake `{ type: 'checks' }` from it arrives tagged `from: 'learner'` and is ignored.
 * - **check worker** (trusted code, untrusted data): a fresh worker (started ahead, never given learner
 *   code) that gets its request only after the learner's run settled. It receives the learner's answer as
 *   structured-clone data (no functions, getters or proxies survive), runs the exercise's check file on it
 *   and posts the verdict, tagged `from: 'check'`. Only that verdict can mark an exercise complete.
 *   While it waits it works ahead: it evaluates the check file and runs it on the exercise's starter
 *   (authored code), and simulates the scenarios the learner's run says it simulates (`simulating`, relayed
 *   by the iframe as `suggest`). Its `simulate` is memoized by validated scenario, key and result computed
 *   in the check worker itself, so a forged suggestion only costs time: it cannot change a verdict.
 *
 * Each run carries a fresh nonce; replies from a previous (stopped or timed-out) run are dropped.
 * Stop and time-outs remove the whole iframe, which kills both workers at once.
 */

import type { LabelledResult } from './result-view.ts';
import type { DisplayValue } from './serialize.ts';

/** While a run waits (on a promise, a timer), its worker posts `alive` this often, in ms. */
export const ALIVE_INTERVAL_MS = 250;

/** A 1-based position in the learner's TypeScript. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** One line of output. */
export type OutputEntry =
  | { kind: 'console'; level: 'log' | 'info' | 'warn' | 'error' | 'debug'; args: DisplayValue[] }
  | { kind: 'table'; data: DisplayValue }
  | { kind: 'show'; label?: string; value: DisplayValue; results?: LabelledResult[] }
  | LearnerError
  | { kind: 'truncated'; message: string };

/** An error the learner's code caused: syntax, thrown, rejected, or an invalid scenario. */
export interface LearnerError {
  kind: 'error';
  /** `SyntaxError`, `TypeError`, `ScenarioError`, … */
  name: string;
  message: string;
  /** Where in the learner's code, when known. */
  position?: SourcePosition;
  /** For a `ScenarioError`: every invalid field. */
  issues?: { path: string; message: string }[];
}

/** Verdict of one check. */
export interface CheckOutcome {
  name: string;
  /** For a failure: hints to reveal one at a time (a diagnosed mistake's first); empty when passed. */
  hints: string[];
  /** For a failure: the id of the mistake the check recognised. */
  diagnosis?: string;
  passed: boolean;
  error?: string;
}

/** Page → worker (via the iframe). */
export type WorkerRequest =
  | { type: 'run'; source: string }
  | { type: 'check'; source: string; answer: unknown }
  /** To a check spare: the exercise's check file and starter, to do the answer-independent work ahead. */
  | { type: 'prime'; checkSource: string; starterSource?: string | undefined }
  /** To a check spare: a scenario the learner's run simulates (untrusted), to simulate ahead. */
  | { type: 'suggest'; scenario: unknown }
  /** To a check spare: a run started (`held`: pause priming) or ended without checks (resume). */
  | { type: 'hold'; held: boolean };

/** Worker → page (via the iframe). */
export type WorkerMessage =
  | { type: 'output'; entries: OutputEntry[] }
  /** Sent every ALIVE_INTERVAL_MS while the run waits: the worker's event loop is free (not computing). */
  | { type: 'alive' }
  /** The worker took the learner's request and starts their code now: the run's time limit starts here. */
  | { type: 'started' }
  /** A spare worker evaluated the runtime and can take a request (the iframe then tells the page it booted). */
  | { type: 'ready' }
  /** A spare worker finished warming up without a request (the iframe then starts the check spare). */
  | { type: 'warmed' }
  /** The learner's code is about to simulate `scenario` (validated): the iframe passes it to the check spare. */
  | { type: 'simulating'; scenario: unknown }
  | {
      type: 'done';
      /** Milliseconds from receiving the code to the default export settling. */
      ms: number;
      /** The default export, for display (absent when there is none). */
      answer?: DisplayValue;
      /** Simulation results in the default export, ready to draw. */
      results?: LabelledResult[];
      /** The default export as structured-clone data for the checks, or why it cannot be checked. */
      checkable: { ok: true; value: unknown } | { ok: false; reason: string };
      failed: boolean;
    }
  | { type: 'checks'; outcomes: CheckOutcome[] }
  | { type: 'check-error'; message: string };

/** The exercise files a check spare prepares the checks with, ahead of a run (see check-runner.ts). */
export interface PrimeFiles {
  checkSource: string;
  starterSource?: string | undefined;
}

/** Page → iframe, on the transferred port. `prime` is taken once; later ones are ignored. */
export type FrameRequest =
  | { type: 'run'; nonce: string; source: string; checkSource?: string | undefined }
  | ({ type: 'prime' } & PrimeFiles);

/** Iframe → page, on the transferred port. */
export type FrameMessage =
  | { type: 'booted' }
  | { type: 'relay'; nonce: string; from: 'learner' | 'check'; message: WorkerMessage }
  | { type: 'worker-crashed'; nonce: string; from: 'learner' | 'check'; message: string };
