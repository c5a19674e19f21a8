import { OutputBudget, type OutputLimits } from './output-budget.ts';
import type { OutputEntry, WorkerMessage } from './protocol.ts';
import { type DisplayValue, serialize } from './serialize.ts';

/** The console learner code sees, plus the runtime's own ways to report through the same budget. */
export interface LearnerOutput {
  /** The `console` object given to learner code. */
  console: Record<string, (...args: unknown[]) => void>;
  /** Sends one entry to the page if the run's budget allows; `final` entries may use the reserve. */
  push(entry: OutputEntry, final?: boolean): boolean;
  /** The run's shared budget (the answer is admitted against it too). */
  budget: OutputBudget;
}

/**
 * Console capture for one run. Every entry is measured against the run's one {@link OutputBudget} and posted
 * at once: a program that logs and then blocks (an endless loop) has already sent what it logged, so Stop and
 * the time limit lose nothing.
 */
export function createOutput(
  post: (message: WorkerMessage) => void,
  now: () => number,
  limits?: OutputLimits,
): LearnerOutput {
  const budget = new OutputBudget(limits);
  const push = (entry: OutputEntry, final = false): boolean => {
    const decision = budget.admit(entry, final);
    if (decision === 'drop') return false;
    post({
      type: 'output',
      entries: [decision === 'keep' ? entry : { kind: 'truncated', message: budget.notice() }],
    });
    return decision === 'keep';
  };
  const log =
    (level: 'log' | 'info' | 'warn' | 'error' | 'debug') =>
    (...args: unknown[]) => {
      // Past the budget nothing more is shown: skip the work of serialising.
      if (budget.truncated) return void budget.admit(null);
      push({ kind: 'console', level, args: args.map((a) => serialize(a)) });
    };
  const counts = new Map<string, number>();
  const timers = new Map<string, number>();
  const text = (t: string): DisplayValue => ({ kind: 'primitive', type: 'string', text: t });
  const console = {
    log: log('log'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    debug: log('debug'),
    dir: log('log'),
    table: (data: unknown) => {
      if (budget.truncated) return void budget.admit(null);
      push({ kind: 'table', data: serialize(data) });
    },
    assert: (condition: unknown, ...args: unknown[]) => {
      if (!condition) log('error')('Assertion failed', ...args);
    },
    count: (label: unknown = 'default') => {
      const key = typeof label === 'string' ? label : 'default';
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      push({ kind: 'console', level: 'info', args: [text(`${key}: ${n}`)] });
    },
    time: (label: unknown = 'default') =>
      void timers.set(typeof label === 'string' ? label : 'default', now()),
    timeEnd: (label: unknown = 'default') => {
      const key = typeof label === 'string' ? label : 'default';
      const start = timers.get(key);
      timers.delete(key);
      const message =
        start === undefined ? `Timer '${key}' does not exist` : `${key}: ${(now() - start).toFixed(1)} ms`;
      push({ kind: 'console', level: start === undefined ? 'warn' : 'info', args: [text(message)] });
    },
  };
  return { console, push, budget };
}
