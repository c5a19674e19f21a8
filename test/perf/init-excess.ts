/**
 * INIT's share of the steady cold-start rate, exact (init-coupling.ts) against the spectrum's fast path (a
 * measurement, not a test): for each rate, lesson 1's explorer workload held steady (200 ms work, 10 min idle
 * lifetime, the default INIT), the cold starts an hour INIT adds, measured on coupled runs with the 95% interval of
 * their mean, beside what the fast path adds (its steady rate with INIT less its rate without, which is exact).
 * `npx node test/perf/init-excess.ts [rates…]`; `RUNS=n` runs per rate (default 4), `HOURS=h` hours each after a
 * one-hour warm-up (default about 120 h at 1,000 req/s, more at lower rates: some 40 s of one core a run).
 */

import { spectrumRun } from '../../src/explorables/spectrum.ts';
import { compareSpectrum } from '../../src/sim/index.ts';
import { coupledInitRun } from './init-coupling.ts';

const argRates = process.argv
  .slice(2)
  .map(Number)
  .filter((r) => r > 0);
const RATES = argRates.length ? argRates : [20, 100, 300, 1000];
const RUNS = Math.max(2, Number(process.env['RUNS'] ?? 4));

// The fast path's steady cold starts an hour: a day less its first two hours (the climb from none).
function fastSteadyPerHour(rate: number, init: boolean): number {
  const { workload, options } = spectrumRun({ shape: 'steady', meanPerSecond: rate });
  const functions = init
    ? (options.functions ?? {})
    : { ...options.functions, initMs: { kind: 'fixed', valueMs: 0 } as const };
  const cold = (h: number) =>
    compareSpectrum({ ...workload, horizonSeconds: h * 3600 }, { ...options, functions, method: 'fast' })
      .functions.coldStarts;
  return (cold(26) - cold(2)) / 24;
}

console.log(
  '| req/s | runs × hours | without INIT (exact) /h | world 0 measured /h | INIT adds, exact /h | fast path adds /h | fast path steady error |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const rate of RATES) {
  const hours = Number(process.env['HOURS'] ?? Math.min(2400, Math.round(120_000 / rate)));
  const runs = Array.from({ length: RUNS }, (_, i) =>
    coupledInitRun({ ratePerSecond: rate, workMs: 200, hours, seed: i + 1 }),
  );
  const adds = runs.map((r) => (r.withInit - r.withoutInit) / r.hours);
  const mean = adds.reduce((a, b) => a + b, 0) / adds.length;
  const sd = Math.sqrt(adds.reduce((a, b) => a + (b - mean) ** 2, 0) / (adds.length - 1));
  const half = (1.96 * sd) / Math.sqrt(adds.length);
  const world0 = runs.reduce((a, r) => a + r.withoutInit / r.hours, 0) / runs.length;
  const exact0 = fastSteadyPerHour(rate, false);
  const fastAdds = fastSteadyPerHour(rate, true) - exact0;
  const error = (exact0 + fastAdds) / (exact0 + mean) - 1;
  console.log(
    `| ${rate} | ${RUNS} × ${hours} | ${exact0.toFixed(3)} | ${world0.toFixed(3)} | ${mean.toFixed(3)} ± ${half.toFixed(3)} | ${fastAdds.toFixed(3)} | ${error >= 0 ? '+' : ''}${(100 * error).toFixed(1)}% |`,
  );
}
