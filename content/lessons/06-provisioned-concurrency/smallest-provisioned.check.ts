import { coldStartPreset, defineChecks, simulate } from '@lab/sim';
import type { Answer } from './smallest-provisioned.solution';

/** The team's target for the 99th-percentile latency, ms (as in the task). */
const P99_TARGET_MS = 1000;

const p99s = new Map<number, number>();
/** The traffic of the task, with `provisioned` environments; the checks simulate it themselves. */
function p99With(provisioned: number): number {
  const known = p99s.get(provisioned);
  if (known !== undefined) return known;
  const p99 = simulate({
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
  p99s.set(provisioned, p99);
  return p99;
}

const count = (a: unknown): a is number => Number.isInteger(a) && (a as number) >= 0 && (a as number) <= 1000;
const meets = (a: unknown) => count(a) && p99With(a) < P99_TARGET_MS;
/** The rush: 150 requests per second of 200 ms (median), so about 30 in flight on average. */
const LITTLE = 150 * 0.2;

export default defineChecks<Answer>([
  {
    name: 'The answer is a whole number of environments',
    hints: [
      'export default the count you found, not the simulation result.',
      'Provisioned concurrency is a number of pre-initialized environments: a whole number from 0 up.',
      'For example `export default smallest;` where smallest is a number such as 7.',
    ],
    mistakes: {
      'not-a-count':
        'Return the count itself (a number such as 7), not a simulation result or an object: the checks simulate your count themselves.',
    },
    diagnose: (a) => (typeof a === 'object' ? 'not-a-count' : undefined),
    test: count,
  },
  {
    name: `With your count, p99 is under ${P99_TARGET_MS} ms`,
    hints: [
      'During the rush, how many requests still land on a brand-new Java environment?',
      'p99 meets the target only when fewer than 1% of requests wait for INIT. Each provisioned environment takes one more of the rush’s simultaneous requests off the cold path.',
      'Try counts upwards from the average in flight during the rush (150 per second × about 0.2 s) until p99 drops under the target.',
    ],
    mistakes: {
      'not-a-count': 'Return a whole number of environments; the checks simulate it.',
      none: 'With no provisioned concurrency, every rush request that finds no idle environment waits for a Java INIT of a second or more: far more than 1% of them. Provision some.',
      'average-only':
        'This is about the average in flight during the rush (Little’s law), but requests arrive at random: at the peaks more are in flight than the average, and each one beyond your count starts cold. Go a little higher.',
      'too-few':
        'Not enough yet: during the rush more than 1% of requests still wait for INIT. Raise the count one at a time.',
    },
    diagnose: (a) => {
      if (!count(a)) return 'not-a-count';
      if (a === 0) return 'none';
      if (Math.abs(a - LITTLE) <= 2) return 'average-only';
      return 'too-few';
    },
    test: meets,
  },
  {
    name: 'No smaller count meets the target',
    hints: [
      'Does one environment fewer still meet the target? Each one is billed all day.',
      'The smallest count is the one that meets the target while one fewer misses it: search step by step (the simulator is deterministic).',
      'Step down from your count until the next step down misses the target.',
    ],
    mistakes: {
      'meet-first':
        'First meet the target (the check above); this check asks whether a smaller count would also meet it.',
      'rate-as-count':
        'That is the rush’s request rate, not the number in flight: 150 per second of 0.2 s requests keeps far fewer busy at once. A much smaller count meets the target.',
      'too-many':
        'Your count meets the target, but so does a smaller one, and every provisioned environment is billed whether used or not. Step down.',
    },
    diagnose: (a) => {
      if (!meets(a)) return 'meet-first';
      return a === 150 ? 'rate-as-count' : 'too-many';
    },
    test: (a) => meets(a) && (a === 0 || !meets(a - 1)),
  },
]);
