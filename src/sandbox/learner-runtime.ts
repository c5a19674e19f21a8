import { toLearnerError } from './learner-error.ts';
import { OutputCap, type OutputLimits } from './output-cap.ts';
import type { CheckOutcome, OutputEntry, WorkerMessage } from './protocol.ts';
import { findResults, type LabelledResult } from './result-view.ts';
import { type DisplayValue, errorMessage, serialize } from './serialize.ts';
import { withDefaultSeries } from './series-default.ts';
import { COMPILED_FILE, transpile } from './transpile.ts';

/** What the runtime needs from its host (a worker in the browser, plain functions in tests). */
export interface RuntimeHost {
  /** The simulation core, as `require('@lab/sim')` returns it (its `show` is replaced). */
  sim: Record<string, unknown>;
  /** Sends a message to the page. */
  post(message: WorkerMessage): void;
  /** Milliseconds clock. */
  now(): number;
  limits?: OutputLimits;
}

/** The module specifier learner code imports the simulator under (same as in the repo's tsconfig). */
export const SIM_SPECIFIER = '@lab/sim';

/** Wrapper around the compiled code: a strict async function, so top-level `await` works. */
const PREFIX = '(async function (require, exports, module, console, show) {';

/** Compiles and runs `source`, streaming output through `host.post` and ending with one `done`. */
export async function runLearnerCode(source: string, host: RuntimeHost): Promise<void> {
  const started = host.now();
  const output = createOutput(host);
  let toOriginal = (p: { line: number; column: number }) => p;
  let answer: unknown;
  let failed = false;
  try {
    const compiled = transpile(source);
    toOriginal = compiled.toOriginal;
    const show = <T>(value: T, label?: string): T => {
      output.push({ kind: 'show', value: serialize(value), ...viewOf(value), ...(label ? { label } : {}) });
      return value;
    };
    const simulate = host.sim.simulate;
    const sim = {
      ...host.sim,
      show,
      ...(typeof simulate === 'function'
        ? {
            simulate: (scenario: unknown) =>
              (simulate as (s: unknown) => unknown)(withDefaultSeries(scenario)),
          }
        : {}),
    };
    const require = (id: string) => {
      if (id === SIM_SPECIFIER) return sim;
      throw new Error(`Only '${SIM_SPECIFIER}' can be imported in the sandbox, got '${id}'`);
    };
    const module = { exports: {} as Record<string, unknown> };
    const run = evaluate(`${PREFIX}${compiled.code}\n})\n//# sourceURL=${COMPILED_FILE}`);
    await run(require, module.exports, module, output.console, show);
    answer = await module.exports.default;
  } catch (error) {
    failed = true;
    output.push(toLearnerError(error, toOriginal, PREFIX.length));
  }
  output.flush();
  host.post({
    type: 'done',
    ms: host.now() - started,
    failed,
    checkable: failed ? { ok: false, reason: 'the code did not finish' } : checkable(answer),
    ...(answer === undefined ? {} : { answer: serialize(answer), ...viewOf(answer) }),
  });
}

type Compiled = (...args: unknown[]) => Promise<unknown>;

function evaluate(code: string): Compiled {
  // Indirect eval runs in the worker's global scope, not this module's; the CSP of the sandbox
  // iframe allows it for the worker only (the page itself never evaluates learner code).
  // biome-ignore lint/security/noGlobalEval: running the learner's code is this module's purpose.
  const globalEval = globalThis.eval;
  return globalEval(code) as Compiled;
}

function viewOf(value: unknown): { results?: LabelledResult[] } {
  try {
    const results = findResults(value);
    return results.length ? { results } : {};
  } catch {
    return {};
  }
}

function checkable(answer: unknown): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: structuredClone(answer) };
  } catch (error) {
    return { ok: false, reason: `the answer cannot be copied for checking (${errorMessage(error)})` };
  }
}

/** Console capture with caps and batching: entries are posted in batches, at most one pending flush. */
function createOutput(host: RuntimeHost) {
  const cap = new OutputCap(host.limits);
  let batch: OutputEntry[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (batch.length === 0) return;
    const entries = batch;
    batch = [];
    host.post({ type: 'output', entries });
  };
  const push = (entry: OutputEntry) => {
    const decision = cap.admit(JSON.stringify(entry).length);
    if (decision === 'drop') return;
    batch.push(decision === 'keep' ? entry : { kind: 'truncated', message: cap.notice() });
    // A synchronous loop never lets a timer fire: flush full batches, and the truncation notice, at once.
    if (batch.length >= 50 || decision === 'truncate') flush();
    else if (!scheduled) {
      scheduled = true;
      setTimeout(flush, 16);
    }
  };
  const log =
    (level: 'log' | 'info' | 'warn' | 'error' | 'debug') =>
    (...args: unknown[]) => {
      if (cap.truncated) return push({ kind: 'console', level, args: [] });
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
    table: (data: unknown) => push({ kind: 'table', data: serialize(data) }),
    assert: (condition: unknown, ...args: unknown[]) => {
      if (!condition) log('error')('Assertion failed', ...args);
    },
    count: (label = 'default') => {
      const n = (counts.get(label) ?? 0) + 1;
      counts.set(label, n);
      push({ kind: 'console', level: 'info', args: [text(`${label}: ${n}`)] });
    },
    time: (label = 'default') => void timers.set(label, host.now()),
    timeEnd: (label = 'default') => {
      const start = timers.get(label);
      timers.delete(label);
      const message =
        start === undefined
          ? `Timer '${label}' does not exist`
          : `${label}: ${(host.now() - start).toFixed(1)} ms`;
      push({ kind: 'console', level: start === undefined ? 'warn' : 'info', args: [text(message)] });
    },
  };
  return { console, push, flush };
}

/** The shape of the check helper the core exports. */
type RunChecks = (checks: unknown, answer: unknown) => CheckOutcome[];

/**
 * Runs an exercise's check file on an answer (in a fresh worker that never ran learner code) and posts
 * the verdict. The check file's default export is the array from `defineChecks`.
 */
export async function runCheckFile(source: string, answer: unknown, host: RuntimeHost): Promise<void> {
  try {
    const compiled = transpile(source);
    const module = { exports: {} as Record<string, unknown> };
    const require = (id: string) => {
      if (id === SIM_SPECIFIER) return host.sim;
      throw new Error(`Check files can only import '${SIM_SPECIFIER}' (and types), got '${id}'`);
    };
    const noop = () => undefined;
    const quiet = { log: noop, info: noop, warn: noop, error: noop, debug: noop, table: noop };
    await evaluate(`${PREFIX}${compiled.code}\n})`)(require, module.exports, module, quiet, <T>(v: T) => v);
    const checks = await module.exports.default;
    const runChecks = host.sim.runChecks as RunChecks;
    const outcomes = runChecks(checks, answer).map((o) => ({
      name: String(o.name),
      hints: Array.isArray(o.hints) ? o.hints.map(String) : [],
      ...(o.diagnosis === undefined ? {} : { diagnosis: String(o.diagnosis) }),
      passed: o.passed === true,
      ...(o.error === undefined ? {} : { error: String(o.error) }),
    }));
    host.post({ type: 'checks', outcomes });
  } catch (error) {
    host.post({ type: 'check-error', message: errorMessage(error) });
  }
}
