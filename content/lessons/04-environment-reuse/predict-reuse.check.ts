import { defineChecks, type Scenario, simulate } from '@lab/sim';
import type { Answer } from './predict-reuse.solution';

// The four waves of the task (the same scenario as in the starter).
const WAVES = {
  seed: 1,
  horizonSeconds: 1500,
  functions: [
    {
      name: 'api',
      memoryMb: 512,
      durationMs: { kind: 'fixed', valueMs: 200 },
      initMs: { kind: 'fixed', valueMs: 300 },
      idleLifetimeMs: { kind: 'fixed', valueMs: 420_000 },
      arrivals: [
        { kind: 'burst', count: 10, atSeconds: 0 },
        { kind: 'burst', count: 15, atSeconds: 300 },
        { kind: 'burst', count: 10, atSeconds: 600 },
        { kind: 'burst', count: 20, atSeconds: 1200 },
      ],
    },
  ],
} satisfies Scenario;

let truth: ReturnType<typeof simulate> | undefined;
const simulated = () => {
  truth ??= simulate(WAVES);
  return truth.total;
};

export default defineChecks<Answer>([
  {
    name: 'Your environment count matches the simulator',
    hint: 'Go wave by wave. A wave first reuses every environment still alive (used less than 420 s ago); only the requests left over get new ones. Then check which environments were reclaimed before the next wave.',
    test: (a) => a.environments === simulated().environments.created,
  },
  {
    name: 'Your cold-start count matches the simulator',
    hint: 'A cold start happens exactly when a request gets a brand-new environment, so the two numbers are tied. Reused environments give warm starts.',
    test: (a) => a.coldStarts === simulated().coldStarts,
  },
]);
