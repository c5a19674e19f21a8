/** A source map as sucrase emits it (version 3, one source). */
export interface RawSourceMap {
  version: number;
  mappings: string;
  sources: string[];
  names: string[];
  file?: string;
}

/** One decoded segment: generated column → original line/column (all 0-based). */
interface Segment {
  generatedColumn: number;
  originalLine: number;
  originalColumn: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new RangeError(`source map mapping has an invalid character, got ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Decodes the `mappings` field into per-generated-line segment lists. */
export function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let originalLine = 0;
  let originalColumn = 0;
  for (const line of mappings.split(';')) {
    const segments: Segment[] = [];
    let generatedColumn = 0;
    for (const part of line.split(',')) {
      if (part === '') continue;
      const [dCol = 0, , dLine = 0, dOrigCol = 0] = decodeVlq(part);
      generatedColumn += dCol;
      originalLine += dLine;
      originalColumn += dOrigCol;
      segments.push({ generatedColumn, originalLine, originalColumn });
    }
    lines.push(segments);
  }
  return lines;
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
export function originalPosition(decoded: Segment[][], generated: Position): Position {
  const segments = decoded[generated.line - 1] ?? [];
  const column0 = generated.column - 1;
  let best: Segment | undefined;
  for (const segment of segments) {
    if (segment.generatedColumn <= column0) best = segment;
    else break;
  }
  if (!best) return generated;
  // V8 reports positions at token starts, and sucrase maps every token it keeps: the segment's own
  // original column is the answer. (Adding the distance past it would overshoot inside inserted text
  // such as `.call(void 0, `.)
  return { line: best.originalLine + 1, column: best.originalColumn + 1 };
}
