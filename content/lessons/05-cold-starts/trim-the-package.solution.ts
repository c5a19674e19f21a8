import { coldStartPreset, type SimulationResult, simulate } from '@lab/sim';

// `checkout` imports everything: the whole AWS SDK, an ORM, a PDF library,
// two date libraries… A bundle analysis says the handler really needs about
// 4 MB of it. Bundled and tree-shaken: only the handler's own code and the
// two SDK clients it calls.
const packageMb = 4;

const result = simulate({
  seed: 11,
  horizonSeconds: 1800,
  functions: [
    {
      name: 'checkout',
      memoryMb: 512,
      timeoutMs: 10_000,
      initMs: coldStartPreset({ runtime: 'nodejs22.x', packageMb, memoryMb: 512 }),
      durationMs: { kind: 'lognormal', medianMs: 80, p99Ms: 300 },
      // Calm traffic with two 20-second rushes when a marketing e-mail goes
      // out.
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
});

console.log('p99 latency (ms):', Math.round(result.total.latencyMs.p99));
console.log('cold starts:', result.total.coldStarts, 'of', result.total.requests, 'requests');

/** The answer: the package size you ship, and the simulation of it. */
export type Answer = { packageMb: number; result: SimulationResult };

export default { packageMb, result } satisfies Answer;
