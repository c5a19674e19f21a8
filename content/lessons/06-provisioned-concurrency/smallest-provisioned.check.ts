import { coldStartPreset, defineChecks, simulate } from '@lab/sim';
import type { Answer } from './smallest-provisioned.solution';

/** The team's target for the 99th-percentile latency, ms (as in the task). */
const P99_TARGET_MS = 1000;

/** The traffic of the task, with `provisioned` environments; the checks simulate it themselves. */
function p99With(provisioned: number): number {
  return simulate({
    seed: 21,
    horizonSeconds: 2400,
    functions: [
      {
        name: 'quote',
        memoryMb: 1024,
        timeoutMs: 15_000,
        provisionedConcurrency: provisioned,
        initMs: coldStartPreset({ runtime: 'java21', packageMb: 40, memoryMb: 1024 }),
        durationMs: { kind: 'lognormal', medianMs: 200, p99Ms: 800 },
        arrivals: {
          kind: 'steps',
          steps: [
            { atSeconds: 0, ratePerSecond: 1 },
            { atSeconds: 1200, ratePerSecond: 150 },
            { atSeconds: 1220, ratePerSecond: 1 },
          ],
        },
      },
    ],
  }).total.latencyMs.p99;
}

export default defineChecks<Answer>([
  {
    name: 'The answer is a whole number of environments',
    hint: 'Return a number such as 7, not the simulation result: export default the count you found.',
    test: (a) => Number.isInteger(a) && a >= 0 && a <= 1000,
  },
  {
    name: `With your count, p99 is under ${P99_TARGET_MS} ms`,
    hint: 'Not enough: during the rush, more than 1% of requests still wait for a Java INIT. Each extra provisioned environment takes one more rush request off the cold path. Try a larger count.',
    test: (a) => p99With(a) < P99_TARGET_MS,
  },
  {
    name: 'One fewer environment would miss the target (it is the smallest)',
    hint: 'Your count meets the target, but so does a smaller one, and every provisioned environment is billed all day. Step down until the next step down misses the target.',
    test: (a) => a === 0 || p99With(a - 1) >= P99_TARGET_MS,
  },
]);
