import { type Architecture, coldStartPreset, defineChecks, simulate } from '@lab/sim';
import type { Answer } from './cheapest-slo.solution';

/** The SLO of the task: p99 latency under this many ms. */
const SLO_P99_MS = 2500;
/** A configuration known to meet the SLO at (near) the lowest cost; found by scanning 64 MB steps. */
const REFERENCE = { memoryMb: 1664, architecture: 'arm64' } as const;
/** How far above the reference cost an answer may be. */
const TOLERANCE = 1.03;

const runs = new Map<string, ReturnType<typeof simulate>['total']>();
/** The same model as the task: the checks simulate the chosen configuration themselves (memoized). */
function run(memoryMb: number, architecture: Architecture) {
  const key = `${memoryMb}/${architecture}`;
  const known = runs.get(key);
  if (known) return known;
  const cpuShare = Math.min(1, memoryMb / 1769);
  const slowdown = architecture === 'arm64' ? 1.15 : 1;
  const medianMs = Math.round((1600 * slowdown) / cpuShare + 60);
  const total = simulate({
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
  runs.set(key, total);
  return total;
}

const valid = (a: Answer) =>
  Number.isInteger(a.memoryMb) &&
  a.memoryMb >= 128 &&
  a.memoryMb <= 10240 &&
  (a.architecture === 'x86_64' || a.architecture === 'arm64');

/** Full CPU: above this memory the single-threaded handler gets no faster, MB (as in the task). */
const FULL_VCPU_MB = 1769;
const meetsSlo = (a: Answer) => valid(a) && run(a.memoryMb, a.architecture).latencyMs.p99 < SLO_P99_MS;

export default defineChecks<Answer>([
  {
    name: 'A valid configuration (whole MB from 128 to 10,240; x86_64 or arm64)',
    hints: [
      'Check the two fields of your answer: memoryMb and architecture.',
      "memoryMb must be a whole number of MB between 128 and 10,240, and architecture either 'x86_64' or 'arm64'.",
      "For example { memoryMb: 1024, architecture: 'x86_64', result }.",
    ],
    test: valid,
  },
  {
    name: `Meets the SLO: p99 under ${SLO_P99_MS} ms`,
    hints: [
      'What makes this handler faster?',
      'It is CPU-bound, and Lambda gives CPU in proportion to memory (one full vCPU at 1,769 MB). Below that, each request takes longer in proportion.',
      'Raise memory until p99 drops under the SLO; on arm64 it needs about 15% more than on x86_64 for the same speed.',
    ],
    mistakes: {
      'too-little-memory':
        'Too slow: with this little memory the handler gets only a fraction of a vCPU, and this handler is CPU-bound. Give it more memory.',
      'arm-slower':
        'This memory would meet the SLO on x86_64, but arm64 runs this image library 15% slower: on arm64 it needs about 15% more memory.',
    },
    diagnose: (a) => {
      if (!valid(a)) return undefined;
      if (a.architecture === 'arm64' && run(a.memoryMb, 'x86_64').latencyMs.p99 < SLO_P99_MS)
        return 'arm-slower';
      return 'too-little-memory';
    },
    test: meetsSlo,
  },
  {
    name: 'Within 3% of the cheapest configuration that meets the SLO',
    hints: [
      'Among the configurations that meet the SLO, which costs least? Compare a few on both architectures.',
      'Memory is paid on every millisecond, so more memory costs more per ms but finishes sooner; above 1,769 MB it buys nothing here. arm64 is 20% cheaper per GB-second but 15% slower for this code.',
      'Search both architectures in 64 MB steps, keep those under the SLO, and take the cheapest: it sits just above the smallest memory that meets the SLO.',
    ],
    mistakes: {
      'slo-first':
        'First meet the SLO (the check above): a configuration that misses it is not a candidate, however cheap.',
      'beyond-full-cpu':
        'Above 1,769 MB this single-threaded handler gets no more CPU, so every extra MB is paid for nothing. Come down.',
      'try-arm':
        'It meets the SLO on x86_64. Try arm64 too: 20% cheaper per GB-second; it is 15% slower here, so it needs more memory. Simulate both and compare the cost.',
      'more-than-needed':
        'It meets the SLO, but with more memory than it needs: step memory down while p99 stays under the SLO, and compare the costs.',
    },
    diagnose: (a) => {
      if (!meetsSlo(a)) return 'slo-first';
      if (a.memoryMb > FULL_VCPU_MB) return 'beyond-full-cpu';
      return a.architecture === 'x86_64' ? 'try-arm' : 'more-than-needed';
    },
    test: (a) =>
      meetsSlo(a) &&
      run(a.memoryMb, a.architecture).costUsd.total <=
        TOLERANCE * run(REFERENCE.memoryMb, REFERENCE.architecture).costUsd.total,
  },
]);
