import {
  type ArrivalPattern,
  type Distribution,
  defineChecks,
  type FunctionSummary,
  simulate,
} from '@lab/sim';
import type { Answer } from './protect-checkout.solution';

// Checkout's two kinds of day (as in the task) and several floods of reports, most of them not the one the
// task shows. The checks simulate your limits under each combination themselves.
const NORMAL: ArrivalPattern = { kind: 'poisson', ratePerSecond: 100 };
const PROMOTION: ArrivalPattern = {
  kind: 'steps',
  steps: [
    { atSeconds: 0, ratePerSecond: 100 },
    { atSeconds: 20, ratePerSecond: 200 },
    { atSeconds: 170, ratePerSecond: 100 },
  ],
};
const second = (valueMs: number): Distribution => ({ kind: 'fixed', valueMs });
const FLOODS: { checkout: ArrivalPattern; arrivals: ArrivalPattern; durationMs: Distribution }[] = [
  {
    checkout: NORMAL,
    arrivals: {
      kind: 'steps',
      steps: [
        { atSeconds: 0, ratePerSecond: 0 },
        { atSeconds: 60, ratePerSecond: 2000 },
        { atSeconds: 120, ratePerSecond: 0 },
      ],
    },
    durationMs: second(1000),
  },
  { checkout: PROMOTION, arrivals: { kind: 'burst', count: 5000, atSeconds: 30 }, durationMs: second(2000) },
  {
    checkout: NORMAL,
    arrivals: { kind: 'ramp', fromPerSecond: 0, toPerSecond: 1500, startSeconds: 20, endSeconds: 160 },
    durationMs: second(1000),
  },
  {
    checkout: PROMOTION,
    arrivals: {
      kind: 'steps',
      steps: [
        { atSeconds: 0, ratePerSecond: 0 },
        { atSeconds: 30, ratePerSecond: 400 },
        { atSeconds: 150, ratePerSecond: 0 },
      ],
    },
    durationMs: { kind: 'exponential', meanMs: 4000 },
  },
];
/** Reports must keep at least this many environments at its peak, as the task asks. */
const REPORTS_PEAK_FLOOR = 800;

const reserved = (n: number | undefined) => (n === undefined ? {} : { reservedConcurrency: n });
const validLimit = (n: unknown) => n === undefined || (Number.isInteger(n) && (n as number) >= 0);

const runs = new Map<string, { checkout: FunctionSummary; reports: FunctionSummary }[]>();
/** Both functions under every flood, with the learner's limits. */
function underFloods(a: Answer) {
  const key = `${a.checkout}/${a.reports}`;
  let result = runs.get(key);
  if (!result) {
    result = FLOODS.map((flood) => {
      const [checkout, reports] = simulate({
        seed: 4,
        horizonSeconds: 180,
        account: { concurrencyLimit: 1000 },
        functions: [
          {
            name: 'checkout',
            memoryMb: 512,
            timeoutMs: 10_000,
            ...reserved(a.checkout),
            arrivals: flood.checkout,
            durationMs: { kind: 'exponential', meanMs: 500 },
          },
          {
            name: 'reports',
            memoryMb: 1024,
            timeoutMs: 10_000,
            ...reserved(a.reports),
            arrivals: flood.arrivals,
            durationMs: flood.durationMs,
          },
        ],
      }).functions;
      if (!checkout || !reports) throw new Error('the simulation lost a function');
      return { checkout, reports };
    });
    runs.set(key, result);
  }
  return result;
}

export default defineChecks<Answer>([
  {
    name: 'Your limits are valid for an account of 1,000',
    hints: [
      'Each limit is a whole number of concurrent executions, or undefined for none.',
      'Reservations are carved out of the account: at least 100 must stay unreserved for every other function.',
      'Reserve for one function only, or keep the two reservations together at 900 or less.',
    ],
    mistakes: {
      'over-reserved':
        'Together your reservations leave fewer than 100 unreserved executions, which Lambda does not allow. Reserve for one function, not both.',
    },
    diagnose: (a) => ((a.checkout ?? 0) + (a.reports ?? 0) > 900 ? 'over-reserved' : undefined),
    test: (a) =>
      validLimit(a.checkout) && validLimit(a.reports) && (a.checkout ?? 0) + (a.reports ?? 0) <= 900,
  },
  {
    name: 'Checkout is never throttled, on a normal day or a promotion, in any flood',
    hints: [
      'While reports floods, it takes every free slot in the shared pool. What can guarantee checkout its slots?',
      'Reserved concurrency is both a guarantee and a cap: set it above what checkout needs at its busiest, random peaks included. Or cap reports so that the unreserved pool keeps enough for checkout.',
      'At a promotion checkout has 200 × 0.5 = 100 requests in flight on average, and random peaks about a third higher.',
    ],
    mistakes: {
      'nothing-reserved':
        'Nothing is reserved, so in a flood reports takes the whole account and checkout gets 429s. Give checkout a reservedConcurrency, or cap reports.',
      'reserved-the-mean':
        'This reservation covers checkout’s normal average (100 per second × 0.5 s = 50 in flight), but a reservation is also a cap: random peaks above it, and every promotion, are throttled by checkout’s own limit.',
      'forgot-promotion':
        'This holds on a normal day, but during a promotion checkout has about 200 × 0.5 = 100 requests in flight on average: size for the promotion.',
      'no-headroom':
        'Close: this covers the promotion’s average, but requests arrive at random, so the number in flight swings above it. Leave headroom for the peaks (look at checkoutPeak in the output).',
      'reports-cap-too-high':
        'Capping reports works, but your cap leaves too little of the account for checkout’s promotion peaks. Lower the cap on reports.',
    },
    diagnose: (a) => {
      if (a.checkout === undefined && a.reports === undefined) return 'nothing-reserved';
      if (a.checkout === undefined) return 'reports-cap-too-high';
      if (a.checkout <= 75) return 'reserved-the-mean';
      if (a.checkout <= 110) return 'forgot-promotion';
      return 'no-headroom';
    },
    test: (a) => underFloods(a).every((run) => run.checkout.throttled === 0),
  },
  {
    name: 'Reports still gets at least 800 environments at its peak, in every flood',
    hints: [
      'Whatever checkout gets is taken from what reports can use. How much does checkout really need?',
      'A reservation stays reserved even while its function is idle: reserve what the critical function needs at its peak, not more, and do not cap the batch job far below what it needs.',
      'Checkout needs about 140 at a promotion’s peaks; everything it reserves beyond that is taken from reports.',
    ],
    mistakes: {
      'checkout-too-big':
        'Checkout is safe, but its reservation is larger than it ever uses, and reports cannot touch it even while checkout is quiet. Reserve less.',
      'reports-capped':
        'Your cap on reports is below what it needs: the batch job crawls. Cap it higher, or protect checkout with a reservation on checkout instead.',
    },
    diagnose: (a) => ((a.reports ?? 1000) < REPORTS_PEAK_FLOOR ? 'reports-capped' : 'checkout-too-big'),
    test: (a) => underFloods(a).every((run) => run.reports.concurrency.max >= REPORTS_PEAK_FLOOR),
  },
]);
