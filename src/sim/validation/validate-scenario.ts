/**
 * `validateScenario`: checks untrusted scenario data in one pass, reports every issue with its path, value
 * and allowed range, and returns the scenario with every default filled. Never clamps silently.
 */
import {
  DEFAULT_ACCOUNT_CONCURRENCY,
  DEFAULT_HORIZON_SECONDS,
  DEFAULT_LEGACY_BURST,
  DEFAULT_RECORD_CAP,
  DEFAULT_SCALING,
  DEFAULT_SEED,
  DEFAULT_SPAN_CAP,
  SCALING_MODES,
} from '../model/defaults.ts';
import type { ResolvedFunction, ResolvedScenario } from '../model/types.ts';
import { expectedRequests, MAX_EXPECTED_REQUESTS } from './expected-requests.ts';
import { IssueCollector, type NumberRule, type Obj } from './issue-collector.ts';
import { ScenarioError } from './scenario-error.ts';
import { validateArrival } from './validate-arrivals.ts';
import { validateFunction } from './validate-function.ts';

/** Unreserved concurrency the account always keeps (AWS: "at least 100"). */
export const MIN_UNRESERVED = 100;

/**
 * Lowest account concurrency limit accepted. "New AWS accounts have reduced concurrency and memory
 * quotas. AWS raises these quotas automatically based on your usage" (AWS docs, "Lambda quotas", read
 * 2026-12-06); the page gives no figure, and new accounts are commonly reported at 10. Such an account can
 * reserve nothing (100 must stay unreserved).
 */
export const MIN_ACCOUNT_CONCURRENCY = 10;

/** Most time buckets a series may have (bounds memory). */
export const MAX_SERIES_BUCKETS = 100_000;

// `$schema` lets a scenario file name its JSON Schema for editors; the simulator ignores it.
const ROOT_FIELDS = ['$schema', 'seed', 'horizonSeconds', 'account', 'functions', 'output'];

/**
 * Validates a scenario and fills its defaults.
 * @throws {ScenarioError} listing every issue, e.g. `functions[0].memoryMb must be 128–10240, got 50`.
 */
export function validateScenario(input: unknown): ResolvedScenario {
  return check(new IssueCollector(), input);
}

/**
 * The numeric rules (bounds, integer) the validator applies to a scenario, by path (e.g.
 * `functions[0].memoryMb`): the source of the ranges in the scenario JSON Schema. Throws like
 * `validateScenario` if the scenario is invalid.
 */
export function numberRulesOf(input: unknown): ReadonlyMap<string, NumberRule> {
  const c = new IssueCollector(true);
  check(c, input);
  return c.rules ?? new Map();
}

