/** Validation of one function entry of a scenario. */

import type { ArrivalPattern } from '../model/arrival-pattern.ts';
import { coldStartPreset } from '../model/cold-start-presets.ts';
import {
  DEFAULT_IDLE_LIFETIME,
  DEFAULT_MAX_EVENT_AGE_SECONDS,
  DEFAULT_MAX_RETRY_ATTEMPTS,
  DEFAULT_MEMORY_MB,
  DEFAULT_REUSE_POLICY,
  DEFAULT_TIMEOUT_MS,
  REUSE_POLICIES,
} from '../model/defaults.ts';
import type { Distribution, FunctionConfig, ProvisionedStep, ResolvedFunction } from '../model/types.ts';
import type { IssueCollector } from './issue-collector.ts';
import { validateDistribution } from './validate-distribution.ts';

// Every field of `FunctionConfig`, checked by the compiler: adding a field to the type without listing it
// here (or listing one the type lacks) is a type error, so unknown-key errors follow the type.
const FIELD_SET = {
  name: true,
  memoryMb: true,
  arrivals: true,
  durationMs: true,
  initMs: true,
  idleLifetimeMs: true,
  reservedConcurrency: true,
  provisionedConcurrency: true,
  timeoutMs: true,
  invocation: true,
  errorRate: true,
  architecture: true,
  reusePolicy: true,
  maxEventAgeSeconds: true,
  maxRetryAttempts: true,
  proactiveInitProbability: true,
  provisionedAllocationSeconds: true,
  provisionedRecycleSeconds: true,
} as const satisfies Record<keyof FunctionConfig, true>;

/** The field names a function entry may have. */
export const FUNCTION_FIELDS = Object.keys(FIELD_SET) as (keyof FunctionConfig)[];

/** The INIT distribution used when `initMs` is omitted: a 1 MB Node.js 22 function. */
export const DEFAULT_INIT: Distribution = coldStartPreset({ runtime: 'nodejs22.x', packageMb: 1 });

/** Checks one function; returns null when it is not even an object. */
export function validateFunction(
  c: IssueCollector,
  path: string,
  value: unknown,
  arrival: (path: string, value: unknown) => ArrivalPattern | null,
): ResolvedFunction | null {
  if (!c.object(path, value)) return null;
  c.knownKeys(path, value, FUNCTION_FIELDS);
  let name = '';
  if (typeof value.name === 'string' && value.name.length >= 1 && value.name.length <= 64) name = value.name;
  else
    c.add(
      `${path}.name`,
      `must be a string of 1–64 characters, got ${value.name === undefined ? 'nothing' : JSON.stringify(value.name)}`,
    );

  const arrivals: ArrivalPattern[] = [];
  if (Array.isArray(value.arrivals)) {
    const list = c.array(`${path}.arrivals`, value.arrivals, 1, 20);
    list.forEach((a, i) => {
      const p = arrival(`${path}.arrivals[${i}]`, a);
      if (p) arrivals.push(p);
    });
  } else if (value.arrivals === undefined) {
    c.add(`${path}.arrivals`, "is required (e.g. { kind: 'poisson', ratePerSecond: 1 })");
  } else {
    const p = arrival(`${path}.arrivals`, value.arrivals);
    if (p) arrivals.push(p);
  }

  let durationMs: Distribution = { kind: 'fixed', valueMs: 0 };
  if (value.durationMs === undefined)
    c.add(`${path}.durationMs`, "is required (e.g. { kind: 'fixed', valueMs: 100 })");
  else durationMs = validateDistribution(c, `${path}.durationMs`, value.durationMs);
  const initMs =
    value.initMs === undefined ? DEFAULT_INIT : validateDistribution(c, `${path}.initMs`, value.initMs);
  const idleLifetimeMs =
    value.idleLifetimeMs === undefined
      ? DEFAULT_IDLE_LIFETIME
      : validateDistribution(c, `${path}.idleLifetimeMs`, value.idleLifetimeMs);

  const reservedConcurrency =
    value.reservedConcurrency === undefined || value.reservedConcurrency === null
      ? null
      : c.number(`${path}.reservedConcurrency`, value.reservedConcurrency, {
          min: 0,
          max: 1_000_000,
          integer: true,
        });

  return {
    name,
    memoryMb: c.number(
      `${path}.memoryMb`,
      value.memoryMb,
      { min: 128, max: 10240, integer: true },
      DEFAULT_MEMORY_MB,
    ),
    arrivals,
    durationMs,
    initMs,
    idleLifetimeMs,
    reservedConcurrency,
    provisionedConcurrency: provisioned(c, `${path}.provisionedConcurrency`, value.provisionedConcurrency),
    timeoutMs: c.number(`${path}.timeoutMs`, value.timeoutMs, { min: 1, max: 900_000 }, DEFAULT_TIMEOUT_MS),
    invocation: c.choice(`${path}.invocation`, value.invocation, ['sync', 'async'] as const, 'sync'),
    errorRate: c.number(`${path}.errorRate`, value.errorRate, { min: 0, max: 1 }, 0),
    architecture: c.choice(
      `${path}.architecture`,
      value.architecture,
      ['x86_64', 'arm64'] as const,
      'x86_64',
    ),
    reusePolicy: c.choice(`${path}.reusePolicy`, value.reusePolicy, REUSE_POLICIES, DEFAULT_REUSE_POLICY),
    maxEventAgeSeconds: c.number(
      `${path}.maxEventAgeSeconds`,
      value.maxEventAgeSeconds,
      { min: 60, max: 21_600 },
      DEFAULT_MAX_EVENT_AGE_SECONDS,
    ),
    maxRetryAttempts: c.number(
      `${path}.maxRetryAttempts`,
      value.maxRetryAttempts,
      { min: 0, max: 2, integer: true },
      DEFAULT_MAX_RETRY_ATTEMPTS,
    ),
    proactiveInitProbability: c.number(
      `${path}.proactiveInitProbability`,
      value.proactiveInitProbability,
      { min: 0, max: 1 },
      0,
    ),
    provisionedAllocationSeconds: c.number(
      `${path}.provisionedAllocationSeconds`,
      value.provisionedAllocationSeconds,
      { min: 0, max: 3600 },
      0,
    ),
    provisionedRecycleSeconds:
      value.provisionedRecycleSeconds === undefined || value.provisionedRecycleSeconds === null
        ? null
        : c.number(`${path}.provisionedRecycleSeconds`, value.provisionedRecycleSeconds, {
            min: 60,
            max: 86_400,
          }),
  };
}

function provisioned(c: IssueCollector, path: string, value: unknown): ProvisionedStep[] {
  if (value === undefined) return [];
  if (typeof value === 'number')
    return [{ atSeconds: 0, count: c.number(path, value, { min: 0, max: 1_000_000, integer: true }) }];
  if (!Array.isArray(value)) {
    c.add(path, `must be a number or an array of { atSeconds, count }, got ${JSON.stringify(value)}`);
    return [];
  }
  let last = -1;
  return c.array(path, value, 0, 1000).map((s, i) => {
    const p = `${path}[${i}]`;
    if (!c.object(p, s)) return { atSeconds: 0, count: 0 };
    c.knownKeys(p, s, ['atSeconds', 'count']);
    const atSeconds = c.number(`${p}.atSeconds`, s.atSeconds, {
      min: Math.max(last, 0),
      minExclusive: last >= 0,
      max: 1e9,
    });
    last = atSeconds;
    return { atSeconds, count: c.number(`${p}.count`, s.count, { min: 0, max: 1_000_000, integer: true }) };
  });
}
