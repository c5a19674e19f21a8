import { type Architecture, coldStartPreset, defineChecks, simulate } from '@lab/sim';
import type { Answer } from './cheapest-slo.solution';

/** The SLO of the task: p99 latency under this many ms. */
const SLO_P99_MS = 2500;
/** A configuration known to meet the SLO at (near) the lowest cost; found by scanning 64 MB steps. */
const REFERENCE = { memoryMb: 1664, architecture: 'arm64' } as const;
/** How far above the reference cost an answer may be. */
const TOLERANCE = 1.03;

/** The same model as the task: the checks simulate every configuration themselves. */
function run(memoryMb: number, architecture: Architecture) {
  const cpuShare = Math.min(1, memoryMb / 1769);
  const slowdown = architecture === 'arm64' ? 1.15 : 1;
  const medianMs = Math.round((1600 * slowdown) / cpuShare + 60);
  return simulate({
    seed: 3,
    horizonSeconds: 3600,
    functions: [
      {
        name: 'thumbnail',
        memoryMb,
        architecture,
        timeoutMs: 60_000,
        arrivals: { kind: 'poisson', ratePerSecond: 2 },
        durationMs: { kind: 'lognormal', medianMs, p99Ms: Math.round(medianMs * 1.2) },
        initMs: coldStartPreset({ runtime: 'python3.13', packageMb: 25, memoryMb }),
      },
    ],
  }).total;
}

const valid = (a: Answer) =>
  Number.isInteger(a.memoryMb) &&
  a.memoryMb >= 128 &&
  a.memoryMb <= 10240 &&
  (a.architecture === 'x86_64' || a.architecture === 'arm64');

export default defineChecks<Answer>([
  {
    name: 'A valid configuration (whole MB from 128 to 10,240; x86_64 or arm64)',
    hint: "memoryMb must be a whole number of MB between 128 and 10,240, and architecture either 'x86_64' or 'arm64'.",
    test: valid,
  },
  {
    name: `Meets the SLO: p99 under ${SLO_P99_MS} ms`,
    hint: 'Too slow: this handler is CPU-bound, and CPU comes with memory (one vCPU at 1,769 MB). Give it more memory — on arm64 it needs about 15% more than on x86_64 for the same speed.',
    test: (a) => valid(a) && run(a.memoryMb, a.architecture).latencyMs.p99 < SLO_P99_MS,
  },
  {
    name: 'Within 3% of the cheapest configuration that meets the SLO',
    hint: 'It meets the SLO but costs more than it must. Memory beyond what the SLO needs is paid on every millisecond, and above 1,769 MB it buys nothing here. And try arm64: 20% cheaper per GB-second; it runs 15% slower here, so it needs more memory — simulate both and compare the cost.',
    test: (a) =>
      valid(a) &&
      run(a.memoryMb, a.architecture).costUsd.total <=
        TOLERANCE * run(REFERENCE.memoryMb, REFERENCE.architecture).costUsd.total,
  },
]);
