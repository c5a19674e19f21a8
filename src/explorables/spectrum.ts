import type { ArrivalPattern, SpectrumResult, Workload } from '@lab/sim';
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

/**
 * A one-day workload of the given shape whose mean rate is `meanPerSecond` req/s and whose requests take
 * 200 ms on average. Daily cycle: 6× more traffic at the 14:00 peak than at the 02:00 trough. Spiky: twelve
 * 10-minute spikes carry two thirds of the requests (8× the mean rate), a trickle carries the rest.
 */
export function spectrumWorkload(shape: WorkloadShape, meanPerSecond: number, seed = 1): Workload {
  const horizonSeconds = SPECTRUM_HORIZON_SECONDS;
  const durationMs = { kind: 'exponential', meanMs: 200 } as const;
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

/** Text alternative and table for a spectrum result. */
export function describeSpectrum(result: SpectrumResult): TextAlternative {
  const cols = SPECTRUM_COLUMNS.map((c) => ({ ...c, o: result[c.key] }));
  const cheapest = cols.reduce((a, b) => (b.o.costUsd < a.o.costUsd ? b : a));
  const busiest = cols.reduce((a, b) => (b.o.utilization > a.o.utilization ? b : a));
  const drops = cols.filter((c) => c.o.dropped > 0);
  const sentence =
    `Cheapest: ${cheapest.label}, ${formatUsd(cheapest.o.costUsd)} for the day. ` +
    `Busiest paid capacity: ${busiest.label}, ${formatPercent(busiest.o.utilization)} utilized. ` +
    (drops.length
      ? `Dropped requests: ${drops.map((d) => `${d.label} ${formatNumber(d.o.dropped, 0)}`).join(', ')}.`
      : 'No requests were dropped.');
  return {
    sentence,
    table: {
      caption: 'One day of the same workload on three kinds of compute',
      columns: [
        'Compute',
        'Cost (USD/day)',
        'Utilization',
        'Latency p50',
        'Latency p99',
        'Dropped',
        'Queued',
      ],
      rows: cols.map((c) => [
        c.label,
        formatUsd(c.o.costUsd),
        formatPercent(c.o.utilization),
        formatMs(c.o.latencyMs.p50),
        formatMs(c.o.latencyMs.p99),
        formatNumber(c.o.dropped, 0),
        formatNumber(c.o.queued, 0),
      ]),
    },
  };
}
