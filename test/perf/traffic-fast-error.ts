/**
 * The "Your traffic" fast method against the exact simulation, on files small enough to simulate request by
 * request (a measurement, not a test): per metric, fast ÷ exact − 1 (counts and peaks also as a difference),
 * and each method's time. The cases are the sample week (5-minute periods), the same week at 1-minute periods,
 * a day at about 100 req/s, and the sample with a reserved concurrency that throttles and with a
 * provisioned-concurrency schedule. Prints a Markdown table (the README's "Your traffic" section).
 *
 * Usage: `npm run perf:traffic`.
 */

import { parseTraffic } from '../../src/traffic/parse-traffic.ts';
import { runTraffic, type TrafficRun } from '../../src/traffic/run-traffic.ts';
import { sampleWeekCsv } from '../../src/traffic/sample-week.ts';
import type { WhatIf } from '../../src/traffic/traffic-scenario.ts';

const firstDay = (csv: string) => `${csv.split('\n').slice(0, 1441).join('\n')}\n`;
const cases: { label: string; csv: string; whatIf: WhatIf }[] = [
  { label: 'sample week (5-min periods)', csv: sampleWeekCsv(), whatIf: {} },
  { label: 'sample week, 1-min periods', csv: sampleWeekCsv({ periodSeconds: 60 }), whatIf: {} },
  {
    label: 'a day at ~100 req/s (1-min)',
    csv: firstDay(sampleWeekCsv({ peakPerSecond: 190, periodSeconds: 60 })),
    whatIf: {},
  },
  { label: 'sample week, reserved 30', csv: sampleWeekCsv(), whatIf: { reservedConcurrency: 30 } },
  {
    label: 'sample week, 10 provisioned 08–20 h',
    csv: sampleWeekCsv(),
    whatIf: { provisionedByHour: [{ fromHour: 8, toHour: 20, count: 10 }] },
  },
];

const metrics: [string, (r: TrafficRun) => number][] = [
  ['cold starts', (r) => r.totals.coldStarts],
  ['throttles', (r) => r.totals.throttled],
  ['p50 ms', (r) => r.totals.latencyMs.p50],
  ['p99 ms', (r) => r.totals.latencyMs.p99],
  ['cost $', (r) => r.totals.costUsd.total],
  ['peak', (r) => r.totals.concurrency.max],
  ['mean in flight', (r) => r.totals.concurrency.mean],
];
const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toPrecision(3));
const rel = (fast: number, exact: number) =>
  exact === 0 ? (fast === 0 ? '0' : `+${fmt(fast)}`) : `${((fast / exact - 1) * 100).toFixed(1)}%`;

console.log(
  `| case | requests | ${metrics.map(([m]) => `${m} exact → fast (error)`).join(' | ')} | time exact / fast |`,
);
console.log(`|---|---|${metrics.map(() => '---|').join('')}---|`);
for (const c of cases) {
  const traffic = parseTraffic(c.csv, c.csv.length);
  let t0 = performance.now();
  const exact = runTraffic(traffic, { ...c.whatIf, method: 'exact' });
  const exactMs = performance.now() - t0;
  t0 = performance.now();
  const fast = runTraffic(traffic, { ...c.whatIf, method: 'fast' });
  const fastMs = performance.now() - t0;
  const cells = metrics.map(
    ([, get]) => `${fmt(get(exact))} → ${fmt(get(fast))} (${rel(get(fast), get(exact))})`,
  );
  console.log(
    `| ${c.label} | ${(exact.totals.requests / 1e6).toFixed(1)} M | ${cells.join(' | ')} | ${(exactMs / 1000).toFixed(1)} s / ${(fastMs / 1000).toFixed(2)} s |`,
  );
}
