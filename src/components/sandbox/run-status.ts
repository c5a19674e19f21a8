import type { RunPhase } from '~/sandbox/host.ts';
import type { RunEnd } from '~/sandbox/run-outcome.ts';

/** Milliseconds for a status line: one decimal under 10 ms, whole numbers above. */
const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;

const PHASES: Record<RunPhase, string> = {
  starting: 'Starting the sandbox…',
  running: 'Running…',
  checking: 'Checking the answer…',
};

/**
 * The status line of one run, timed from the learner's click (`clickedAt`, a `performance.now()` time):
 * the phase while it runs, then what the learner waited for (click → first output) and what each part took.
 */
export function runStatus(clickedAt: number) {
  let firstAt: number | undefined;
  let checkingAt: number | undefined;
  let checkedAt: number | undefined;
  return {
    clickedAt,
    /** Records the first output; true only the first time. */
    firstOutput(): boolean {
      if (firstAt !== undefined) return false;
      firstAt = performance.now();
      return true;
    },
    /** The status text for a phase the run entered. */
    phase(phase: RunPhase): string {
      if (phase === 'checking') checkingAt = performance.now();
      return PHASES[phase];
    },
    /** Records that the checks' verdict arrived. */
    checked(): void {
      checkedAt = performance.now();
    },
    /** The line shown when the run ended normally, e.g. `Finished: output after 140 ms; code ran 87 ms; checks 35 ms.` */
    summary(end: RunEnd): string {
      if (end.kind !== 'finished') return end.message;
      const parts = [
        `${end.failed ? 'Failed' : 'Finished'}: output after ${ms((firstAt ?? performance.now()) - clickedAt)}`,
      ];
      parts.push(`code ran ${ms(end.ms)}`);
      if (checkingAt !== undefined && checkedAt !== undefined)
        parts.push(`checks ${ms(checkedAt - checkingAt)}`);
      return `${parts.join('; ')}.`;
    },
  };
}
