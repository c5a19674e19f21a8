/**
 * `npm run bench`: simulated requests per wall-clock second (median of 5 runs) for the three scenarios of
 * issue 3, peak memory per scenario (each in a fresh process), and memory against the horizon.
 *   (1) Poisson 0.9 req/s, exponential handler mean 1.991 s, INIT 0.253 s (so a cold response averages
 *       2.244 s), fixed idle lifetime 600 s, horizon 10^6 s;
 *   (2) the same at 10 req/s over 10^5 s;
 *   (3) Poisson 1,000 req/s, exponential handler mean 2 s, account limit 1,000, scaling unlimited, 1,000 s.
 * Then the fixed cost per call (issue 12): a small scenario, scenario 1's function at 2 req/s for one hour
 * (≈ 7,200 requests), run 100 times in one process (median ms per run, and simulated req/s over the 100),
 * and the first run in a fresh process (cold: no JIT yet; median of 5 processes).
 * No assertions: numbers only. Node-only.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Scenario, simulate } from '../../src/sim/index.ts';

function lambda(rate: number, horizonSeconds: number): Scenario {
  return {
    seed: 1,
    horizonSeconds,
    functions: [
      {
        name: 'f',
        arrivals: { kind: 'poisson', ratePerSecond: rate },
        durationMs: { kind: 'exponential', meanMs: 1991 },
        initMs: { kind: 'fixed', valueMs: 253 },
        idleLifetimeMs: { kind: 'fixed', valueMs: 600_000 },
      },
    ],
  };
}

const SCENARIOS: Record<string, (horizonScale?: number) => Scenario> = {
  '1': (k = 1) => lambda(0.9, 1e6 * k),
  '2': (k = 1) => lambda(10, 1e5 * k),
  '3': (k = 1) => ({
    seed: 1,
    horizonSeconds: 1000 * k,
    account: { concurrencyLimit: 1000, scaling: 'unlimited' },
    functions: [
      {
        name: 'f',
        arrivals: { kind: 'poisson', ratePerSecond: 1000 },
        durationMs: { kind: 'exponential', meanMs: 2000 },
        initMs: { kind: 'fixed', valueMs: 253 },
        idleLifetimeMs: { kind: 'fixed', valueMs: 600_000 },
      },
    ],
  }),
};

function once(name: string, scale: number): { requests: number; seconds: number; cpuSeconds: number } {
  const scenario = (SCENARIOS[name] as (k?: number) => Scenario)(scale);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = simulate(scenario);
  const cpu = process.cpuUsage(cpu0);
  return {
    requests: r.total.requests,
    seconds: (performance.now() - t0) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
}

/** The small scenario of issue 12: one hour at 2 req/s. */
const small = (): Scenario => lambda(2, 3600);

/** Wall and CPU ms of one `simulate` call, and its requests. */
function timed(scenario: Scenario): { ms: number; cpuMs: number; requests: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const r = simulate(scenario);
  const cpu = process.cpuUsage(cpu0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, requests: r.total.requests };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const self = fileURLToPath(import.meta.url);

// Child modes: `--loaded` prints peak RSS after loading the core only; `--child` runs one scenario once at
// a horizon scale and prints peak RSS and the heap in use after the run, in MB.
if (process.argv[2] === '--first') {
  process.stdout.write(JSON.stringify(timed(small())));
} else if (process.argv[2] === '--loaded') {
  process.stdout.write(JSON.stringify({ rss: process.resourceUsage().maxRSS / 1024 }));
} else if (process.argv[2] === '--child') {
  const name = process.argv[3] ?? '1';
  const scale = Number(process.argv[4] ?? '1');
  const { requests } = once(name, scale);
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  process.stdout.write(
    JSON.stringify({ requests, peakRssMb: process.resourceUsage().maxRSS / 1024, heapMb }),
  );
} else {
  const child = (name: string, scale: number) =>
    JSON.parse(
      execFileSync(process.execPath, [self, '--child', name, String(scale)], { encoding: 'utf8' }),
    ) as {
      requests: number;
      peakRssMb: number;
      heapMb: number;
    };
  const baseline = JSON.parse(
    execFileSync(
      process.execPath,
      ['-e', 'process.stdout.write(JSON.stringify({ rss: process.resourceUsage().maxRSS / 1024 }))'],
      {
        encoding: 'utf8',
      },
    ),
  ) as { rss: number };
  const loaded = JSON.parse(execFileSync(process.execPath, [self, '--loaded'], { encoding: 'utf8' })) as {
    rss: number;
  };
  console.log(
    `node ${process.version}; peak RSS of an empty node process ${baseline.rss.toFixed(0)} MB, ` +
      `after loading the core through type stripping ${loaded.rss.toFixed(0)} MB`,
  );
  for (const name of Object.keys(SCENARIOS)) {
    once(name, 0.1); // warm-up (JIT)
    const runs = Array.from({ length: 5 }, () => once(name, 1));
    const rates = runs.map((r) => r.requests / r.seconds);
    const cpuRates = runs.map((r) => r.requests / r.cpuSeconds);
    const mem = child(name, 1);
    // Wall-clock rate is the target; the CPU-time rate shows what a busy shared machine hides.
    console.log(
      `scenario ${name}: ${runs[0]?.requests} requests, median ${(median(rates) / 1e6).toFixed(2)} M req/s wall ` +
        `(runs: ${rates.map((r) => (r / 1e6).toFixed(2)).join(', ')}), ${(median(cpuRates) / 1e6).toFixed(2)} M req/s ` +
        `per CPU-second, peak RSS ${mem.peakRssMb.toFixed(0)} MB`,
    );
  }
  const hundred = Array.from({ length: 100 }, () => timed(small()));
  const total = hundred.reduce((a, r) => a + r.ms, 0);
  const totalCpu = hundred.reduce((a, r) => a + r.cpuMs, 0);
  const reqs = hundred.reduce((a, r) => a + r.requests, 0);
  console.log(
    `small (1 h at 2 req/s, ${hundred[0]?.requests} requests) ×100 in one process: median ${median(hundred.map((r) => r.ms)).toFixed(2)} ms ` +
      `per run (CPU ${median(hundred.map((r) => r.cpuMs)).toFixed(2)} ms), ${(reqs / total / 1000).toFixed(2)} M req/s wall, ` +
      `${(reqs / totalCpu / 1000).toFixed(2)} M req/s per CPU-second`,
  );
  const firsts = Array.from(
    { length: 5 },
    () =>
      JSON.parse(execFileSync(process.execPath, [self, '--first'], { encoding: 'utf8' })) as {
        ms: number;
        cpuMs: number;
      },
  );
  console.log(
    `first run (cold, fresh process), small scenario: median ${median(firsts.map((r) => r.ms)).toFixed(1)} ms ` +
      `(CPU ${median(firsts.map((r) => r.cpuMs)).toFixed(1)} ms; runs: ${firsts.map((r) => r.ms.toFixed(1)).join(', ')})`,
  );
  for (const name of ['2', '3']) {
    const rows = [0.1, 1, 10].map((k) => ({ k, ...child(name, k) }));
    console.log(
      `memory vs horizon, scenario ${name}: ${rows.map((r) => `×${r.k}: ${r.requests} req → ${r.peakRssMb.toFixed(0)} MB RSS, ${r.heapMb.toFixed(1)} MB heap`).join('; ')}`,
    );
  }
}
