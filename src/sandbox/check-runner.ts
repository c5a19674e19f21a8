import { later } from './captured.ts';
import { evaluate, PREFIX, type RuntimeHost, SIM_SPECIFIER, type Sim } from './learner-runtime.ts';
import type { CheckOutcome } from './protocol.ts';
import { errorMessage } from './serialize.ts';
import { withDefaultSeries } from './series-default.ts';
import { simulateMemo } from './simulate-memo.ts';
import { transpile } from './transpile.ts';

/** Scenarios a learner's run may suggest to its check worker (further ones are not simulated ahead). */
export const MAX_SUGGESTIONS = 16;

const noop = () => undefined;
const quiet = { log: noop, info: noop, warn: noop, error: noop, debug: noop, table: noop };

/** Evaluates a trusted exercise file (check or starter) with `sim` as `@lab/sim`; resolves to its default export. */
async function evaluateFile(source: string, sim: Sim, what: string): Promise<unknown> {
  const compiled = transpile(source);
  const module = { exports: {} as Record<string, unknown> };
  const require = (id: string) => {
    if (id === SIM_SPECIFIER) return sim;
    throw new Error(`${what} can only import '${SIM_SPECIFIER}' (and types), got '${id}'`);
  };
  await evaluate(`${PREFIX}${compiled.code}\n})`)(require, module.exports, module, quiet, <T>(v: T) => v);
  return await module.exports['default'];
}

/** The check worker's side of a run. All methods may be called in any order; `check` ends its use. */
export interface CheckRunner {
  /**
   * Does the answer-independent work ahead, before any learner answer exists: evaluates the check file, runs
   * the exercise's starter (authored code, the likeliest first answer) and runs each check on its answer, one
   * per task. Module state the check file keeps (its memoized reference simulations) and every simulation
   * are then at hand when the learner's answer comes.
   */
  prime(checkSource: string, starterSource: string | undefined): void;
  /** The learner's run is simulating `scenario` (untrusted): simulate it too, ahead, while the run goes on. */
  suggest(scenario: unknown): void;
  /** While `held`, priming pauses between two steps (a run goes on: its CPU comes first); suggestions go on. */
  hold(held: boolean): void;
  /** Runs the check file on the learner's answer (structured-clone data) and posts the verdict. */
  check(source: string, answer: unknown): Promise<void>;
}

/**
 * Creates the check worker's runner. Its `simulate` (the one the check file imports) is memoized by validated
 * scenario (see simulate-memo.ts), so work done ahead — priming, suggestions — is reused where it is equal,
 * and recomputed by this worker where it is not: nothing the learner's worker sends can change a verdict.
 */
export function createCheckRunner(host: RuntimeHost): CheckRunner {
  const memo = simulateMemo(host.sim);
  const sim: Sim = { ...host.sim, simulate: memo.simulate };
  const starterSim: Sim = { ...sim, simulate: (s) => memo.simulate(withDefaultSeries(s)) };
  let loaded: { source: string; checks: Promise<unknown> } | undefined;
  const load = (source: string) => {
    if (loaded?.source !== source) {
      const checks = evaluateFile(source, sim, 'Check files');
      checks.catch(noop);
      loaded = { source, checks };
    }
    return loaded.checks;
  };
  let claimed = false;
  let suggestions = 0;
  const urgent: (() => void)[] = [];
  const ahead: (() => Promise<void> | void)[] = [];
  let pumping = false;
  let held = false;
  // One step per task, so the learner's answer (a message) is taken between two steps.
  const pump = () => {
    if (claimed) return;
    const step = urgent.shift() ?? (held ? undefined : ahead.shift());
    if (!step) {
      pumping = false;
      return;
    }
    Promise.resolve()
      .then(step)
      .catch(noop)
      .then(() => later(pump, 0));
  };
  const schedule = () => {
    if (pumping || claimed) return;
    pumping = true;
    later(pump, 0);
  };
  return {
    prime(checkSource, starterSource) {
      let checks: unknown;
      ahead.push(async () => {
        checks = await load(checkSource);
      });
      ahead.push(async () => {
        if (starterSource === undefined || !Array.isArray(checks)) return;
        const answer = structuredClone(await evaluateFile(starterSource, starterSim, 'Exercise files'));
        for (const check of checks) ahead.push(() => void host.sim.runChecks([check], answer));
      });
      schedule();
    },
    suggest(scenario) {
      if (claimed || suggestions++ >= MAX_SUGGESTIONS) return;
      urgent.push(() => memo.remember(scenario));
      schedule();
    },
    hold(on) {
      held = on;
      schedule();
    },
    async check(source, answer) {
      claimed = true;
      urgent.length = 0;
      ahead.length = 0;
      try {
        const checks = await load(source);
        if (!Array.isArray(checks))
          throw new TypeError('the check file must export defineChecks([...]) as default');
        const outcomes: CheckOutcome[] = host.sim.runChecks(checks, answer).map((o) => ({
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
    },
  };
}

/**
 * Runs an exercise's check file on an answer (in a worker that never ran learner code) and posts the
 * verdict. The check file's default export is the array from `defineChecks`.
 */
export function runCheckFile(source: string, answer: unknown, host: RuntimeHost): Promise<void> {
  return createCheckRunner(host).check(source, answer);
}
