import { transform } from 'sucrase';
import { decodeMappings, originalPosition, type Position, type RawSourceMap } from './source-map.ts';

/** File names the compiled learner code carries in stack traces. */
export const LEARNER_FILE = 'learner.ts';
export const COMPILED_FILE = 'learner.js';

/** Compiled learner code plus what is needed to point errors back at the TypeScript. */
export interface Transpiled {
  /** CommonJS-style JavaScript: `require('@lab/sim')`, `exports.default = …`. Lines match the source. */
  code: string;
  /** Maps a 1-based position in `code` to the learner's TypeScript. */
  toOriginal(position: Position): Position;
}

/** A syntax error in the learner's code, with its 1-based position in their TypeScript. */
export class LearnerSyntaxError extends SyntaxError {
  readonly line: number;
  readonly column: number;
  constructor(message: string, position: Position) {
    super(message);
    this.name = 'SyntaxError';
    this.line = position.line;
    this.column = position.column;
  }
}

/**
 * Strips types and turns ES imports into `require` calls with sucrase. Line numbers are preserved;
 * the source map fixes columns. Throws {@link LearnerSyntaxError} for code sucrase cannot parse.
 */
export function transpile(source: string): Transpiled {
  let result: ReturnType<typeof transform>;
  try {
    result = transform(source, {
      transforms: ['typescript', 'imports'],
      filePath: LEARNER_FILE,
      sourceMapOptions: { compiledFilename: COMPILED_FILE },
    });
  } catch (error) {
    throw toSyntaxError(error, source);
  }
  const map = result.sourceMap as RawSourceMap | undefined;
  const decoded = map ? decodeMappings(map.mappings) : [];
  return { code: result.code, toOriginal: (position) => originalPosition(decoded, position) };
}

function toSyntaxError(error: unknown, source: string): LearnerSyntaxError {
  const raw = error instanceof Error ? error.message : String(error);
  // sucrase reports "Unexpected token (3:9)" with a 1-based line and 0-based column, and also
  // exposes the character offset as `pos`.
  const pos = (error as { pos?: unknown }).pos;
  const message = raw.replace(/^Error transforming [^:]*: /, '').replace(/\s*\(\d+:\d+\)\s*$/, '');
  if (typeof pos === 'number') return new LearnerSyntaxError(message, offsetToPosition(source, pos));
  const match = /\((\d+):(\d+)\)\s*$/.exec(raw);
  const position = match ? { line: Number(match[1]), column: Number(match[2]) + 1 } : { line: 1, column: 1 };
  return new LearnerSyntaxError(message, position);
}

/** 1-based line/column of a character offset. */
export function offsetToPosition(source: string, offset: number): Position {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}
