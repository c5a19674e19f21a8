import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTraffic } from '../../src/traffic/parse-traffic.ts';
import { sampleWeekCsv } from '../../src/traffic/sample-week.ts';
import { TrafficError } from '../../src/traffic/traffic-types.ts';

const example = (name: string) =>
  readFileSync(new URL(`../../public/traffic/${name}`, import.meta.url), 'utf8');

describe('parseTraffic', () => {
  it('reads the console CSV example: periods, their length and each metric column', () => {
    const t = parseTraffic(example('example-console.csv'));
    expect(t.kind).toBe('periods');
    if (t.kind !== 'periods') return;
    expect(t.format).toBe('console-csv');
    expect(t.periodSeconds).toBe(300);
    expect(t.periods).toHaveLength(12);
    expect(t.periods[0]).toMatchObject({
      startMs: Date.UTC(2026, 10, 2),
      invocations: 2420,
      durationP50Ms: 119.8,
    });
  });

  it('reads the get-metric-data JSON example, newest first, joined by time', () => {
    const t = parseTraffic(example('example-get-metric-data.json'));
    if (t.kind !== 'periods') throw new Error('expected periods');
    expect(t.format).toBe('get-metric-data');
    expect(t.periodSeconds).toBe(60);
    expect(t.periods.map((p) => p.invocations)).toEqual([505, 471, 530, 498, 512]);
    expect(t.periods[0]).toMatchObject({ durationAvgMs: 129.6, concurrentExecutions: 6 });
  });

  it('reads a list of request times, ISO and epoch ms mixed, sorted', () => {
    const t = parseTraffic(example('example-timestamps.txt'));
    if (t.kind !== 'timestamps') throw new Error('expected timestamps');
    expect(t.timestampsMs).toHaveLength(6);
    expect(t.timestampsMs[2]).toBe(1793577601250);
  });

  it('the committed sample is the generator output', () => {
    expect(example('sample-week.csv')).toBe(sampleWeekCsv());
  });

  it.each([
    [
      'wrong columns',
      'Time,Requests\n2026-11-02 00:00:00,5\n2026-11-02 00:01:00,5\n',
      /line 1, column 1: no Invocations column: the header has "Time", "Requests"/,
    ],
    [
      'unparsable date',
      'Label,Invocations\n2026-11-02 00:00:00,5\nyesterday,5\n',
      /line 3, column 1: expected a time .* got "yesterday"/,
    ],
    [
      'negative count',
      'Label,Invocations\n2026-11-02 00:00:00,5\n2026-11-02 00:01:00,-3\n',
      /line 3, column 2: Invocations must be ≥ 0, got -3/,
    ],
    [
      'not a number',
      'Label,Invocations\n2026-11-02 00:00:00,five\n2026-11-02 00:01:00,3\n',
      /line 2, column 2: Invocations must be a number, got "five"/,
    ],
    [
      'uneven periods',
      'Label,Invocations\n2026-11-02 00:00:00,5\n2026-11-02 00:00:30,3\n',
      /periods must be 1 to 60 whole minutes apart/,
    ],
    ['a bad time in a list', '2026-11-02T00:00:00Z\nsoon\n', /line 2, column 1: expected a time/],
    ['bad JSON', '{ "MetricDataResults": [', /not valid JSON/],
  ])('names the line and column of a bad file: %s', (_, text, message) => {
    expect(() => parseTraffic(text)).toThrow(TrafficError);
    expect(() => parseTraffic(text)).toThrow(message);
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(() => parseTraffic('', 100 * 1024 * 1024)).toThrow(/the file is 100 MB; at most 50 MB/);
  });
});
