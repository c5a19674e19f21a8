import type { ResolvedScenario, Scenario, SimulationResult } from '@lab/sim';

/** Simulations a check worker remembers at most (results of lesson scenarios are a few KB to a few hundred). */
export const MEMO_ENTRIES = 64;

/** What the memo needs from the simulation core. */
export interface MemoSim {
  simulate(scenario: Scenario): SimulationResult;
  validateScenario(input: unknown): ResolvedScenario;
}

/** A `simulate` that remembers its results, and can compute some ahead. */
export interface SimulateMemo {
  /** `sim.simulate(scenario)`, answered from memory when an equal scenario was simulated before (a fresh copy). */
  simulate(scenario: Scenario): SimulationResult;
  /** Simulates `scenario` now (if valid and not known) so a later `simulate` of an equal one is instant. */
  remember(scenario: unknown): void;
}

/** Strict structural equality of plain data: arrays and plain objects by content, anything else by `Object.is`. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const plain = (x: object) => Array.isArray(x) || Object.getPrototypeOf(x) === Object.prototype;
  if (!plain(a) || !plain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (k) =>
      Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * Memoizes `sim.simulate` by the *validated* scenario. The simulation is a deterministic function of what
 * `validateScenario` returns, and both the key and the result are computed here, by the trusted core: a
 * scenario suggested by untrusted code (the learner's run telling the check worker what it simulates) can
 * only make the memo compute more, never change what `simulate` returns for any input. Every answer is a
 * structured copy, so a caller that mutates its result does not change the next caller's.
 */
export function simulateMemo(sim: MemoSim, limit = MEMO_ENTRIES): SimulateMemo {
  const entries: { key: ResolvedScenario; result: SimulationResult }[] = [];
  const find = (key: ResolvedScenario) => entries.find((e) => sameData(e.key, key))?.result;
  const store = (key: ResolvedScenario, result: SimulationResult) => {
    if (entries.length >= limit) entries.shift();
    entries.push({ key, result });
  };
  return {
    simulate(scenario) {
      const key = sim.validateScenario(scenario);
      const known = find(key);
      if (known) return structuredClone(known);
      const result = sim.simulate(scenario);
      store(key, structuredClone(result));
      return result;
    },
    remember(scenario) {
      try {
        const key = sim.validateScenario(scenario);
        if (!find(key)) store(key, sim.simulate(scenario as Scenario));
      } catch {
        // An invalid suggestion: the check that needs it (if any) reports the error itself.
      }
    },
  };
}
