import { type ArrivalPattern, simulate } from '@lab/sim';

// Two functions share one account (1,000 concurrent executions).
// `checkout` is critical: 100 requests per second of 500 ms each on a
// normal day, and 200 per second during a promotion. `reports` is a
// batch job that floods the account now and then, in ways you cannot
// predict; while it runs, checkout loses requests.
//
// Choose the limits (reserved concurrency; undefined means none) so
// that checkout is never throttled, on a normal day or during a
// promotion, whatever reports does, and reports still gets at least
// 800 environments when it floods. The checks try several floods,
// not only the one below.
const limits: Limits = { checkout: 150, reports: undefined };

/** Reserved concurrency per function; undefined = none (the function shares the unreserved pool). */
type Limits = { checkout: number | undefined; reports: number | undefined };

const CHECKOUT = {
  normal: { kind: 'poisson', ratePerSecond: 100 },
  promotion: { kind: 'poisson', ratePerSecond: 200 },
} as const satisfies Record<string, ArrivalPattern>;

/** Three minutes of both functions, with one flood of reports from 60 s to 120 s. */
function threeMinutes(checkout: ArrivalPattern, l: Limits) {
  return simulate({
    seed: 4,
    horizonSeconds: 180,
    account: { concurrencyLimit: 1000 },
    functions: [
      {
        name: 'checkout',
        memoryMb: 512,
        timeoutMs: 10_000,
        ...(l.checkout === undefined ? {} : { reservedConcurrency: l.checkout }),
        arrivals: checkout,
        durationMs: { kind: 'exponential', meanMs: 500 },
      },
      {
        name: 'reports',
        memoryMb: 1024,
        timeoutMs: 10_000,
        ...(l.reports === undefined ? {} : { reservedConcurrency: l.reports }),
        arrivals: {
          kind: 'steps',
          steps: [
            { atSeconds: 0, ratePerSecond: 0 },
            { atSeconds: 60, ratePerSecond: 2000 },
            { atSeconds: 120, ratePerSecond: 0 },
          ],
        },
        durationMs: { kind: 'fixed', valueMs: 1000 },
      },
    ],
  });
}

const table: Record<string, { checkoutThrottled: number; checkoutPeak: number; reportsPeak: number }> = {};
for (const day of ['normal', 'promotion'] as const) {
  const [checkout, reports] = threeMinutes(CHECKOUT[day], limits).functions;
  table[day] = {
    checkoutThrottled: checkout?.throttled ?? 0,
    checkoutPeak: checkout?.concurrency.max ?? 0,
    reportsPeak: reports?.concurrency.max ?? 0,
  };
}
console.table(table);

/** The answer: your limits. The checks simulate them under several floods. */
export type Answer = Limits;

export default limits satisfies Answer;
