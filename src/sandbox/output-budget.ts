import { dataSize } from './captured.ts';

/** Limits on how much output one run may produce, over every channel together. */
export interface OutputLimits {
  /** Entries (console calls, shown values, errors, tables) kept per run. */
  maxLines: number;
  /** Approximate serialised size kept per run, in UTF-16 code units (about bytes of its JSON). */
  maxBytes: number;
}

/** 500 entries, 256 KB: enough for any lesson, small enough to render in a few frames. */
export const DEFAULT_OUTPUT_LIMITS: OutputLimits = { maxLines: 500, maxBytes: 256_000 };

/**
 * Kept back from the shared budget for what ends a run: its answer (with its result tables) and the error
 * that stopped it, so a flood of console output cannot hide them. Sizes in the units of {@link OutputLimits}.
 */
export const FINAL_RESERVE = { lines: 4, bytes: 160_000 };

/** What the budget decided about one entry. */
export type BudgetDecision = 'keep' | 'truncate' | 'drop';

/**
 * One output budget per run, shared by every channel the runtime sends to the page: console, `show`,
 * errors, unhandled rejections, timer errors, the answer and its result tables. Sizes are measured with
 * built-ins captured before learner code ran (see captured.ts), so patching `JSON.stringify` or
 * `String.prototype.slice` changes nothing. The first entry over a limit becomes one truncation notice;
 * later ones are dropped, so an endless `console.log` loop costs a bounded amount of messages and memory.
 */
export class OutputBudget {
  #lines = 0;
  #bytes = 0;
  #dropped = 0;
  #truncated = false;
  readonly limits: OutputLimits;

  constructor(limits: OutputLimits = DEFAULT_OUTPUT_LIMITS) {
    this.limits = limits;
  }

  /** Decides for `entry` (any plain data); `final` entries may use the reserve. */
  admit(entry: unknown, final = false): BudgetDecision {
    const lines = this.limits.maxLines + (final ? FINAL_RESERVE.lines : 0);
    const bytes = this.limits.maxBytes + (final ? FINAL_RESERVE.bytes : 0);
    const size = dataSize(entry, bytes - this.#bytes);
    if (this.#truncated && !final) {
      this.#dropped++;
      return 'drop';
    }
    if (this.#lines + 1 > lines || this.#bytes + size > bytes) {
      this.#dropped++;
      if (this.#truncated) return 'drop';
      this.#truncated = true;
      return 'truncate';
    }
    this.#lines++;
    this.#bytes += size;
    return 'keep';
  }

  /** Whether the budget has been hit. */
  get truncated(): boolean {
    return this.#truncated;
  }

  /** Entries refused so far. */
  get dropped(): number {
    return this.#dropped;
  }

  /** The notice shown where output stops. */
  notice(): string {
    return `Output truncated: more than ${this.limits.maxLines} lines or ${Math.round(this.limits.maxBytes / 1000)} KB; later output was dropped.`;
  }
}
