/** How a run ended. Cancellation and time-outs are values of their own type, not strings. */
export type RunEnd = RunFinished | RunTimedOut | RunStopped | RunCrashed;

/** The learner's code settled (successfully or with an error it reported itself). */
export interface RunFinished {
  kind: 'finished';
  /** Milliseconds the code ran, measured in the worker. */
  ms: number;
  failed: boolean;
}

/**
 * What a run was doing when its time ran out: `computing` (its worker was busy: a loop that does not end, or
 * work too large), `waiting` (its worker was idle: a promise, `await` or timer that never settled), or
 * `checking` (the learner's code had finished; the checks ran out of time).
 */
export type TimeOutState = 'computing' | 'waiting' | 'checking';

/** The run passed its time limit and was terminated. */
export class RunTimedOut {
  readonly kind = 'timed-out';
  /** The limit that was exceeded, in ms. */
  readonly limitMs: number;
  readonly state: TimeOutState;
  constructor(limitMs: number, state: TimeOutState = 'computing') {
    this.limitMs = limitMs;
    this.state = state;
  }
  get message(): string {
    const after = `Stopped after ${(this.limitMs / 1000).toFixed(1)} s, the sandbox's time limit:`;
    switch (this.state) {
      case 'waiting':
        return `${after} the program was still waiting, for a promise, await or timer that never settled. Make sure every promise resolves, then run again.`;
      case 'checking':
        return `${after} your code finished, but checking its answer took too long. Run again; if it repeats, try a smaller answer.`;
      default:
        return `${after} the program was still computing. A loop that never ends, or too much work? Fix it and run again.`;
    }
  }
}

/** The learner pressed Stop. */
export class RunStopped {
  readonly kind = 'stopped';
  get message(): string {
    return 'Stopped.';
  }
}

/** The worker died (out of memory, too many messages, …). */
export class RunCrashed {
  readonly kind = 'crashed';
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}
