/**
 * The spectrum fast path's error against the full simulation (a measurement, not a test): for each shape of
 * lesson 1's explorer and each rate, the functions column's cold starts and cost from rates (`method: 'fast'`)
 * against the mean of full request-by-request simulations (`method: 'exact'`) over several seeds, with the 95%
 * interval of that mean beside it (1.96 sd / √seeds): an error inside it cannot be told from noise.
 * Slow (a day at 1,000 req/s is 86 M requests): `npx node test/perf/spectrum-error.ts [rates…]`; `SEEDS=n`
 * (default 3 up to 50 req/s and 1 above; when set, for every rate). `REF=levels` takes the cold starts from
 * level-reference.ts instead (the same rule, counting busy environments only: about 3× faster, so the 100 or so
 * runs that pin a 1,000 req/s row to 1% take about 10 minutes of one core per shape; no cost column then; it
 * refuses days that reach the concurrency limit, such as the spiky day at 1,000 req/s). `SHAPES=steady,diurnal`
 * picks shapes. `HORIZON=3600` cuts every run (fast and full) to its first hour, seconds: with the whole day's
 * figures it splits an error into the climb from no environments and the steady part after it.
 */

import { spectrumRun, WORKLOAD_SHAPES } from '../../src/explorables/spectrum.ts';
import { compareSpectrum } from '../../src/sim/index.ts';
import { levelRuleRun } from './level-reference.ts';

const argRates = process.argv
  .slice(2)
  .map(Number)
  .filter((r) => r > 0);
const RATES = argRates.length ? argRates : [1, 5, 20, 50, 100, 200, 1000];
const SEEDS_SET = process.env['SEEDS'];
const SEEDS = Number(SEEDS_SET ?? 3);
const LEVELS = process.env['REF'] === 'levels';
const SHAPES = WORKLOAD_SHAPES.filter((s) => (process.env['SHAPES'] ?? s).split(',').includes(s));
const HORIZON = process.env['HORIZON'] === undefined ? undefined : Number(process.env['HORIZON']);
if (HORIZON !== undefined && !(HORIZON > 0 && HORIZON <= 86_400))
  throw new RangeError(`HORIZON must be seconds in (0, 86400], got ${process.env['HORIZON']}`);
const pct = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}%`;

console.log(
  '| shape | req/s | seeds | cold starts: full (mean) | fast | error | 95% interval | cost error |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const rate of RATES) {
  for (const shape of SHAPES) {
    const run = spectrumRun({ shape, meanPerSecond: rate });
    const options = run.options;
    const workload = HORIZON === undefined ? run.workload : { ...run.workload, horizonSeconds: HORIZON };
    const fast = compareSpectrum(workload, { ...options, method: 'fast' }).functions;
    const seeds = rate > 50 && !SEEDS_SET ? 1 : SEEDS;
    let full: { coldStarts: number; costUsd: number }[];
    try {
      full = Array.from({ length: seeds }, (_, i) =>
        LEVELS
          ? { coldStarts: levelRuleRun(workload, options.functions ?? {}, i + 1).coldStarts, costUsd: 0 }
          : compareSpectrum({ ...workload, seed: i + 1 }, { ...options, method: 'exact' }).functions,
      );
    } catch (e) {
      console.log(`| ${shape} | ${rate} | — | ${(e as Error).message} | | | | |`);
      continue;
    }
    const mean = (f: (o: (typeof full)[number]) => number) =>
      full.reduce((a, o) => a + f(o), 0) / full.length;
    const cold = mean((o) => o.coldStarts);
    const colds = full.map((o) => o.coldStarts);
    const sd = Math.sqrt(colds.reduce((a, c) => a + (c - cold) ** 2, 0) / Math.max(1, seeds - 1));
    const spread = seeds > 1 ? `±${((196 * sd) / Math.sqrt(seeds) / cold).toFixed(1)}%` : '—';
    console.log(
      `| ${shape} | ${rate} | ${seeds} | ${cold.toFixed(1)} | ${fast.coldStarts.toFixed(1)} | ${pct(fast.coldStarts / cold - 1)} | ${spread} | ${LEVELS ? '—' : pct(fast.costUsd / mean((o) => o.costUsd) - 1)} |`,
    );
  }
}
