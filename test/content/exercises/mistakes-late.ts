/** Typical wrong answers to the exercises of lessons 5–8, each with the mistake its first hint must name. */
import { coldStartPreset, type FunctionConfig, type Scenario } from '@lab/sim';
import { halfHour as lesson5HalfHour } from '../../../content/lessons/05-cold-starts/trim-the-package.check.ts';
import capstone from '../../../content/lessons/08-capstone/day.solution.ts';
import type { TypicalMistake } from './typical-mistake.ts';

const trim = (packageMb: number, memoryMb: number, coldMedianDropMs: number) => ({
  packageMb,
  memoryMb,
  coldMedianDropMs,
});
const cost = (memoryMb: number, architecture: string) => ({ memoryMb, architecture });
/** A drop from the starter (48 MB, 512 MB) to 4 MB at 576 MB: of the cold p50, the cold p99, or all requests' p50. */
function coldDrop(which: 'p50' | 'p99' | 'all'): number {
  const before = lesson5HalfHour(48, 512).latencyMs;
  const after = lesson5HalfHour(4, 576).latencyMs;
  if (which === 'all') return before.p50 - after.p50;
  return before.cold[which] - after.cold[which];
}
type Fn = FunctionConfig & { name: string };
/** Lesson 8's solution with one change. */
function day(change: (fns: { checkout: Fn; reports: Fn }) => void): Scenario {
  const d = structuredClone(capstone) as Scenario & { functions: Fn[] };
  const [checkout, reports] = d.functions;
  if (!checkout || !reports) throw new Error('the capstone solution has two functions');
  change({ checkout, reports });
  return d;
}

/** Per exercise (`NN-slug/name`) of lessons 5–8: typical wrong answers. */
export const TYPICAL_MISTAKES_LATE: Record<string, TypicalMistake[]> = {
  '05-cold-starts/trim-the-package': [
    {
      mistake: 'raises memory but keeps 48 MB',
      answer: trim(48, 3008, 0),
      check: 'Cold-start p99',
      diagnosis: 'memory-only',
    },
    {
      mistake: 'trims but keeps 512 MB',
      answer: trim(4, 512, 0),
      check: 'Cold-start p99',
      diagnosis: 'trim-only',
    },
    {
      mistake: 'trims only part of the package',
      answer: trim(10, 512, 0),
      check: 'Cold-start p99',
      diagnosis: 'not-trimmed-enough',
    },
    {
      mistake: 'a full vCPU of memory',
      answer: trim(4, 1769, 0),
      check: 'Costs at most',
      diagnosis: 'too-much-memory',
    },
    {
      mistake: 'pays memory instead of trimming',
      answer: trim(5, 704, 0),
      check: 'Costs at most',
      diagnosis: 'package-for-memory',
    },
    {
      mistake: 'ships less than the handler needs',
      answer: trim(2, 576, 0),
      check: 'Ships what',
      diagnosis: 'below-needed',
    },
    {
      mistake: 'the cold p99 drop',
      answer: trim(4, 576, coldDrop('p99')),
      check: 'Your drop',
      diagnosis: 'used-p99',
    },
    {
      mistake: 'the median of all requests',
      answer: trim(4, 576, coldDrop('all')),
      check: 'Your drop',
      diagnosis: 'all-requests',
    },
    {
      mistake: 'seconds',
      answer: trim(4, 576, coldDrop('p50') / 1000),
      check: 'Your drop',
      diagnosis: 'seconds',
    },
    {
      mistake: 'after − before',
      answer: trim(4, 576, -coldDrop('p50')),
      check: 'Your drop',
      diagnosis: 'wrong-sign',
    },
    { mistake: 'a typed number', answer: trim(4, 576, 1000), check: 'Your drop', diagnosis: 'not-computed' },
  ],
  '06-provisioned-concurrency/smallest-provisioned': [
    { mistake: 'none provisioned (the starter)', answer: 0, check: 'With your count', diagnosis: 'none' },
    {
      mistake: 'the rush’s average in flight',
      answer: 30,
      check: 'With your count',
      diagnosis: 'average-only',
    },
    { mistake: 'too few', answer: 20, check: 'With your count', diagnosis: 'too-few' },
    {
      mistake: 'the starter on the smallest check',
      answer: 0,
      check: 'No smaller count',
      diagnosis: 'meet-first',
    },
    {
      mistake: 'the request rate as a count',
      answer: 150,
      check: 'No smaller count',
      diagnosis: 'rate-as-count',
    },
    { mistake: 'more than needed', answer: 40, check: 'No smaller count', diagnosis: 'too-many' },
    {
      mistake: 'the result object',
      answer: { total: { latencyMs: { p99: 900 } } },
      check: 'The answer is a whole',
      diagnosis: 'not-a-count',
    },
  ],
  '07-cost/cheapest-slo': [
    {
      mistake: 'the starter: too little memory',
      answer: cost(512, 'x86_64'),
      check: 'Meets the SLO',
      diagnosis: 'too-little-memory',
    },
    {
      mistake: 'the starter on the cost check',
      answer: cost(512, 'x86_64'),
      check: 'Within 3%',
      diagnosis: 'slo-first',
    },
    {
      mistake: 'arm64 with x86_64’s memory',
      answer: cost(1536, 'arm64'),
      check: 'Meets the SLO',
      diagnosis: 'arm-slower',
    },
    {
      mistake: 'memory past a full vCPU',
      answer: cost(3008, 'arm64'),
      check: 'Within 3%',
      diagnosis: 'beyond-full-cpu',
    },
    { mistake: 'x86_64 only', answer: cost(1536, 'x86_64'), check: 'Within 3%', diagnosis: 'try-arm' },
  ],
  '08-capstone/day': [
    {
      mistake: 'reports uncapped',
      answer: day((d) => delete d.reports.reservedConcurrency),
      check: 'checkout is never throttled',
      diagnosis: 'reports-uncapped',
    },
    {
      mistake: 'reports switched off',
      answer: day((d) => {
        d.reports.reservedConcurrency = 0;
      }),
      check: 'Every reports event',
      diagnosis: 'reports-stopped',
    },
    {
      mistake: 'package not trimmed',
      answer: day((d) => {
        delete d.checkout.provisionedConcurrency;
        d.checkout.initMs = coldStartPreset({
          runtime: 'nodejs22.x',
          packageMb: 30,
          memoryMb: d.checkout.memoryMb ?? 320,
        });
      }),
      check: 'checkout’s p99',
      diagnosis: 'package-untrimmed',
    },
    {
      mistake: 'no provisioned concurrency',
      answer: day((d) => delete d.checkout.provisionedConcurrency),
      check: 'checkout’s p99',
      diagnosis: 'no-provisioned',
    },
    {
      mistake: 'provisioned all day',
      answer: day((d) => {
        d.checkout.provisionedConcurrency = 240;
      }),
      check: 'Cost within',
      diagnosis: 'provisioned-all-day',
    },
    {
      mistake: 'raised a minute before the push',
      answer: day((d) => {
        d.checkout.provisionedConcurrency = [
          { atSeconds: 0, count: 0 },
          { atSeconds: 18 * 3600 - 60, count: 240 },
          { atSeconds: 18 * 3600 + 300, count: 0 },
        ];
      }),
      check: 'Provisioned concurrency is scheduled',
      diagnosis: 'raised-late',
    },
  ],
};
