/** What a traffic file holds once parsed: one row per CloudWatch period, or a list of request times. */

/** Metrics of one period. Missing values are `null` (CloudWatch leaves periods without data empty). */
export interface TrafficPeriod {
  /** Start of the period, ms since the epoch (UTC). */
  startMs: number;
  /** Requests in the period (CloudWatch `Invocations`, Sum). */
  invocations: number;
  /** Mean duration, ms (`Duration`, Average). */
  durationAvgMs: number | null;
  /** Median duration, ms (`Duration`, p50). */
  durationP50Ms: number | null;
  /** 99th percentile duration, ms (`Duration`, p99). */
  durationP99Ms: number | null;
  /** Measured concurrency (`ConcurrentExecutions`, Maximum). */
  concurrentExecutions: number | null;
  /** Measured throttles (`Throttles`, Sum). */
  throttles: number | null;
  /** Function errors (`Errors`, Sum). */
  errors: number | null;
}

/** A parsed traffic file. */
export type Traffic =
  | {
      kind: 'periods';
      format: 'console-csv' | 'get-metric-data';
      periodSeconds: number;
      periods: TrafficPeriod[];
    }
  | { kind: 'timestamps'; timestampsMs: number[] };

/** A problem with a traffic file, naming where it is (1-based line and column; 0 when not tied to one). */
export class TrafficError extends RangeError {
  /** 1-based line, or 0. */
  readonly line: number;
  /** 1-based column, or 0. */
  readonly column: number;

  constructor(message: string, line = 0, column = 0) {
    super(line > 0 ? `line ${line}${column > 0 ? `, column ${column}` : ''}: ${message}` : message);
    this.name = 'TrafficError';
    this.line = line;
    this.column = column;
  }
}

/** Largest file accepted, bytes (a week of 1-minute data with six metrics is under 1 MB). */
export const MAX_TRAFFIC_BYTES = 50 * 1024 * 1024;
