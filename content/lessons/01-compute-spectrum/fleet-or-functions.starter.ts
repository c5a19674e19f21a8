import { compareSpectrum } from '@lab/sim';

// Two hours of the same API, 500 ms of work per request on average.
// - The steady hour: 60 requests per second all hour.
// - The spiky hour: 5 per second, except 10 minutes (from 30:00 to
//   40:00) at 120 per second.
// Option A: a fleet of always-on virtual machines (VMs), each able to
//           work on 8 requests at once, paid per server-hour.
// Option B: Lambda functions (512 MB), paid for the time they run.
//
// For each hour: the smallest fleet that drops no request, and which
// option costs less once the fleet is that size.
// TODO: size both fleets and name the cheaper option for each hour.
const steady = { servers: 1, cheaper: 'vm' as 'vm' | 'functions' };
const spiky = { servers: 1, cheaper: 'vm' as 'vm' | 'functions' };

const work = { kind: 'exponential', meanMs: 500 } as const;
const hours = {
  steady: { arrivals: { kind: 'poisson', ratePerSecond: 60 }, durationMs: work, horizonSeconds: 3600 },
  spiky: {
    arrivals: {
      kind: 'steps',
      steps: [
        { atSeconds: 0, ratePerSecond: 5 },
        { atSeconds: 1800, ratePerSecond: 120 },
        { atSeconds: 2400, ratePerSecond: 5 },
      ],
    },
    durationMs: work,
    horizonSeconds: 3600,
  },
} as const;

// The comparison, one table per hour as soon as it is simulated: a row per
// option (cost in US dollars).
for (const [name, answer] of [
  ['steady', steady],
  ['spiky', spiky],
] as const) {
  const r = compareSpectrum(hours[name], {
    vm: { servers: answer.servers, perServerConcurrency: 8 },
    functions: { memoryMb: 512 },
  });
  const rows: Record<string, { dropped: number; costUsd: string; p99Ms: number }> = {};
  for (const option of ['vm', 'functions'] as const) {
    const o = r[option];
    rows[`${name} ${option}`] = {
      dropped: o.dropped,
      costUsd: o.costUsd.toFixed(3),
      p99Ms: Math.round(o.latencyMs.p99),
    };
  }
  console.table(rows);
}

/** The answer: for each hour, the smallest fleet that drops nothing and the cheaper option. */
export type Answer = Record<'steady' | 'spiky', { servers: number; cheaper: 'vm' | 'functions' }>;

export default { steady, spiky } satisfies Answer;
