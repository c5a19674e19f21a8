import { coldStartPreset, defineChecks, simulate } from '@lab/sim';
import type { Answer } from './trim-the-package.solution';

/** The team's budget: cold-start latency p99, ms. */
const BUDGET_MS = 520;
/** What the handler really needs, MB (from the task). */
const NEEDED_MB = 4;
/** The cheapest design that meets the budget (package 4 MB; memory scanned in 64 MB steps). */
const REFERENCE = { packageMb: 4, memoryMb: 576 };
/** How far above the reference cost a design may be. */
const COST_TOLERANCE = 1.1;
/** How far the measured drop may be from the simulator's (5%: the INIT change from the presets is accepted). */
const DROP_TOLERANCE = 0.05;

const runs = new Map<string, ReturnType<typeof simulate>['total']>();
/**
 * The task's half hour with a package and a memory size; the checks simulate every design themselves (the
 * course's typical-mistakes test simulates the same half hour through this function).
 */
export function halfHour(packageMb: number, memoryMb: number) {
  const key = `${packageMb}/${memoryMb}`;
  let total = runs.get(key);
  if (!total) {
    total = simulate({
      seed: 11,
      horizonSeconds: 1800,
      functions: [
        {
          name: 'checkout',
          memoryMb,
          timeoutMs: 10_000,
          initMs: coldStartPreset({ runtime: 'nodejs22.x', packageMb, memoryMb }),
          durationMs: { kind: 'lognormal', medianMs: 80, p99Ms: 300 },
          arrivals: {
            kind: 'steps',
            steps: [
              { atSeconds: 0, ratePerSecond: 2 },
              { atSeconds: 300, ratePerSecond: 200 },
              { atSeconds: 320, ratePerSecond: 2 },
              { atSeconds: 1200, ratePerSecond: 200 },
              { atSeconds: 1220, ratePerSecond: 2 },
            ],
          },
        },
      ],
    }).total;
    runs.set(key, total);
  }
  return total;
}
const valid = (a: Answer) =>
  Number.isFinite(a.packageMb) &&
  a.packageMb >= NEEDED_MB &&
  a.packageMb <= 250 &&
  Number.isInteger(a.memoryMb) &&
  a.memoryMb >= 128 &&
  a.memoryMb <= 10240;
const yours = (a: Answer) => halfHour(a.packageMb, a.memoryMb);
const before = () => halfHour(48, 512);
const near = (x: number, target: number, tolerance = DROP_TOLERANCE) =>
  Math.abs(x - target) <= Math.abs(target) * tolerance;

export default defineChecks<Answer>([
  {
    name: 'Ships what the handler needs, with a memory size Lambda offers',
    hints: [
      'Trimming below what the handler imports would break it; memory is a whole number of MB.',
      'packageMb must be at least what the bundle analysis found the handler needs; memoryMb from 128 to 10,240.',
      `packageMb ≥ ${NEEDED_MB}, memoryMb a whole number from 128 to 10,240.`,
    ],
    mistakes: {
      'below-needed': `The handler needs about ${NEEDED_MB} MB of code to run: a smaller package would fail on its first import.`,
    },
    diagnose: (a) => (a.packageMb < NEEDED_MB ? 'below-needed' : undefined),
    test: valid,
  },
  {
    name: `Cold-start p99 is under the ${BUDGET_MS} ms budget`,
    hints: [
      'Which part of a cold start grows with what the function loads, and which with how fast the CPU is?',
      'INIT grows with every MB the runtime loads and parses, and Lambda gives CPU in proportion to memory, so more memory shortens the CPU-bound part of INIT. Trim first: it is free.',
      `Ship only the ${NEEDED_MB} MB the handler needs, then raise memory in 64 MB steps until coldP99Ms is under the budget.`,
    ],
    mistakes: {
      'memory-only':
        'You raised memory but still ship 48 MB: the CPU helps, but the runtime still loads and parses every MB at each cold start. Trim the package first.',
      'trim-only':
        'Trimming did most of the work, but at this memory INIT still runs on a small share of a CPU. Give it more memory, a step at a time.',
      'not-trimmed-enough':
        'You ship more than the handler needs: every extra MB is loaded at each cold start. Trim to what the handler needs.',
    },
    diagnose: (a) => {
      if (a.packageMb >= 40) return 'memory-only';
      if (a.packageMb > NEEDED_MB + 0.5) return 'not-trimmed-enough';
      return 'trim-only';
    },
    test: (a) => valid(a) && yours(a).latencyMs.cold.p99 < BUDGET_MS,
  },
  {
    name: 'Costs at most 10% more than the cheapest design that meets the budget',
    hints: [
      'Memory is paid on every millisecond of every request, not only on cold starts.',
      'Each MB of package you ship forces more memory to meet the same budget; each extra MB of memory is paid all the time.',
      'Ship the smallest package the handler allows, then take the smallest memory that meets the budget.',
    ],
    mistakes: {
      'too-much-memory':
        'It meets the budget, but with more memory than it needs: step memory down while coldP99Ms stays under the budget.',
      'package-for-memory':
        'You pay memory to make up for package you could trim: ship only what the handler needs, and the budget is met with less memory.',
    },
    diagnose: (a) => (a.packageMb > NEEDED_MB + 0.5 ? 'package-for-memory' : 'too-much-memory'),
    test: (a) =>
      valid(a) &&
      yours(a).latencyMs.cold.p99 < BUDGET_MS &&
      yours(a).costUsd.total <=
        COST_TOLERANCE * halfHour(REFERENCE.packageMb, REFERENCE.memoryMb).costUsd.total,
  },
  {
    name: 'Your drop of the median cold start matches the simulator (before − yours, ms)',
    hints: [
      'Compare the typical cold start before and after: which field of the result holds cold requests only?',
      'latencyMs.cold holds the requests that had a cold start; its p50 is the typical one. The drop is before minus after, in milliseconds. It should be close to the change of the INIT median that coldStartPreset gives: INIT is what you trimmed.',
      'before.latencyMs.cold.p50 − after.latencyMs.cold.p50.',
    ],
    mistakes: {
      'used-p99':
        'That is the drop of the cold-start p99, the slow tail. The question is about the typical (median) cold start: p50.',
      'all-requests':
        'That is the median of all requests, and almost all of them are warm, so it barely moves. Use latencyMs.cold, the requests that had a cold start.',
      seconds: 'About 1,000 times too small: latencies are in milliseconds.',
      'wrong-sign':
        'Right size, wrong sign: subtract yours from before, so that a faster cold start is a positive drop.',
      'not-computed':
        'Compute it from the two results rather than typing a number: the checks simulate your design, so the drop changes with it.',
    },
    diagnose: (a) => {
      if (!valid(a)) return 'not-computed';
      const b = before();
      const y = yours(a);
      const drop = b.latencyMs.cold.p50 - y.latencyMs.cold.p50;
      if (near(a.coldMedianDropMs, b.latencyMs.cold.p99 - y.latencyMs.cold.p99)) return 'used-p99';
      if (near(a.coldMedianDropMs, drop / 1000)) return 'seconds';
      if (near(a.coldMedianDropMs, b.latencyMs.p50 - y.latencyMs.p50, 0.5)) return 'all-requests';
      if (near(a.coldMedianDropMs, -drop)) return 'wrong-sign';
      return 'not-computed';
    },
    test: (a) =>
      valid(a) &&
      typeof a.coldMedianDropMs === 'number' &&
      near(a.coldMedianDropMs, before().latencyMs.cold.p50 - yours(a).latencyMs.cold.p50),
  },
]);
