/** Limits on how much output one run may produce. */
export interface OutputLimits {
  /** Entries (console calls, shown values) kept per run. */
  maxLines: number;
  /** Approximate serialised size kept per run, in bytes (UTF-16 code units of the JSON). */
  maxBytes: number;
}

export const DEFAULT_OUTPUT_LIMITS: OutputLimits = { maxLines: 500, maxBytes: 256_000 };

/** What a cap decided about one entry. */
export type CapDecision = 'keep' | 'truncate' | 'drop';

/**
 * Counts output and decides, entry by entry, whether it is kept. The first entry over a limit turns
 * into a single truncation notice (`truncate`); everything after it is dropped, so an endless
 * `console.log` loop costs a bounded amount of messages and memory.
 */
export class OutputCap {
  #lines = 0;
  #bytes = 0;
  #dropped = 0;
  #truncated = false;
  readonly limits: OutputLimits;

  constructor(limits: OutputLimits = DEFAULT_OUTPUT_LIMITS) {
    this.limits = limits;
  }

  /** Decides for an entry of `bytes` size. */
  admit(bytes: number): CapDecision {
    if (this.#truncated) {
      this.#dropped++;
      return 'drop';
    }
    if (this.#lines + 1 > this.limits.maxLines || this.#bytes + bytes > this.limits.maxBytes) {
      this.#truncated = true;
      this.#dropped++;
      return 'truncate';
    }
    this.#lines++;
    this.#bytes += bytes;
    return 'keep';
  }

  /** Whether the cap has been hit. */
  get truncated(): boolean {
    return this.#truncated;
  }

  /** Entries refused so far. */
  get dropped(): number {
    return this.#dropped;
  }

  /** The notice shown where output stops. */
  notice(): string {
    return `Output truncated: more than ${this.limits.maxLines} lines or ${Math.round(this.limits.maxBytes / 1000)} KB. The program kept running; later output was dropped.`;
  }
}
