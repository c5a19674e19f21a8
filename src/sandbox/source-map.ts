import { decode, type SourceMapSegment } from '@jridgewell/sourcemap-codec';

/** A source map as sucrase emits it (version 3, one source). */
export interface RawSourceMap {
  version: number;
  mappings: string;
  sources: string[];
  names: string[];
  file?: string;
}

/** Per generated line, its segments `[generatedColumn, source, originalLine, originalColumn, name?]` (0-based). */
export type DecodedMappings = SourceMapSegment[][];

/** Decodes the `mappings` field into per-generated-line segment lists (sorted by generated column). */
export function decodeMappings(mappings: string): DecodedMappings {
  return decode(mappings);
}

/** A 1-based line and column, the way editors and learners count. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Maps a 1-based position in the compiled code to the learner's TypeScript. Sucrase keeps lines
 * but shifts columns (`simulate(` becomes `_sim.simulate.call(void 0, `), so the column comes from
 * the nearest segment at or before the generated column.
 */
export function originalPosition(decoded: DecodedMappings, generated: Position): Position {
  const segments = decoded[generated.line - 1] ?? [];
  const column0 = generated.column - 1;
  let best: SourceMapSegment | undefined;
  for (const segment of segments) {
    if (segment[0] <= column0) best = segment;
    else break;
  }
  if (!best || best.length < 4) return generated;
  // V8 reports positions at token starts, and sucrase maps every token it keeps: the segment's own
  // original column is the answer. (Adding the distance past it would overshoot inside inserted text
  // such as `.call(void 0, `.)
  const [, , originalLine = 0, originalColumn = 0] = best;
  return { line: originalLine + 1, column: originalColumn + 1 };
}