function check(c: IssueCollector, input: unknown): ResolvedScenario {
  if (!c.object('scenario', input)) throw new ScenarioError(c.issues);
  c.knownKeys('scenario', input, ROOT_FIELDS);
  if (input.$schema !== undefined && typeof input.$schema !== 'string')
    c.add('$schema', `must be a string (the schema's URL or path), got ${JSON.stringify(input.$schema)}`);
  const seed = c.number('seed', input.seed, { min: 0, max: 4_294_967_295, integer: true }, DEFAULT_SEED);
  const horizonSeconds = c.number(
    'horizonSeconds',
    input.horizonSeconds,
    { min: 0, minExclusive: true, max: 31_536_000 },
    DEFAULT_HORIZON_SECONDS,
  );

  const acc: Obj = input.account === undefined ? {} : c.object('account', input.account) ? input.account : {};
  c.knownKeys('account', acc, ['concurrencyLimit', 'scaling', 'legacyBurst']);
  const account = {
    concurrencyLimit: c.number(
      'account.concurrencyLimit',
      acc.concurrencyLimit,
      { min: MIN_ACCOUNT_CONCURRENCY, max: 1_000_000, integer: true },
      DEFAULT_ACCOUNT_CONCURRENCY,
    ),
    scaling: c.choice('account.scaling', acc.scaling, SCALING_MODES, DEFAULT_SCALING),
    legacyBurst: c.number(
      'account.legacyBurst',
      acc.legacyBurst,
      { min: 500, max: 3000, integer: true },
      DEFAULT_LEGACY_BURST,
    ),
  };

  const list = c.array('functions', input.functions, 1, 50);
  const functions: ResolvedFunction[] = [];
  list.forEach((f, i) => {
    const fn = validateFunction(c, `functions[${i}]`, f, (path, a) =>
      validateArrival(c, path, a, horizonSeconds),
    );
    if (fn) functions.push(fn);
  });
  checkNames(c, functions);
  functions.forEach((f, i) => {
    const n = f.arrivals.reduce((sum, a) => sum + expectedRequests(a, horizonSeconds), 0);
    if (n > MAX_EXPECTED_REQUESTS) {
      c.add(
        `functions[${i}].arrivals`,
        `would bring about ${n.toExponential(2)} requests over ${horizonSeconds} s; at most ${MAX_EXPECTED_REQUESTS.toExponential(0)} per function (shorten horizonSeconds or lower the rate)`,
      );
    }
  });
  checkLimits(c, functions, account.concurrencyLimit);

  const out: Obj = input.output === undefined ? {} : c.object('output', input.output) ? input.output : {};
  c.knownKeys('output', out, ['seriesResolutionSeconds', 'spans', 'records']);
  const minResolution = horizonSeconds / MAX_SERIES_BUCKETS;
  const seriesResolutionSeconds =
    out.seriesResolutionSeconds === undefined || out.seriesResolutionSeconds === null
      ? null
      : c.number('output.seriesResolutionSeconds', out.seriesResolutionSeconds, {
          min: minResolution,
          max: horizonSeconds,
        });
  const output = {
    seriesResolutionSeconds,
    spans: cap(c, 'output.spans', out.spans, DEFAULT_SPAN_CAP, 100_000),
    records: cap(c, 'output.records', out.records, DEFAULT_RECORD_CAP, 1_000_000),
  };
  if (c.issues.length > 0) throw new ScenarioError(c.issues);
  return { seed, horizonSeconds, account, functions, output };
}

function cap(c: IssueCollector, path: string, value: unknown, whenTrue: number, max: number): number {
  if (value === undefined || value === false || value === 0) return 0;
  if (value === true) return whenTrue;
  return c.number(path, value, { min: 1, max, integer: true });
}

function checkNames(c: IssueCollector, functions: readonly ResolvedFunction[]): void {
  const seen = new Set<string>();
  functions.forEach((f, i) => {
    if (seen.has(f.name))
      c.add(`functions[${i}].name`, `must be unique, got ${JSON.stringify(f.name)} twice`);
    seen.add(f.name);
  });
}

// Reserved concurrency carves from the account pool and leaves ≥ 100 unreserved; provisioned concurrency
// fits inside reserved (when set) or inside the unreserved pool (AWS docs: "Configuring reserved
// concurrency" and "Configuring provisioned concurrency", read 2026-11-27).
function checkLimits(c: IssueCollector, functions: readonly ResolvedFunction[], limit: number): void {
  const reservedTotal = functions.reduce((s, f) => s + (f.reservedConcurrency ?? 0), 0);
  let reservedSoFar = 0;
  let provisionedSoFar = 0;
  functions.forEach((f, i) => {
    const path = `functions[${i}]`;
    const r = f.reservedConcurrency;
    if (r !== null) {
      const allowed = Math.max(0, limit - MIN_UNRESERVED - reservedSoFar);
      if (r > allowed) {
        c.add(
          `${path}.reservedConcurrency`,
          `must be ≤ ${allowed} (account ${limit} − ${MIN_UNRESERVED} unreserved − ${reservedSoFar} reserved by earlier functions), got ${r}`,
        );
      }
      reservedSoFar += r;
    }
    const peak = f.provisionedConcurrency.reduce((m, s) => Math.max(m, s.count), 0);
    if (r !== null && peak > r) {
      c.add(`${path}.provisionedConcurrency`, `must be ≤ reservedConcurrency (${r}), got ${peak}`);
    } else if (r === null) {
      const allowed = Math.max(0, limit - MIN_UNRESERVED - reservedTotal - provisionedSoFar);
      if (peak > allowed) {
        c.add(
          `${path}.provisionedConcurrency`,
          `must be ≤ ${allowed} (account ${limit} − ${MIN_UNRESERVED} unreserved − ${reservedTotal} reserved − ${provisionedSoFar} provisioned by earlier functions), got ${peak}`,
        );
      }
      provisionedSoFar += peak;
    }
  });
}
