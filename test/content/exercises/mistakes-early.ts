/** Typical wrong answers to the exercises of lessons 1–4, each with the mistake its first hint must name. */
import type { TypicalMistake } from './typical-mistake.ts';

const fleet = (steady: number, spiky: number, cheap: [string, string] = ['vm', 'functions']) => ({
  steady: { servers: steady, cheaper: cheap[0] },
  spiky: { servers: spiky, cheaper: cheap[1] },
});
const plans = (p: number[]) => p;
const limits = (checkout: number | undefined, reports: number | undefined) => ({ checkout, reports });
const reuse = (environments: number, coldStarts: number) => ({ environments, coldStarts });

/** Per exercise (`NN-slug/name`) of lessons 1–4: typical wrong answers. */
export const TYPICAL_MISTAKES_EARLY: Record<string, TypicalMistake[]> = {
  '01-compute-spectrum/fleet-or-functions': [
    {
      mistake: 'rounds 3.75 VMs down to 3',
      answer: fleet(3, 8),
      check: 'The steady hour: your fleet',
      diagnosis: 'rounded-down',
    },
    {
      mistake: 'sizes the spiky fleet for the hour’s average',
      answer: fleet(4, 2),
      check: 'The spiky hour: your fleet',
      diagnosis: 'sized-for-average',
    },
    {
      mistake: 'a fleet bigger than needed',
      answer: fleet(5, 8),
      check: 'The steady hour: no smaller',
      diagnosis: 'too-big',
    },
    {
      mistake: 'half a VM',
      answer: fleet(3.75, 8),
      check: 'The steady hour: your fleet',
      diagnosis: 'not-whole',
    },
    {
      mistake: 'the same option for both hours',
      answer: fleet(4, 8, ['functions', 'functions']),
      check: 'For each hour',
      diagnosis: 'same-answer',
    },
    {
      mistake: 'both the wrong way round',
      answer: fleet(4, 8, ['functions', 'vm']),
      check: 'For each hour',
      diagnosis: 'swapped',
    },
    {
      mistake: 'names the cheaper option before sizing',
      answer: fleet(2, 8),
      check: 'For each hour',
      diagnosis: 'size-first',
    },
  ],
  '02-concurrency/size-it': [
    {
      mistake: 'milliseconds not converted',
      answer: plans([100_000, 60_000, 60_000, 10_000, 100_000]),
      check: 'Checkout',
      diagnosis: 'milliseconds',
    },
    {
      mistake: 'sizes the phase with the highest rate',
      answer: plans([100, 60, 30, 10, 100]),
      check: 'Orders',
      diagnosis: 'busiest-rate-only',
    },
    {
      mistake: 'plans for the whole-traffic average',
      answer: plans([100, 18.4, 45, 10, 9.55]),
      check: 'Search',
      diagnosis: 'whole-traffic-average',
    },
    {
      mistake: 'returns a rate, not a concurrency',
      answer: plans([250, 400, 300, 0.5, 2000]),
      check: 'Ticket sale',
      diagnosis: 'rate-not-concurrency',
    },
    {
      mistake: 'a plan somewhat too high',
      answer: plans([100, 60, 60, 10, 150]),
      check: 'Ticket sale',
      diagnosis: 'too-high',
    },
    {
      mistake: 'a plan somewhat too low',
      answer: plans([100, 60, 60, 7, 100]),
      check: 'Video',
      diagnosis: 'too-low',
    },
  ],
  '03-scaling-and-throttling/protect-checkout': [
    {
      mistake: 'reserves nothing',
      answer: limits(undefined, undefined),
      check: 'Checkout is never',
      diagnosis: 'nothing-reserved',
    },
    {
      mistake: 'reserves the normal-day average',
      answer: limits(50, undefined),
      check: 'Checkout is never',
      diagnosis: 'reserved-the-mean',
    },
    {
      mistake: 'forgets the promotion',
      answer: limits(100, undefined),
      check: 'Checkout is never',
      diagnosis: 'forgot-promotion',
    },
    {
      mistake: 'no headroom above the promotion’s mean',
      answer: limits(120, undefined),
      check: 'Checkout is never',
      diagnosis: 'no-headroom',
    },
    {
      mistake: 'caps reports too high',
      answer: limits(undefined, 880),
      check: 'Checkout is never',
      diagnosis: 'reports-cap-too-high',
    },
    {
      mistake: 'reserves far more than checkout uses',
      answer: limits(300, undefined),
      check: 'Reports still',
      diagnosis: 'checkout-too-big',
    },
    {
      mistake: 'caps reports too low',
      answer: limits(undefined, 500),
      check: 'Reports still',
      diagnosis: 'reports-capped',
    },
    {
      mistake: 'reserves for both, over the account',
      answer: limits(500, 500),
      check: 'Your limits are valid',
      diagnosis: 'over-reserved',
    },
  ],
  '04-environment-reuse/predict-reuse': [
    {
      mistake: 'every request a new environment',
      answer: reuse(55, 55),
      check: 'Your environment count',
      diagnosis: 'no-reuse',
    },
    {
      mistake: 'environments never reclaimed',
      answer: reuse(20, 20),
      check: 'Your environment count',
      diagnosis: 'never-reclaimed',
    },
    {
      mistake: 'keeps wave 3’s environments alive at 1,200 s',
      answer: reuse(25, 25),
      check: 'Your environment count',
      diagnosis: 'too-low',
    },
    {
      mistake: 'misses a reuse',
      answer: reuse(40, 40),
      check: 'Your environment count',
      diagnosis: 'too-high',
    },
    {
      mistake: 'a fraction',
      answer: reuse(1.5, 1.5),
      check: 'Your environment count',
      diagnosis: 'not-a-count',
    },
    {
      mistake: 'every request cold',
      answer: reuse(35, 55),
      check: 'Your cold-start count',
      diagnosis: 'every-request',
    },
    {
      mistake: 'cold starts not tied to environments',
      answer: reuse(35, 10),
      check: 'Your cold-start count',
      diagnosis: 'not-tied',
    },
  ],
};
