import type { ArrivalPattern, SpectrumOptions, SpectrumResult, Workload } from '@lab/sim';
import type { RangeControl } from './control-def.ts';
import { formatMs, formatNumber, formatPercent, formatUsd } from './format.ts';
import type { TextAlternative } from './text-alternatives.ts';

/** Workload shapes the spectrum explorer offers. */
export const WORKLOAD_SHAPES = ['steady', 'diurnal', 'spiky'] as const;
/** One workload shape. */
export type WorkloadShape = (typeof WORKLOAD_SHAPES)[number];

/** Labels for the shapes. */
export const SHAPE_LABELS: Record<WorkloadShape, string> = {
  steady: 'Steady (same rate all day)',
  diurnal: 'Daily cycle (busy afternoon, quiet night)',
  spiky: 'Spiky (quiet, then 10-minute rushes)',
};

/** The explorer's one day, in seconds. */
export const SPECTRUM_HORIZON_SECONDS = 86_400;

/** Spiky days: this many spikes, each this long (seconds), carrying this share of the day's requests. */
const SPIKES = 12;
const SPIKE_SECONDS = 600;
const SPIKE_SHARE = 2 / 3;

/** What the learner sets in the explorer. */
export interface SpectrumSettings {
  shape: WorkloadShape;
  /** Mean request rate over the day, req/s (0.5–1,000). */
  meanPerSecond: number;
  /** Mean work per request, ms. @default 200 */
  workMs?: number;
  /** Servers in the VM fleet. @default 2 */
  servers?: number;
  /** The function's memory, MB. @default 128 */
  memoryMb?: number;
}

/** The explorer's rate range, req/s: a day at up to 1,000 req/s (86.4 M requests, computed from rates). */
export const SPECTRUM_RATE_RANGE = { min: 0.5, max: 1000 } as const;
/** The explorer's rate slider: log stops at two significant figures over {@link SPECTRUM_RATE_RANGE}. */
export const SPECTRUM_RATE_CONTROL: RangeControl = {
  key: 'ratePerSecond',
  kind: 'range',
  label: 'Mean request rate (req/s)',
  help: '',
  ...SPECTRUM_RATE_RANGE,
  step: 0.1,
  scale: 'log',
  unit: 'req/s',
};
/** Memory sizes the explorer offers, MB. */
export const SPECTRUM_MEMORY_MB = [128, 256, 512, 1024, 2048] as const;

/** The workload and options `compareSpectrum` gets for the explorer's settings. */
export function spectrumRun(s: SpectrumSettings): { workload: Workload; options: SpectrumOptions } {
  return {
    workload: spectrumWorkload(s.shape, s.meanPerSecond, 1, s.workMs ?? 200),
    options: { vm: { servers: s.servers ?? 2 }, functions: { memoryMb: s.memoryMb ?? 128 } },
  };
}

/**
 * A one-day workload of the given shape whose mean rate is `meanPerSecond` req/s and whose requests take
 * `workMs` (200) ms on average. Daily cycle: 6× more traffic at the 14:00 peak than at the 02:00 trough. Spiky: twelve
 * 10-minute spikes carry two thirds of the requests (8× the mean rate), a trickle carries the rest.
 */
export function spectrumWorkload(
  shape: WorkloadShape,
  meanPerSecond: number,
  seed = 1,
  workMs = 200,
): Workload {
  const horizonSeconds = SPECTRUM_HORIZON_SECONDS;
  const durationMs = { kind: 'exponential', meanMs: workMs } as const;
  let arrivals: ArrivalPattern;
  if (shape === 'steady') arrivals = { kind: 'poisson', ratePerSecond: meanPerSecond };
  else if (shape === 'diurnal') arrivals = { kind: 'diurnal', meanPerSecond, peakToTrough: 6, peakHour: 14 };
  else {
    const total = meanPerSecond * horizonSeconds;
    const spikeRate = (total * SPIKE_SHARE) / (SPIKES * SPIKE_SECONDS);
    const quietRate = (total * (1 - SPIKE_SHARE)) / (horizonSeconds - SPIKES * SPIKE_SECONDS);
    const every = horizonSeconds / SPIKES;
    arrivals = {
      kind: 'steps',
      steps: Array.from({ length: SPIKES }, (_, i) => [
        { atSeconds: i * every, ratePerSecond: quietRate },
        { atSeconds: i * every + every / 2, ratePerSecond: spikeRate },
        { atSeconds: i * every + every / 2 + SPIKE_SECONDS, ratePerSecond: quietRate },
      ]).flat(),
    };
  }
  return { arrivals, durationMs, horizonSeconds, seed };
}

/** The three columns in display order, with labels. */
export const SPECTRUM_COLUMNS = [
  { key: 'vm', label: 'VM fleet' },
  { key: 'containers', label: 'Containers' },
  { key: 'functions', label: 'Functions (Lambda)' },
] as const;

/** Share of requests a column may drop and still count as serving the day (0.1%). */
const DROP_TOLERANCE = 0.001;

/**
 * Text alternative and table for a spectrum result. The verdict names the cheapest column that serves the day
 * (drops at most 0.1%), and says so when a cheaper one only gets there by dropping requests.
 */
export function describeSpectrum(result: SpectrumResult): TextAlternative {
  const cols = SPECTRUM_COLUMNS.map((c) => ({ ...c, o: result[c.key] }));
  const serves = (c: (typeof cols)[number]) => c.o.dropped <= DROP_TOLERANCE * c.o.requests;
  const cheapest = (list: typeof cols) => list.reduce((a, b) => (b.o.costUsd < a.o.costUsd ? b : a));
  const best = cheapest(cols);
  const serving = cols.filter(serves);
  const bestServing = serving.length > 0 ? cheapest(serving) : null;
  const vm = result.vm;
  const drops = cols.filter((c) => c.o.dropped > 0);
  let sentence =
    bestServing === best
      ? `Cheapest: ${best.label}, ${formatUsd(best.o.costUsd)} for the day. `
      : `Cheapest: ${best.label} (${formatUsd(best.o.costUsd)}), but only by dropping requests; ` +
        (bestServing
          ? `cheapest that serves the day: ${bestServing.label}, ${formatUsd(bestServing.o.costUsd)}. `
          : 'none of the three serves the whole day. ');
  sentence +=
    `The VM fleet is busy ${formatPercent(vm.utilization)} of the time it is paid for. ` +
    (drops.length
      ? `Dropped requests: ${drops.map((d) => `${d.label} ${formatNumber(d.o.dropped, 0)}`).join(', ')}.`
      : 'No requests were dropped.');
  return {
    sentence,
    table: {
      caption:
        result.method === 'fast'
          ? 'One day of the same workload on three kinds of compute (expected values, computed from rates)'
          : 'One day of the same workload on three kinds of compute',
      columns: [
        'Compute',
        'Cost (USD/day)',
        'Utilization',
        'Latency p50',
        'Latency p99',
        'Dropped',
        'Queued',
        'Cold starts',
      ],
      rows: cols.map((c) => [
        c.label,
        formatUsd(c.o.costUsd),
        formatPercent(c.o.utilization),
        formatMs(c.o.latencyMs.p50),
        formatMs(c.o.latencyMs.p99),
        formatNumber(c.o.dropped, 0),
        formatNumber(c.o.queued, 0),
        c.key === 'functions' ? formatNumber(c.o.coldStarts, 0) : '—',
      ]),
    },
  };
}
