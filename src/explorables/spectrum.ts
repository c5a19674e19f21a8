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
  spiky: 'Spiky (quiet, then sudden bursts)',
};

/** The explorer's one day, in seconds. */
export const SPECTRUM_HORIZON_SECONDS = 86_400;

/**
 * A one-day workload of the given shape whose mean rate is `meanPerSecond` req/s and whose requests take
 * 200 ms on average. Spiky: a third of the traffic is a steady trickle, the rest arrives in 12 bursts.
 */
export function spectrumWorkload(shape: WorkloadShape, meanPerSecond: number, seed = 1): Workload {
  const horizonSeconds = SPECTRUM_HORIZON_SECONDS;
  const durationMs = { kind: 'exponential', meanMs: 200 } as const;
  let arrivals: ArrivalPattern | ArrivalPattern[];
  if (shape === 'steady') arrivals = { kind: 'poisson', ratePerSecond: meanPerSecond };
  else if (shape === 'diurnal') arrivals = { kind: 'diurnal', meanPerSecond, peakToTrough: 6, peakHour: 14 };
  else {
    const bursts = 12;
    const perBurst = Math.max(1, Math.round((meanPerSecond * horizonSeconds * (2 / 3)) / bursts));
    arrivals = [
      { kind: 'poisson', ratePerSecond: meanPerSecond / 3 },
      ...Array.from({ length: bursts }, (_, i) => ({
        kind: 'burst' as const,
        count: perBurst,
        atSeconds: Math.round(((i + 0.5) * horizonSeconds) / bursts),
      })),
    ];
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
    `${cheapest.label} cost least (${formatUsd(cheapest.o.costUsd)} for the day); ` +
    `${busiest.label.toLowerCase()} kept their paid capacity busiest (${formatPercent(busiest.o.utilization)})` +
    (drops.length
      ? `; ${drops.map((d) => `${d.label.toLowerCase()} dropped ${formatNumber(d.o.dropped, 0)}`).join(', ')} requests.`
      : '; no requests were dropped.');
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
