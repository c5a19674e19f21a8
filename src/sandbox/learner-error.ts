import type { LearnerError, SourcePosition } from './protocol.ts';
import { errorMessage } from './serialize.ts';
import { COMPILED_FILE, LearnerSyntaxError } from './transpile.ts';

const FRAME = new RegExp(`${COMPILED_FILE.replace('.', '\\.')}:(\\d+):(\\d+)`);

/**
 * Turns anything the learner's code threw into a {@link LearnerError}. The position comes from the
 * innermost stack frame in the compiled learner file, mapped back to their TypeScript with `toOriginal`;
 * `firstLineOffset` is how many characters the runtime's wrapper adds in front of line 1.
 */
export function toLearnerError(
  error: unknown,
  toOriginal: (position: SourcePosition) => SourcePosition,
  firstLineOffset: number,
): LearnerError {
  if (error instanceof LearnerSyntaxError) {
    return {
      kind: 'error',
      name: 'SyntaxError',
      message: error.message,
      position: { line: error.line, column: error.column },
    };
  }
  const entry: LearnerError = {
    kind: 'error',
    name: error instanceof Error ? error.name || 'Error' : 'Uncaught',
    message: error instanceof Error ? error.message : errorMessage(error),
  };
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  const match = FRAME.exec(stack);
  if (match) {
    const line = Number(match[1]);
    const column = Number(match[2]) - (line === 1 ? firstLineOffset : 0);
    entry.position = toOriginal({ line, column: Math.max(1, column) });
  }
  const issues = (error as { issues?: unknown } | null)?.issues;
  if (Array.isArray(issues)) {
    entry.issues = issues
      .filter((i): i is { path: unknown; message: unknown } => typeof i === 'object' && i !== null)
      .map((i) => ({ path: String(i.path), message: String(i.message) }));
  }
  return entry;
}
