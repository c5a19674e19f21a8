import { sliceText } from './captured.ts';

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
  /**
   * Nodes kept in the whole tree (shared sub-arrays are copied each time they appear, so this is what
   * bounds `Array(100).fill(Array(100).fill(…))`); past it every branch is `elided`. Default 2,000.
   */
  maxNodes?: number;
  /** Characters kept in the whole tree, all strings together. Default 100,000. */
  maxChars?: number;
}

export const DEFAULT_LIMITS: SerializeLimits = {
  maxItems: 100,
  maxDepth: 6,
  maxString: 10_000,
  maxNodes: 2_000,
  maxChars: 100_000,
};

/** Serialises `value` into a {@link DisplayValue} tree within `limits`. Never throws. */
export function serialize(value: unknown, limits: SerializeLimits = DEFAULT_LIMITS): DisplayValue {
  const ancestors = new Set<object>();
  let nodes = limits.maxNodes ?? 2_000;
  let chars = limits.maxChars ?? 100_000;
  /** `text` within the per-string and whole-tree character budgets (with the original `slice`). */
  const clip = (text: string): string => {
    const keep = Math.max(0, Math.min(limits.maxString, chars));
    if (text.length <= keep) {
      chars -= text.length;
      return text;
    }
    chars -= keep;
    return `${sliceText(text, 0, keep)}… (${text.length} chars)`;
  };
  const visit = (v: unknown, depth: number): DisplayValue => {
    if (--nodes < 0) return { kind: 'elided' };
    try {
      return visitUnsafe(v, depth);
    } catch (error) {
      return { kind: 'error', name: 'SerializeError', message: clip(errorMessage(error)) };
    }
  };
  const visitUnsafe = (v: unknown, depth: number): DisplayValue => {
    if (v === null) return { kind: 'primitive', type: 'null', text: 'null' };
    switch (typeof v) {
      case 'undefined':
        return { kind: 'primitive', type: 'undefined', text: 'undefined' };
      case 'number':
        return { kind: 'primitive', type: 'number', text: Object.is(v, -0) ? '-0' : `${v}` };
      case 'boolean':
        return { kind: 'primitive', type: 'boolean', text: `${v}` };
      case 'bigint':
        return { kind: 'primitive', type: 'bigint', text: clip(`${v}n`) };
      case 'symbol':
        return { kind: 'primitive', type: 'symbol', text: clip(symbolText(v)) };
      case 'string':
        return { kind: 'primitive', type: 'string', text: clip(v) };
      case 'function':
        return {
          kind: 'function',
          name: clip(typeof v.name === 'string' && v.name ? v.name : '(anonymous)'),
        };
    }
    const object = v as object;
    if (ancestors.has(object)) return { kind: 'circular' };
    if (object instanceof Date)
      return { kind: 'date', text: Number.isNaN(+object) ? 'Invalid Date' : clip(object.toISOString()) };
    if (object instanceof Error) {
      const { name, message } = readError(object);
      return { kind: 'error', name: clip(name), message: clip(message) };
    }
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
      for (const key of keys.slice(0, limits.maxItems).map(clip)) {
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
  if (proto === null || typeof proto !== 'object') return 'Object';
  const d = Object.getOwnPropertyDescriptor(proto, 'constructor');
  const ctor: unknown = d && 'value' in d ? d.value : undefined;
  if (typeof ctor !== 'function') return 'Object';
  const n = Object.getOwnPropertyDescriptor(ctor, 'name');
  const name: unknown = n && 'value' in n ? n.value : undefined;
  return typeof name === 'string' && name ? sliceText(name, 0, 100) : 'Object';
}

/** Shown for a thrown value whose reading throws (a throwing getter, a Proxy with throwing traps). */
export const UNREADABLE = 'a value that could not be shown';

function symbolText(symbol: symbol): string {
  const description = symbol.description;
  return `Symbol(${typeof description === 'string' ? description : ''})`;
}

/**
 * The name and message of an error-like value, read without calling anything the learner defined: only own
 * data properties (a getter is never run), each a string or replaced. Never throws.
 */
export function readError(error: unknown): { name: string; message: string } {
  const own = (key: string): unknown => {
    try {
      const descriptor = Object.getOwnPropertyDescriptor(error, key);
      return descriptor && 'value' in descriptor ? descriptor.value : undefined;
    } catch {
      return undefined;
    }
  };
  try {
    const name = own('name');
    let protoName: unknown;
    try {
      const proto: unknown = Object.getPrototypeOf(error);
      const d = proto ? Object.getOwnPropertyDescriptor(proto, 'name') : undefined;
      protoName = d && 'value' in d ? d.value : undefined;
    } catch {
      protoName = undefined;
    }
    const message = own('message');
    return {
      name: typeof name === 'string' ? name : typeof protoName === 'string' ? protoName : 'Error',
      message: typeof message === 'string' ? message : UNREADABLE,
    };
  } catch {
    return { name: 'Error', message: UNREADABLE };
  }
}

/** The message of anything thrown, without trusting it to be an Error; never throws. */
export function errorMessage(error: unknown): string {
  try {
    if (error instanceof Error) return readError(error).message;
    switch (typeof error) {
      case 'string':
        return error;
      case 'number':
      case 'boolean':
      case 'bigint':
      case 'undefined':
        return `${error}`;
      case 'symbol':
        return symbolText(error);
    }
    if (error === null) return 'null';
    // An object that is not an Error: its own `message`, else its kind, never its (learner-defined) toString.
    const message = readError(error).message;
    return message === UNREADABLE ? `${describeObject(error)}` : message;
  } catch {
    return UNREADABLE;
  }
}

function describeObject(value: unknown): string {
  try {
    return typeof value === 'function' ? 'a function' : `an object (${constructorName(value as object)})`;
  } catch {
    return UNREADABLE;
  }
}
