import { parseConsoleCsv } from './console-csv.ts';
import { parseMetricDataJson } from './metric-data-json.ts';
import { parseTime } from './parse-time.ts';
import { MAX_TRAFFIC_BYTES, type Traffic, TrafficError } from './traffic-types.ts';

/**
 * Parses a traffic file by its shape: JSON (`aws cloudwatch get-metric-data`), CSV with a header (CloudWatch
 * console export), or one request time per line. `bytes` is the file's size, checked first.
 * @throws TrafficError naming the line and column of the first problem
 */
export function parseTraffic(text: string, bytes = text.length): Traffic {
  if (bytes > MAX_TRAFFIC_BYTES)
    throw new TrafficError(
      `the file is ${(bytes / 1048576).toFixed(0)} MB; at most ${MAX_TRAFFIC_BYTES / 1048576} MB (a week of 1-minute CloudWatch data is under 1 MB)`,
    );
  const body = text.replace(/^\uFEFF/, '');
  const first = body.trimStart();
  if (first.startsWith('{')) return parseMetricDataJson(body);
  const firstLine = first.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes(',')) return parseConsoleCsv(body);
  const timestampsMs: number[] = [];
  body.split(/\r?\n/).forEach((l, i) => {
    if (l.trim() !== '') timestampsMs.push(parseTime(l, i + 1, 1));
  });
  if (timestampsMs.length === 0) throw new TrafficError('the file is empty');
  timestampsMs.sort((a, b) => a - b);
  return { kind: 'timestamps', timestampsMs };
}
