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

/** Typical wrong totals and the mistake each shows (the truth is 35 for these waves). */
const TYPICAL: Record<number, string> = { 55: 'no-reuse', 20: 'never-reclaimed', 15: 'never-reclaimed' };
const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

export default defineChecks<Answer>([
  {
    name: 'Your environment count matches the simulator',
    hints: [
      'Go wave by wave, and for each wave ask: which environments are still alive when it arrives?',
      'A wave first reuses every environment still alive (last used less than 420 s before); only the requests left over get new ones. An environment is reclaimed 420 s after its last request, not its first.',
      'Wave 1 creates 10. Wave 2 reuses those 10 and adds 5. Wave 3 finds 15 idle. At 1,200 s, the environments last used at 600 s went at 1,020 s, and the others earlier.',
    ],
    mistakes: {
      'not-a-count':
        'environments must be a whole number (a count of environments), not a result or a fraction.',
      'no-reuse':
        'This counts a new environment for every request. Between waves, environments wait idle for 420 s and the next wave reuses them: count only the requests left over.',
      'never-reclaimed':
        'This assumes the environments live for ever. An idle environment is reclaimed 420 s after its last request: are any still alive at 1,200 s?',
      'too-low':
        'Too low: the simulator creates more environments than that. Check the last wave: how long ago were the survivors of wave 3 last used, and do they outlive 420 s?',
      'too-high':
        'Too high: some waves reuse environments that are still alive. Check waves 2 and 3: when were those environments last used?',
    },
    diagnose: (a) => {
      if (!whole(a.environments)) return 'not-a-count';
      const typical = TYPICAL[a.environments];
      if (typical) return typical;
      return a.environments < simulated().environments.created ? 'too-low' : 'too-high';
    },
    test: (a) => a.environments === simulated().environments.created,
  },
  {
    name: 'Your cold-start count matches the simulator',
    hints: [
      'When exactly does a request have a cold start?',
      'A cold start happens exactly when a request gets a brand-new environment; reused environments give warm starts. So the two numbers are tied.',
      'Every new environment begins with exactly one cold start: the same count as environments.',
    ],
    mistakes: {
      'not-a-count': 'coldStarts must be a whole number of requests.',
      'every-request':
        'This counts every request as cold. Only a request that gets a new environment waits for INIT; reused ones start warm.',
      'not-tied':
        'Your two numbers differ. Each new environment is created for one request, and that request is the one cold start: the counts are equal.',
    },
    diagnose: (a) => {
      if (!whole(a.coldStarts)) return 'not-a-count';
      if (a.coldStarts === 55) return 'every-request';
      return a.coldStarts !== a.environments ? 'not-tied' : undefined;
    },
    test: (a) => a.coldStarts === simulated().coldStarts,
  },
]);
