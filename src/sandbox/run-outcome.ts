/** How a run ended. Cancellation and time-outs are values of their own type, not strings. */
export type RunEnd = RunFinished | RunTimedOut | RunStopped | RunCrashed;

/** The learner's code settled (successfully or with an error it reported itself). */
export interface RunFinished {
  kind: 'finished';
  /** Milliseconds the code ran, measured in the worker. */
  ms: number;
  failed: boolean;
}

/** The run passed its time limit and was terminated. */
export class RunTimedOut {
  readonly kind = 'timed-out';
  /** The limit that was exceeded, in ms. */
  readonly limitMs: number;
  constructor(limitMs: number) {
    this.limitMs = limitMs;
  }
  get message(): string {
    return `Stopped after ${(this.limitMs / 1000).toFixed(1)} s: the program ran past the sandbox's time limit. An endless loop? Fix it and run again.`;
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
