/**
 * Turns any value learner code produces into plain, bounded data that can cross a postMessage and be
 * printed: cycles, Maps, Sets, errors, functions, huge arrays and deep nesting all become a small tree.
 * Nothing here calls learner-defined getters twice or trusts `toString`.
 */
export type DisplayValue =
  | {
      kind: 'primitive';
      type: 'number' | 'string' | 'boolean' | 'undefined' | 'null' | 'bigint' | 'symbol';
      text: string;
    }
  | { kind: 'function'; name: string }
  | { kind: 'array'; name: string; items: DisplayValue[]; length: number }
  | { kind: 'object'; name: string; entries: [string, DisplayValue][]; size: number }
  | { kind: 'map'; entries: [DisplayValue, DisplayValue][]; size: number }
  | { kind: 'set'; items: DisplayValue[]; size: number }
  | { kind: 'error'; name: string; message: string }
  | { kind: 'date'; text: string }
  | { kind: 'circular' }
  | { kind: 'elided' };

/** Bounds on what {@link serialize} keeps. */
export interface SerializeLimits {
  /** Items kept per array, Map, Set or object (the rest is counted, not copied). */
  maxItems: number;
  /** Nesting depth kept before a branch becomes `elided`. */
  maxDepth: number;
  /** Characters kept per string. */
  maxString: number;
}

export const DEFAULT_LIMITS: SerializeLimits = { maxItems: 100, maxDepth: 6, maxString: 10_000 };

/** Serialises `value` into a {@link DisplayValue} tree within `limits`. Never throws. */
export function serialize(value: unknown, limits: SerializeLimits = DEFAULT_LIMITS): DisplayValue {
  const ancestors = new Set<object>();
  const visit = (v: unknown, depth: number): DisplayValue => {
    try {
      return visitUnsafe(v, depth);
    } catch (error) {
      return { kind: 'error', name: 'SerializeError', message: errorMessage(error) };
    }
  };
  const visitUnsafe = (v: unknown, depth: number): DisplayValue => {
    if (v === null) return { kind: 'primitive', type: 'null', text: 'null' };
    switch (typeof v) {
      case 'undefined':
        return { kind: 'primitive', type: 'undefined', text: 'undefined' };
      case 'number':
        return { kind: 'primitive', type: 'number', text: Object.is(v, -0) ? '-0' : String(v) };
      case 'boolean':
        return { kind: 'primitive', type: 'boolean', text: String(v) };
      case 'bigint':
        return { kind: 'primitive', type: 'bigint', text: `${v}n` };
      case 'symbol':
        return { kind: 'primitive', type: 'symbol', text: v.toString() };
      case 'string':
        return {
          kind: 'primitive',
          type: 'string',
          text: v.length > limits.maxString ? `${v.slice(0, limits.maxString)}… (${v.length} chars)` : v,
        };
      case 'function':
        return { kind: 'function', name: v.name || '(anonymous)' };
    }
    const object = v as object;
    if (ancestors.has(object)) return { kind: 'circular' };
    if (object instanceof Date)
      return { kind: 'date', text: Number.isNaN(+object) ? 'Invalid Date' : object.toISOString() };
    if (object instanceof Error) return { kind: 'error', name: object.name, message: object.message };
    if (depth >= limits.maxDepth) return { kind: 'elided' };
    ancestors.add(object);
    try {
      if (object instanceof Map) {
        const entries: [DisplayValue, DisplayValue][] = [];
        for (const [key, item] of object) {
          if (entries.length >= limits.maxItems) break;
          entries.push([visit(key, depth + 1), visit(item, depth + 1)]);
        }
        return { kind: 'map', entries, size: object.size };
      }
      if (object instanceof Set) {
        const items: DisplayValue[] = [];
        for (const item of object) {
          if (items.length >= limits.maxItems) break;
          items.push(visit(item, depth + 1));
        }
        return { kind: 'set', items, size: object.size };
      }
      if (Array.isArray(object) || ArrayBuffer.isView(object)) {
        const list = object as ArrayLike<unknown>;
        const items: DisplayValue[] = [];
        const kept = Math.min(list.length, limits.maxItems);
        for (let i = 0; i < kept; i++) items.push(visit(list[i], depth + 1));
        const name = Array.isArray(object) ? 'Array' : constructorName(object);
        return { kind: 'array', name, items, length: list.length };
      }
      const keys = Object.keys(object);
      const entries: [string, DisplayValue][] = [];
      for (const key of keys.slice(0, limits.maxItems)) {
        let item: DisplayValue;
        try {
          item = visit((object as Record<string, unknown>)[key], depth + 1);
        } catch (error) {
          item = { kind: 'error', name: 'SerializeError', message: errorMessage(error) };
        }
        entries.push([key, item]);
      }
      return { kind: 'object', name: constructorName(object), entries, size: keys.length };
    } finally {
      ancestors.delete(object);
    }
  };
  return visit(value, 0);
}

function constructorName(object: object): string {
  const proto: unknown = Object.getPrototypeOf(object);
  if (proto === null) return 'Object';
  const ctor = (proto as { constructor?: unknown }).constructor;
  return typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name ? ctor.name : 'Object';
}

/** The message of anything thrown, without trusting it to be an Error. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    return 'unprintable value';
  }
}
