import { every, sliceText } from './captured.ts';
import { toLearnerError } from './learner-error.ts';
import { createOutput, type LearnerOutput } from './learner-output.ts';
import type { OutputLimits } from './output-budget.ts';
import { ALIVE_INTERVAL_MS, type SourcePosition, type WorkerMessage } from './protocol.ts';
import { findResults, type LabelledResult, type ResultView } from './result-view.ts';
import { errorMessage, serialize } from './serialize.ts';
import { withDefaultSeries } from './series-default.ts';
import { COMPILED_FILE, transpile } from './transpile.ts';

/** The simulation core as learner code imports it. */
export type Sim = typeof import('@lab/sim');

/** What the runtime needs from its host (a worker in the browser, plain functions in tests). */
export interface RuntimeHost {
  /** The simulation core, as `require('@lab/sim')` returns it (its `show` is replaced). */
  sim: Sim;
  /** Sends a message to the page. */
  post(message: WorkerMessage): void;
  /** Milliseconds clock. */
  now(): number;
  limits?: OutputLimits;
  /** Called just before the run reports `done` (the worker ends the learner's nested workers there). */
  beforeDone?(): void;
  /** Called with each scenario the learner's code simulates, just before it is simulated (as simulated). */
  simulating?(scenario: unknown): void;
}

/** The module specifier learner code imports the simulator under (same as in the repo's tsconfig). */
export const SIM_SPECIFIER = '@lab/sim';

/** Wrapper around compiled code (learner, starter, checks): a strict async function, so top-level `await` works. */
export const PREFIX = '(async function (require, exports, module, console, show) {';
/** Function columns drawn per result table (a result with 20,000 functions shows these and a count). */
export const MAX_RESULT_COLUMNS = 12;

/** One learner run in a worker: `start` runs the code; errors from timers and rejections report into it. */
export interface LearnerRun {
  start(source: string): Promise<void>;
  /** An error thrown where nothing caught it (a timer callback): shown at its line, like any other. */
  uncaught(error: unknown): void;
  /** A promise rejected with nothing to handle it. */
  rejected(reason: unknown): void;
}

/** Creates the run a worker serves; output of every channel shares one budget. */
export function createLearnerRun(host: RuntimeHost): LearnerRun {
  const output = createOutput(host.post, host.now, host.limits);
  let toOriginal = (p: SourcePosition) => p;
  const report = (error: unknown, name?: string) =>
    output.push(toLearnerError(error, toOriginal, PREFIX.length, name));
  return {
    uncaught: (error) => report(error),
    rejected: (reason) => report(reason, 'Unhandled rejection'),
    async start(source) {
      const started = host.now();
      const stopAlive = every(() => host.post({ type: 'alive' }), ALIVE_INTERVAL_MS);
      let answer: unknown;
      let failed = false;
      try {
        const compiled = transpile(source);
        toOriginal = compiled.toOriginal;
        const show = <T>(value: T, label?: string): T => {
          if (output.budget.truncated) return value;
          const labelled = typeof label === 'string' && label ? { label: sliceText(label, 0, 200) } : {};
          output.push({ kind: 'show', value: serialize(value), ...viewOf(value), ...labelled });
          return value;
        };
        const sim: Sim = {
          ...host.sim,
          show,
          simulate: (scenario) => {
            const withSeries = withDefaultSeries(scenario);
            host.simulating?.(withSeries);
            return host.sim.simulate(withSeries);
          },
        };
        const require = (id: string) => {
          if (id === SIM_SPECIFIER) return sim;
          throw new Error(`Only '${SIM_SPECIFIER}' can be imported in the sandbox, got '${id}'`);
        };
        const module = { exports: {} as Record<string, unknown> };
        const run = evaluate(`${PREFIX}${compiled.code}\n})\n//# sourceURL=${COMPILED_FILE}`);
        await run(require, module.exports, module, output.console, show);
        answer = await module.exports['default'];
      } catch (error) {
        failed = true;
        output.push(toLearnerError(error, toOriginal, PREFIX.length), true);
      }
      stopAlive();
      host.beforeDone?.();
      host.post({
        type: 'done',
        ms: host.now() - started,
        failed,
        checkable: failed ? { ok: false, reason: 'the code did not finish' } : checkable(answer),
        ...(answer === undefined ? {} : shownAnswer(answer, output)),
      });
    },
  };
}

/** Compiles and runs `source`, streaming output through `host.post` and ending with one `done`. */
export function runLearnerCode(source: string, host: RuntimeHost): Promise<void> {
  return createLearnerRun(host).start(source);
}

/** The answer for display, within what is left of the run's budget (its reserve included). */
function shownAnswer(answer: unknown, output: LearnerOutput) {
  const value = serialize(answer);
  const full = { answer: value, ...viewOf(answer) };
  if (output.budget.admit(full, true) === 'keep') return full;
  const bare = { answer: value };
  if ('results' in full && output.budget.admit(bare, true) === 'keep') return bare;
  return {
    answer: {
      kind: 'primitive' as const,
      type: 'string' as const,
      text: 'The default export is too large to show within the output limit.',
    },
  };
}

type Compiled = (...args: unknown[]) => Promise<unknown>;

/** Evaluates wrapped compiled code in the worker's global scope (never in the page). */
export function evaluate(code: string): Compiled {
  // Indirect eval runs in the worker's global scope, not this module's; the CSP of the sandbox
  // iframe allows it for the worker only (the page itself never evaluates learner code).
  // biome-ignore lint/security/noGlobalEval: running the learner's code is this module's purpose.
  const globalEval = globalThis.eval;
  return globalEval(code) as Compiled;
}

/** Results to draw in `value`, each table cut to {@link MAX_RESULT_COLUMNS} function columns. */
function viewOf(value: unknown): { results?: LabelledResult[] } {
  try {
    const results = findResults(value).map(({ label, view }) => ({ label, view: clipColumns(view) }));
    return results.length ? { results } : {};
  } catch {
    return {};
  }
}

function clipColumns(view: ResultView): ResultView {
  const keep = MAX_RESULT_COLUMNS + 1; // 'total' first
  if (view.columns.length <= keep) return view;
  const more = view.columns.length - keep;
  return {
    ...view,
    columns: [...view.columns.slice(0, keep), `… ${more.toLocaleString('en-US')} more`],
    rows: view.rows.map((row) => ({ label: row.label, values: [...row.values.slice(0, keep), '…'] })),
  };
}

function checkable(answer: unknown): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: structuredClone(answer) };
  } catch (error) {
    return { ok: false, reason: `the answer cannot be copied for checking (${errorMessage(error)})` };
  }
}
