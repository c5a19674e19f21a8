/**
 * Built-ins the runtime needs to stay in control of output, captured when the runtime bundle is evaluated,
 * before any learner code runs in the same worker. Learner code may replace `JSON.stringify`,
 * `String.prototype.slice`, `setTimeout` or `Reflect.apply` afterwards; these references keep the originals.
 */
const apply = Reflect.apply;
const stringSlice = String.prototype.slice;
const nativeSetTimeout = globalThis.setTimeout;
const nativeSetInterval = globalThis.setInterval;
const nativeClearInterval = globalThis.clearInterval;

/** `text.slice(start, end)` with the original `String.prototype.slice`. */
export function sliceText(text: string, start: number, end: number): string {
  return apply(stringSlice, text, [start, end]) as string;
}

/** The original `setTimeout` (ms). */
export function later(callback: () => void, ms: number): void {
  apply(nativeSetTimeout, globalThis, [callback, ms]);
}

/** The original `setInterval` (ms); returns a function that clears it. */
export function every(callback: () => void, ms: number): () => void {
  const id: unknown = apply(nativeSetInterval, globalThis, [callback, ms]);
  return () => void apply(nativeClearInterval, globalThis, [id]);
}

const keysOf = Object.keys;
const isArray = Array.isArray;

/**
 * Approximate size of plain data in UTF-16 code units (about what its JSON would take), counted with the
 * original `Object.keys`/`Array.isArray`; stops counting once past `limit` and returns `limit + 1`.
 */
export function dataSize(value: unknown, limit: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') size += item.length + 2;
    else if (typeof item === 'number' || typeof item === 'boolean') size += 8;
    else if (item !== null && typeof item === 'object') {
      size += 2;
      if (isArray(item)) {
        for (let i = 0; i < item.length; i++) stack[stack.length] = item[i];
        size += item.length;
      } else {
        const keys = keysOf(item);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i] as string;
          size += key.length + 4;
          stack[stack.length] = (item as Record<string, unknown>)[key];
        }
      }
    } else size += 4;
    if (size > limit) return limit + 1;
  }
  return size;
}

// V8 gives every error an own `stack` accessor pair, the same functions for all errors; older engines a string.
const stackDescriptor = Object.getOwnPropertyDescriptor(new Error(), 'stack');
const nativeStack = stackDescriptor?.get;

/**
 * The stack of `error` when it is the engine's own (a string property, or V8's native accessor), read without
 * running any getter the learner defined; undefined otherwise. Never throws.
 */
export function nativeStackOf(error: object): string | undefined {
  try {
    const descriptor = Object.getOwnPropertyDescriptor(error, 'stack');
    if (!descriptor) return undefined;
    if ('value' in descriptor) return typeof descriptor.value === 'string' ? descriptor.value : undefined;
    if (nativeStack === undefined || descriptor.get !== nativeStack) return undefined;
    const stack: unknown = apply(nativeStack, error, []);
    return typeof stack === 'string' ? stack : undefined;
  } catch {
    return undefined;
  }
}
