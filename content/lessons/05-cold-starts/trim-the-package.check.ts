import { coldStartPreset, defineChecks } from '@lab/sim';
import type { Answer } from './trim-the-package.solution';

/** The product team's target for the 99th-percentile latency, ms. */
const P99_TARGET_MS = 500;
/** What the handler really needs, MB (from the task). */
const NEEDED_MB = 4;

const EXPECTED_ARRIVALS = JSON.stringify([
  {
    kind: 'steps',
    steps: [
      { atSeconds: 0, ratePerSecond: 2 },
      { atSeconds: 300, ratePerSecond: 200 },
      { atSeconds: 320, ratePerSecond: 2 },
      { atSeconds: 1200, ratePerSecond: 200 },
      { atSeconds: 1220, ratePerSecond: 2 },
    ],
  },
]);

const fn = (a: Answer) => {
  const f = a.result.scenario.functions[0];
  if (!f) throw new Error('the scenario has no function');
  return f;
};

export default defineChecks<Answer>([
  {
    name: `Ships what the handler needs (${NEEDED_MB} MB or more)`,
    hint: `The handler needs about ${NEEDED_MB} MB of code to run: trimming below that would break it. Set packageMb to ${NEEDED_MB} or more.`,
    test: (a) => a.packageMb >= NEEDED_MB,
  },
  {
    name: 'The simulated INIT matches the package you ship',
    hint: "Keep initMs as coldStartPreset({ runtime: 'nodejs22.x', packageMb, memoryMb: 512 }), so that the simulation reflects the packageMb you return.",
    test: (a) =>
      JSON.stringify(fn(a).initMs) ===
      JSON.stringify(coldStartPreset({ runtime: 'nodejs22.x', packageMb: a.packageMb, memoryMb: 512 })),
  },
  {
    name: 'Same traffic, seed, memory and handler; no provisioned concurrency',
    hint: 'Only packageMb should change. Put back the original arrivals, seed 11, the 1,800 s horizon, 512 MB, the handler duration, and no provisioned concurrency (that is lesson 6).',
    test: (a) => {
      const f = fn(a);
      return (
        a.result.scenario.seed === 11 &&
        a.result.scenario.horizonSeconds === 1800 &&
        f.memoryMb === 512 &&
        JSON.stringify(f.arrivals) === EXPECTED_ARRIVALS &&
        JSON.stringify(f.durationMs) === JSON.stringify({ kind: 'lognormal', medianMs: 80, p99Ms: 300 }) &&
        f.provisionedConcurrency.every((step) => step.count === 0)
      );
    },
  },
  {
    name: `p99 latency under ${P99_TARGET_MS} ms`,
    hint: 'The p99 is still too high: more than 1% of requests hit a cold start during the rushes, and each one waits for INIT. INIT grows with every MB the function loads: ship less.',
    test: (a) => a.result.total.latencyMs.p99 < P99_TARGET_MS,
  },
]);
