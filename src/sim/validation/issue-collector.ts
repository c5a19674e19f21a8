/**
 * Field checks shared by the scenario validators. Each check records an issue (path, value, allowed range)
 * instead of throwing, so one pass reports every problem; `validateScenario` throws them together.
 */
import type { ScenarioIssue } from './scenario-error.ts';

/** Bounds for a numeric field. */
export interface NumberRule {
  min?: number;
  max?: number;
  /** True when the minimum itself is not allowed (`> min`). */
  minExclusive?: boolean;
  integer?: boolean;
}

/** A plain JSON-like object. */
export type Obj = Record<string, unknown>;

/** Shows a value in a message the way it was written: strings quoted, objects as JSON. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function describe(rule: NumberRule): string {
  const kind = rule.integer ? 'an integer' : 'a number';
  const { min, max } = rule;
  if (min !== undefined && max !== undefined && !rule.minExclusive) return `${min}–${max}`;
  if (min !== undefined && max !== undefined) return `> ${min} and ≤ ${max}`;
  if (min !== undefined) return rule.minExclusive ? `${kind} > ${min}` : `${kind} ≥ ${min}`;
  if (max !== undefined) return `${kind} ≤ ${max}`;
  return kind;
}

/** Collects issues while reading an untrusted object. */
export class IssueCollector {
  readonly issues: ScenarioIssue[] = [];
  /** When set, every numeric rule applied is kept here by path (for the scenario JSON Schema). */
  readonly rules: Map<string, NumberRule> | null;

  constructor(recordRules = false) {
    this.rules = recordRules ? new Map() : null;
  }

  /** Records a free-form issue: the message starts with the path. */
  add(path: string, message: string): void {
    this.issues.push({ path, message: `${path} ${message}` });
  }

  /** True if `value` is a plain object; otherwise records "must be an object". */
  object(path: string, value: unknown): value is Obj {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return true;
    this.add(path, `must be an object, got ${formatValue(value)}`);
    return false;
  }

  /** Records every key of `value` that is not in `known` (catches typos such as `memroyMb`). */
  knownKeys(path: string, value: Obj, known: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!known.includes(key))
        this.add(`${path}.${key}`, `is not a known field (known: ${known.join(', ')})`);
    }
  }

  /**
   * A schedule step's time, seconds: after the previous step's (`previous`, -1 before the first step), at
   * most 1e9. Steps of arrival `steps` and of a provisioned-concurrency schedule use it alike.
   */
  stepSeconds(path: string, value: unknown, previous: number): number {
    return this.number(path, value, { min: Math.max(previous, 0), minExclusive: previous >= 0, max: 1e9 });
  }

  /** A required or defaulted number within bounds; returns `fallback` (or NaN-free 0) when invalid. */
  number(path: string, value: unknown, rule: NumberRule, fallback?: number): number {
    this.rules?.set(path, rule);
    if (value === undefined && fallback !== undefined) return fallback;
    if (value === undefined) {
      this.add(path, `is required (${describe(rule)})`);
      return rule.min ?? 0;
    }
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (!rule.integer || Number.isInteger(value)) &&
      (rule.min === undefined || (rule.minExclusive ? value > rule.min : value >= rule.min)) &&
      (rule.max === undefined || value <= rule.max);
    if (ok) return value;
    const what = typeof value === 'number' ? describe(rule) : `${describe(rule)} (a number)`;
    this.add(path, `must be ${what}, got ${formatValue(value)}`);
    return fallback ?? rule.min ?? 0;
  }

  /** One of a fixed set of strings. */
  choice<T extends string>(path: string, value: unknown, options: readonly T[], fallback?: T): T {
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
    const list = options.map((o) => `'${o}'`).join(', ');
    this.add(
      path,
      value === undefined
        ? `is required (one of ${list})`
        : `must be one of ${list}, got ${formatValue(value)}`,
    );
    return fallback ?? (options[0] as T);
  }

  /** An array with a length range; returns [] when invalid. */
  array(path: string, value: unknown, minLength: number, maxLength: number): readonly unknown[] {
    if (!Array.isArray(value)) {
      this.add(
        path,
        value === undefined ? 'is required (an array)' : `must be an array, got ${formatValue(value)}`,
      );
      return [];
    }
    if (value.length < minLength || value.length > maxLength) {
      this.add(path, `must have ${minLength}–${maxLength} entries, got ${value.length}`);
    }
    return value;
  }
}
