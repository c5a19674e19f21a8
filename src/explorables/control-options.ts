import type { FunctionConfig as FunctionSpec, ReusePolicy, ScalingMode } from '@lab/sim';
import { LEGACY_RATE_PER_MS, PER_FUNCTION_BURST, PER_FUNCTION_RATE_PER_MS } from '@lab/sim';
import type { RateMeaning } from './arrivals.ts';
import type { RangeControl } from './control-def.ts';

const thousands = (n: number) => n.toLocaleString('en-US');

/** How each scaling rule reads in the picker; the rates come from the sim's limits. */
export const SCALING_LABELS: Record<ScalingMode, string> = {
  'per-function': `Per function (+${thousands(PER_FUNCTION_RATE_PER_MS * 10_000)} every 10 s, ${thousands(PER_FUNCTION_BURST)} at once)`,
  'legacy-burst': `Legacy burst (then +${thousands(LEGACY_RATE_PER_MS * 60_000)}/min)`,
  unlimited: 'Unlimited (no scaling limit)',
};

/** How a function is invoked (`FunctionConfig['invocation']`). */
export type Invocation = NonNullable<FunctionSpec['invocation']>;

/** Every invocation type, sync first (the sim's default). */
export const INVOCATIONS = ['sync', 'async'] as const satisfies readonly Invocation[];

/** How each invocation type reads in the picker. */
export const INVOCATION_LABELS: Record<Invocation, string> = {
  sync: 'Synchronous (the caller waits)',
  async: 'Asynchronous (queued, retried)',
};

/** How each reuse policy reads in the picker. */
export const REUSE_LABELS: Record<ReusePolicy, string> = {
  newest: 'Most recently used (newest)',
  oldest: 'Least recently used (oldest)',
  random: 'Any idle one, at random',
};

/** How the rate slider reads for each {@link RateMeaning} of the arrival pattern (what it moves). */
export const RATE_CONTROLS: Record<RateMeaning, Partial<RangeControl>> = {
  rate: {},
  peak: {
    label: 'Peak request rate (req/s)',
    help: 'The busiest rate in the pattern; every part of the pattern scales with it.',
  },
  'daily-mean': {
    label: 'Daily mean rate (req/s)',
    help: 'The mean of the daily cycle; the afternoon peak is higher and scales with it.',
  },
  count: {
    label: 'Burst size (requests)',
    help: 'How many requests arrive at the same instant.',
    min: 1,
    max: 5000,
    step: 1,
    unit: 'requests',
  },
  scale: {
    label: 'Traffic (× the lesson’s)',
    help: 'Multiplies every part of the traffic pattern (1× is the lesson’s).',
    min: 0.1,
    max: 10,
    step: 0.01,
    unit: '×',
  },
  fixed: {
    label: 'Request rate (fixed)',
    help: 'These requests replay recorded times, so their rate cannot be changed here.',
  },
};
