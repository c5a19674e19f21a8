/**
 * `npm run perf:lessons`: how long the heaviest lesson exercises take in Node, the way a sandbox Run meets
 * them (issue 12): the starter and solution of lesson 1 (two `compareSpectrum` hours) and lesson 8 (a day).
 * Each file is run as written (its `@lab/sim` import pointed at `src/sim/index.ts`, its output muted) in a
 * fresh process: "cold" is its first run there (the simulator already loaded, not yet optimised), "warm" a
 * second run in the same process. Median of 5 processes per file (`-- <n>` for another count); no assertions.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const FILES = [
  'content/lessons/01-compute-spectrum/fleet-or-functions.starter.ts',
  'content/lessons/01-compute-spectrum/fleet-or-functions.solution.ts',
  'content/lessons/08-capstone/day.starter.ts',
  'content/lessons/08-capstone/day.solution.ts',
  'content/lessons/07-cost/cheapest-slo.solution.ts',
];

interface Times {
  loadMs: number;
  coldMs: number;
  /** CPU time of the cold run, ms: steadier than wall time on a shared machine. */
  coldCpuMs: number;
  warmMs: number;
}

// Child: load the simulator, then import the rewritten lesson twice (a query string makes a second module).
async function child(file: string): Promise<Times> {
  const t0 = performance.now();
  await import(pathToFileURL(join(root, 'src/sim/index.ts')).href);
  const t1 = performance.now();
  const log = console.log;
  const table = console.table;
  console.log = () => {};
  console.table = () => {};
  const cpu = process.cpuUsage();
  await import(`${pathToFileURL(file).href}?run=1`);
  const t2 = performance.now();
  const used = process.cpuUsage(cpu);
  await import(`${pathToFileURL(file).href}?run=2`);
  const t3 = performance.now();
  console.log = log;
  console.table = table;
  return { loadMs: t1 - t0, coldMs: t2 - t1, coldCpuMs: (used.user + used.system) / 1000, warmMs: t3 - t2 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(await child(process.argv[3] as string)));
} else {
  const n = Number(process.argv[2] ?? 5);
  const dir = mkdtempSync(join(tmpdir(), 'lesson-runs-'));
  const self = fileURLToPath(import.meta.url);
  const sim = pathToFileURL(join(root, 'src/sim/index.ts')).href;
  try {
    console.log(`node ${process.version}; median of ${n} fresh processes (ms)`);
    for (const rel of FILES) {
      const copy = join(dir, rel.replaceAll('/', '_'));
      writeFileSync(copy, readFileSync(join(root, rel), 'utf8').replaceAll("'@lab/sim'", `'${sim}'`));
      const runs = Array.from(
        { length: n },
        () =>
          JSON.parse(execFileSync(process.execPath, [self, '--child', copy], { encoding: 'utf8' })) as Times,
      );
      const m = (k: keyof Times) => median(runs.map((r) => r[k])).toFixed(0);
      const all = runs.map((r) => r.coldMs.toFixed(0)).join(', ');
      console.log(
        `${rel}: cold ${m('coldMs')} (CPU ${m('coldCpuMs')}; runs ${all}), warm ${m('warmMs')}, load sim ${m('loadMs')}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
