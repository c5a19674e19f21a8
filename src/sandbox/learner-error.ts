import { nativeStackOf, sliceText } from './captured.ts';
import type { LearnerError, SourcePosition } from './protocol.ts';
import { errorMessage, readError, UNREADABLE } from './serialize.ts';
import { COMPILED_FILE, LearnerSyntaxError } from './transpile.ts';

const FRAME = new RegExp(`${COMPILED_FILE.replace('.', '\\.')}:(\\d+):(\\d+)`);
/** Characters of an error message shown (the rest is counted); the line is kept whatever the length. */
export const MAX_ERROR_CHARS = 2_000;
/** Scenario issues listed per error. */
const MAX_ISSUES = 20;

const clip = (text: string): string =>
  text.length <= MAX_ERROR_CHARS
    ? text
    : `${sliceText(text, 0, MAX_ERROR_CHARS)}… (message cut: ${text.length.toLocaleString('en-US')} characters)`;

/** An own data property of `value` (a getter is never run); undefined when there is none or reading throws. */
function own(value: unknown, key: string): unknown {
  try {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    return descriptor && 'value' in descriptor ? descriptor.value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns anything the learner's code threw into a {@link LearnerError}. Never throws and never runs a getter
 * the learner defined: a value that cannot be read (a throwing getter, a Proxy with throwing traps) becomes
 * "threw a value that could not be shown". The position comes from the innermost stack frame in the compiled
 * learner file, mapped back to their TypeScript with `toOriginal`; `firstLineOffset` is how many characters the
 * runtime's wrapper adds in front of line 1. Messages are cut at {@link MAX_ERROR_CHARS}.
 */
export function toLearnerError(
  error: unknown,
  toOriginal: (position: SourcePosition) => SourcePosition,
  firstLineOffset: number,
  name?: string,
): LearnerError {
  try {
    return read(error, toOriginal, firstLineOffset, name);
  } catch {
    return { kind: 'error', name: name ?? 'Uncaught', message: `threw ${UNREADABLE}` };
  }
}

function read(
  error: unknown,
  toOriginal: (position: SourcePosition) => SourcePosition,
  firstLineOffset: number,
  name: string | undefined,
): LearnerError {
  if (error instanceof LearnerSyntaxError) {
    return {
      kind: 'error',
      name: 'SyntaxError',
      message: clip(error.message),
      position: { line: error.line, column: error.column },
    };
  }
  const isError = error instanceof Error;
  const read = isError ? readError(error) : undefined;
  const message = read ? read.message : errorMessage(error);
  const entry: LearnerError = {
    kind: 'error',
    name: name ?? (read ? read.name || 'Error' : 'Uncaught'),
    message:
      message === UNREADABLE
        ? `threw ${UNREADABLE}`
        : clip(name && read ? `${read.name}: ${message}` : message),
  };
  const stack = isError ? nativeStackOf(error) : undefined;
  // The stack starts with the message, which may be huge: look for the frames after it.
  const skip = typeof stack === 'string' ? Math.min(stack.length, read ? read.message.length : 0) : 0;
  const match = typeof stack === 'string' ? FRAME.exec(sliceText(stack, skip, skip + 20_000)) : null;
  if (match) {
    const line = Number(match[1]);
    const column = Number(match[2]) - (line === 1 ? firstLineOffset : 0);
    entry.position = toOriginal({ line, column: Math.max(1, column) });
  }
  const issues = own(error, 'issues');
  if (Array.isArray(issues)) {
    entry.issues = issues
      .slice(0, MAX_ISSUES)
      .filter((i): i is { path: unknown; message: unknown } => typeof i === 'object' && i !== null)
      .map((i) => ({
        path: clip(errorMessage(own(i, 'path'))),
        message: clip(errorMessage(own(i, 'message'))),
      }));
  }
  return entry;
}
