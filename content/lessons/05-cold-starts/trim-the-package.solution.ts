import { coldStartPreset, simulate } from '@lab/sim';

// `checkout` imports everything: the whole AWS SDK, an ORM, a PDF library,
// two date libraries… 48 MB in all. A bundle analysis says the handler
// really needs about 4 MB of it. Its traffic comes in rushes, and the
// product team's budget is: cold starts under 520 ms at p99.
//
// 1. Choose what to ship (packageMb) and the memory (memoryMb, which also
//    sets the CPU that runs INIT) so that cold-start p99 stays under the
//    budget, as cheaply as you can.
const design = { packageMb: 4, memoryMb: 576 };

/** Half an hour of calm traffic with two 20-second rushes, with a package and a memory size. */
function halfHour(packageMb: number, memoryMb: number) {
  return simulate({
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
}

const before = halfHour(48, 512);
const after = halfHour(design.packageMb, design.memoryMb);
const row = (t: typeof before) => ({
  coldStarts: t.coldStarts,
  coldP50Ms: Math.round(t.latencyMs.cold.p50),
  coldP99Ms: Math.round(t.latencyMs.cold.p99),
  costUsd: t.costUsd.total.toFixed(4),
});
console.table({ before: row(before), yours: row(after) });

// 2. How many milliseconds did the typical cold start (its median) lose?
//    Compute it from `before` and `after`, then compare it with what
//    coldStartPreset says INIT lost: where did the time go?
const coldMedianDropMs = before.latencyMs.cold.p50 - after.latencyMs.cold.p50;

/** The answer: your design, and the drop you measured. The checks simulate both designs themselves. */
export type Answer = { packageMb: number; memoryMb: number; coldMedianDropMs: number };

export default { ...design, coldMedianDropMs } satisfies Answer;
