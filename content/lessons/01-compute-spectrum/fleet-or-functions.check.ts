import { type Check, compareSpectrum, defineChecks } from '@lab/sim';
import type { Answer } from './fleet-or-functions.solution';

// The two hours of the task. The checks re-run the comparison on the fleet sizes you chose, so they do
// not depend on how the answer was computed.
const work = { kind: 'exponential', meanMs: 500 } as const;
const HOURS = {
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
type Hour = keyof typeof HOURS;
/** Requests in flight on average: the whole hour, and its busiest minutes (Little's law). */
const IN_FLIGHT = { steady: { mean: 30, peak: 30 }, spiky: { mean: (5 * 50 + 120 * 10) / 60 / 2, peak: 60 } };

const runs = new Map<string, ReturnType<typeof compareSpectrum>>();
function compare(hour: Hour, servers: number) {
  const key = `${hour}:${servers}`;
  let run = runs.get(key);
  if (!run) {
    run = compareSpectrum(HOURS[hour], {
      vm: { servers, perServerConcurrency: 8 },
      functions: { memoryMb: 512 },
    });
    runs.set(key, run);
  }
  return run;
}
const wholeFleet = (n: unknown): n is number =>
  Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 100;
const dropsNone = (hour: Hour, n: unknown) => wholeFleet(n) && compare(hour, n).vm.dropped === 0;
const smallest = (hour: Hour, n: number) => dropsNone(hour, n) && (n === 1 || !dropsNone(hour, n - 1));

/** The fleet-size checks of one hour: big enough, then no bigger than needed. */
function fleetChecks(hour: Hour): Check<Answer>[] {
  const { mean, peak } = IN_FLIGHT[hour];
  const label = hour === 'steady' ? 'The steady hour' : 'The spiky hour';
  return [
    {
      name: `${label}: your fleet drops no request`,
      hints: [
        'How many requests are being worked on at the same moment, and how many can one VM hold?',
        'Requests in flight = requests per second × seconds per request. A fleet of n VMs holds 8 × n at once; anything more waits, and a request that waits too long is dropped.',
        hour === 'steady'
          ? '60 per second × 0.5 s = 30 in flight. Divide by 8 per VM and round up, not down.'
          : 'Size for the busiest ten minutes, not the hour: 120 per second × 0.5 s = 60 in flight, ÷ 8 per VM, rounded up.',
      ],
      mistakes: {
        'not-whole': 'A fleet is a whole number of VMs, at least 1.',
        'rounded-down': `Close: ${Math.floor(peak / 8)} VMs hold ${Math.floor(peak / 8) * 8} requests at once, but about ${peak} are in flight at the busiest time, so the rest queue and some are dropped. Round up.`,
        'sized-for-average': `This fleet holds the hour's average (about ${Math.round(mean)} in flight), but for ten minutes 120 requests per second arrive. A fleet cannot grow: size it for the peak.`,
        'too-small':
          'Too few VMs: requests arrive faster than the fleet finishes them, so the queue grows until requests are dropped. Look at the dropped column.',
      },
      diagnose: (a: Answer) => {
        const n = a[hour]?.servers;
        if (!wholeFleet(n)) return 'not-whole';
        if (n === Math.floor(peak / 8)) return 'rounded-down';
        if (hour === 'spiky' && n * 8 >= mean && n * 8 < peak) return 'sized-for-average';
        return 'too-small';
      },
      test: (a: Answer) => dropsNone(hour, a[hour]?.servers),
    },
    {
      name: `${label}: no smaller fleet would do`,
      hints: [
        'Does a smaller fleet also drop nothing? Every VM is paid for every hour, busy or not.',
        'The smallest safe fleet holds the requests in flight at the busiest moment, with the remainder of the division rounded up, and nothing more.',
        `Requests in flight at the busiest moment ÷ 8, rounded up: ${hour === 'steady' ? '30' : '60'} ÷ 8.`,
      ],
      mistakes: {
        'too-big':
          'A smaller fleet also drops no request: you are paying for VMs that only wait. Step down one VM at a time until the next step drops requests.',
        drops:
          'First make the fleet drop nothing (the check above); this one asks whether it could be smaller.',
      },
      diagnose: (a: Answer) => (dropsNone(hour, a[hour]?.servers) ? 'too-big' : 'drops'),
      test: (a: Answer) => wholeFleet(a[hour]?.servers) && smallest(hour, a[hour].servers),
    },
  ];
}

export default defineChecks<Answer>([
  ...fleetChecks('steady'),
  ...fleetChecks('spiky'),
  {
    name: 'For each hour, you named the option that costs less with the right-sized fleet',
    hints: [
      'Compare the costUsd column of the two options, hour by hour, once both fleets drop nothing.',
      'A VM fleet is paid for every server-hour, busy or idle, and must be sized for the peak; functions are paid only while they run.',
      'When traffic is steady, a fleet stays busy and its flat price wins. When the peak lasts ten minutes, the fleet sized for it waits idle for fifty.',
    ],
    mistakes: {
      'size-first':
        'First size both fleets so that they drop nothing: a fleet that drops requests is cheap for a bad reason.',
      'same-answer':
        'You gave the same answer for both hours. The hours differ in shape, not in work per request: which option pays for the quiet fifty minutes of the spiky hour?',
      swapped:
        'Both answers are the wrong way round. Read the costUsd column again: the fleet pays for its size, busy or idle.',
    },
    diagnose: (a: Answer) => {
      if (!smallest('steady', a.steady?.servers) || !smallest('spiky', a.spiky?.servers)) return 'size-first';
      if (a.steady.cheaper === a.spiky.cheaper) return 'same-answer';
      return 'swapped';
    },
    test: (a: Answer) =>
      (['steady', 'spiky'] as const).every((hour) => {
        const n = a[hour]?.servers;
        if (!wholeFleet(n) || !smallest(hour, n)) return false;
        const r = compare(hour, n);
        return a[hour].cheaper === (r.functions.costUsd < r.vm.costUsd ? 'functions' : 'vm');
      }),
  },
]);
