import { defineChecks, simulate } from '@lab/sim';
import type { Answer } from './size-it.solution';

// The traffic of the task. For each, the checks simulate every phase on its own (long enough to hold about
// 20,000 requests) and take the simulator's mean concurrency in the busiest phase: your plan must land
// within 10% of it.
type Phase = { ratePerSecond: number; meanDurationMs: number; seconds: number };
const TRAFFIC: { label: string; phases: Phase[] }[] = [
  {
    label: 'Checkout (one steady phase)',
    phases: [{ ratePerSecond: 250, meanDurationMs: 400, seconds: 600 }],
  },
  {
    label: 'Search (a lunch rush)',
    phases: [
      { ratePerSecond: 40, meanDurationMs: 200, seconds: 600 },
      { ratePerSecond: 400, meanDurationMs: 150, seconds: 300 },
      { ratePerSecond: 40, meanDurationMs: 200, seconds: 600 },
    ],
  },
  {
    label: 'Orders (fast by day, slow nightly batch)',
    phases: [
      { ratePerSecond: 300, meanDurationMs: 100, seconds: 600 },
      { ratePerSecond: 20, meanDurationMs: 3000, seconds: 600 },
    ],
  },
  {
    label: 'Video transcode (rare and long)',
    phases: [{ ratePerSecond: 0.5, meanDurationMs: 20_000, seconds: 1200 }],
  },
  {
    label: 'Ticket sale (a one-minute spike)',
    phases: [
      { ratePerSecond: 10, meanDurationMs: 50, seconds: 600 },
      { ratePerSecond: 2000, meanDurationMs: 50, seconds: 60 },
    ],
  },
];
const TOLERANCE = 0.1;

/** The simulator's mean concurrency in one phase, run on its own. */
function simulatedPhase(p: Phase): number {
  return simulate({
    seed: 2,
    horizonSeconds: Math.min(7200, Math.max(60, 20_000 / p.ratePerSecond)),
    functions: [
      {
        name: 'api',
        timeoutMs: 120_000,
        initMs: { kind: 'fixed', valueMs: 0 },
        arrivals: { kind: 'poisson', ratePerSecond: p.ratePerSecond },
        durationMs: { kind: 'exponential', meanMs: p.meanDurationMs },
      },
    ],
  }).total.concurrency.mean;
}
const truths = new Map<number, number>();
function truth(i: number): number {
  let t = truths.get(i);
  if (t === undefined) {
    t = Math.max(...(TRAFFIC[i]?.phases ?? []).map(simulatedPhase));
    truths.set(i, t);
  }
  return t;
}
const near = (x: number, target: number, tolerance = TOLERANCE) => Math.abs(x - target) <= target * tolerance;

/** What a typical wrong plan for this traffic would be, by mistake id. */
function typicalMistakes(phases: Phase[]): Record<string, number> {
  const busiest = phases.reduce((a, b) =>
    b.ratePerSecond * b.meanDurationMs > a.ratePerSecond * a.meanDurationMs ? b : a,
  );
  const seconds = phases.reduce((s, p) => s + p.seconds, 0);
  const busiestRate = phases.reduce((a, b) => (b.ratePerSecond > a.ratePerSecond ? b : a));
  return {
    milliseconds: busiest.ratePerSecond * busiest.meanDurationMs,
    'busiest-rate-only': busiestRate.ratePerSecond * (busiestRate.meanDurationMs / 1000),
    'whole-traffic-average':
      phases.reduce((s, p) => s + p.ratePerSecond * (p.meanDurationMs / 1000) * p.seconds, 0) / seconds,
    'rate-not-concurrency': busiestRate.ratePerSecond,
  };
}

export default defineChecks<Answer>([
  {
    name: 'One positive number per traffic description, in order',
    hints: [
      'Return TRAFFIC.map(planFor): one number for each of the five APIs.',
      'Each plan is a count of requests in flight, so a positive number (it may have decimals).',
      'Check that planFor returns a number for every phase list, including a one-phase list.',
    ],
    test: (a) =>
      Array.isArray(a) && a.length === TRAFFIC.length && a.every((x) => Number.isFinite(x) && x > 0),
  },
  ...TRAFFIC.map((t, i) => ({
    name: `${t.label}: your plan matches the simulator's busiest phase`,
    hints: [
      'Which phase has the most requests in flight at once? It is not always the one with the most requests per second.',
      'Little’s law: requests in flight = requests per second × seconds per request. Work it out for every phase and plan for the largest.',
      'For each phase: ratePerSecond × meanDurationMs / 1000, then the maximum over the phases.',
    ] as const,
    mistakes: {
      milliseconds:
        'About 1,000 times too high: the duration is in milliseconds, and Little’s law needs seconds (400 ms is 0.4 s).',
      'busiest-rate-only':
        'You sized the phase with the most requests per second. Another phase has fewer requests but each lasts much longer, so more of them overlap. Compute rate × duration for every phase.',
      'whole-traffic-average':
        'This is the average over all the phases, but capacity is needed in the busiest one: the average hides the peak. Plan for the phase with the most requests in flight.',
      'rate-not-concurrency':
        'This is a request rate (per second), not a number in flight. Multiply by how long each request takes, in seconds.',
      'too-high':
        'Too high: more than the simulator ever has in flight on average in any phase. Check which durations you multiplied with which rates.',
      'too-low':
        'Too low: the simulator has more requests in flight than this during the busiest phase. Did you use every phase, and the duration of that same phase?',
    },
    diagnose: (a: Answer) => {
      const plan = a[i];
      if (plan === undefined || !Number.isFinite(plan)) return undefined;
      const wrong = typicalMistakes(t.phases);
      for (const [id, value] of Object.entries(wrong))
        if (!near(value, truth(i)) && near(plan, value, 0.02)) return id;
      return plan > truth(i) ? 'too-high' : 'too-low';
    },
    test: (a: Answer) => Array.isArray(a) && typeof a[i] === 'number' && near(a[i], truth(i)),
  })),
]);
