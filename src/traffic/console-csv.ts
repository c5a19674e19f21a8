import { csvRows } from './csv-rows.ts';
import { emptyPeriod, type MetricKey, metricOf } from './metric-columns.ts';
import { parseTime } from './parse-time.ts';
import { periodSeconds } from './period-seconds.ts';
import { type Traffic, TrafficError, type TrafficPeriod } from './traffic-types.ts';

/**
 * A CSV with a header row: the first column is the period's start time, each other column one metric named
 * by its label (see `metricOf`; unknown columns are ignored). An empty cell is a period without data
 * (0 invocations; no value for the others). This is the shape of the CloudWatch console's graph
 * "Download as CSV" with one metric per column.
 */
export function parseConsoleCsv(text: string): Traffic {
  const rows = csvRows(text);
  const header = rows[0];
  if (!header) throw new TrafficError('the file is empty');
  const columns: { index: number; key: MetricKey }[] = [];
  header.fields.forEach((name, index) => {
    const key = index > 0 ? metricOf(name) : null;
    if (key) columns.push({ index, key });
  });
  if (!columns.some((c) => c.key === 'invocations'))
    throw new TrafficError(
      `no Invocations column: the header has ${header.fields.map((f) => `"${f.trim()}"`).join(', ')}; expected a time column, then metric columns such as Invocations, Duration, ConcurrentExecutions, Throttles`,
      header.line,
      1,
    );
  const periods: TrafficPeriod[] = rows.slice(1).map(({ line, fields }) => {
    const p = emptyPeriod(parseTime(fields[0] ?? '', line, 1));
    for (const { index, key } of columns) {
      const cell = (fields[index] ?? '').trim();
      if (cell === '') continue;
      const v = Number(cell);
      if (!Number.isFinite(v))
        throw new TrafficError(
          `${header.fields[index]?.trim()} must be a number, got "${cell.slice(0, 40)}"`,
          line,
          index + 1,
        );
      if (v < 0)
        throw new TrafficError(`${header.fields[index]?.trim()} must be ≥ 0, got ${v}`, line, index + 1);
      p[key] = v;
    }
    return p;
  });
  return { kind: 'periods', format: 'console-csv', periodSeconds: periodSeconds(periods), periods };
}
