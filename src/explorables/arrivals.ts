import type { ArrivalPattern, FunctionConfig } from '@lab/sim';

type ArrivalsSpec = FunctionConfig['arrivals'];

/** The arrival shapes a learner can pick in a playground (`arrivalKind` control). */
export const ARRIVAL_KINDS = ['constant', 'poisson', 'burst', 'ramp', 'diurnal'] as const;
/** One selectable arrival shape. */
export type ArrivalKind = (typeof ARRIVAL_KINDS)[number];

/** Labels for the arrival shapes, as a learner reads them. */
export const ARRIVAL_LABELS: Record<ArrivalKind, string> = {
  constant: 'Evenly spaced',
  poisson: 'Random (Poisson)',
  burst: 'All at once (burst)',
  ramp: 'Ramp up from zero',
  diurnal: 'Daily cycle',
};

function patterns(arrivals: ArrivalsSpec): readonly ArrivalPattern[] {
  return Array.isArray(arrivals) ? arrivals : [arrivals as ArrivalPattern];
}

/** Mean request rate (req/s) of one pattern over a horizon of `horizonS` seconds. */
function patternRate(p: ArrivalPattern, horizonS: number): number {
  switch (p.kind) {
    case 'constant':
    case 'poisson':
      return p.ratePerSecond;
    case 'burst':
      return p.count / horizonS;
    case 'ramp': {
      const start = Math.min(p.startSeconds ?? 0, horizonS);
      const end = Math.min(p.endSeconds ?? horizonS, horizonS);
      const span = Math.max(0, end - start);
      // Before the ramp nothing arrives; after it the rate holds at `toPerSecond`.
      return (((p.fromPerSecond + p.toPerSecond) / 2) * span + p.toPerSecond * (horizonS - end)) / horizonS;
    }
    case 'steps': {
      const steps = [...p.steps].sort((a, b) => a.atSeconds - b.atSeconds);
      let total = 0;
      steps.forEach((s, i) => {
        const from = Math.min(s.atSeconds, horizonS);
        const to = Math.min(steps[i + 1]?.atSeconds ?? horizonS, horizonS);
        total += s.ratePerSecond * Math.max(0, to - from);
      });
      return total / horizonS;
    }
    case 'diurnal':
      return p.meanPerSecond;
    case 'replay':
      return p.timestampsMs.filter((t) => t < horizonS * 1000).length / horizonS;
    default:
      return 0;
  }
}

/** Mean request rate (req/s) of a function's arrivals over the horizon: the `ratePerSecond` control. */
export function meanRate(arrivals: ArrivalsSpec, horizonS: number): number {
  return patterns(arrivals).reduce((sum, p) => sum + patternRate(p, horizonS), 0);
}

/** Which selectable shape a function's arrivals have, or `undefined` for a shape the control cannot make. */
export function arrivalKindOf(arrivals: ArrivalsSpec): ArrivalKind | undefined {
  const list = patterns(arrivals);
  const kind = list.length === 1 ? list[0]?.kind : undefined;
  return (ARRIVAL_KINDS as readonly string[]).includes(kind ?? '') ? (kind as ArrivalKind) : undefined;
}

/**
 * A pattern of the given shape whose mean rate over the horizon is `rate` req/s.
 * A burst puts all `rate × horizon` requests at one instant (10% into the horizon, so the lanes show the
 * quiet before it); a ramp climbs from 0 to twice the mean; a daily cycle peaks mid-horizon.
 */
export function makeArrivals(kind: ArrivalKind, rate: number, horizonS: number): ArrivalPattern {
  switch (kind) {
    case 'constant':
      return { kind: 'constant', ratePerSecond: rate };
    case 'poisson':
      return { kind: 'poisson', ratePerSecond: rate };
    case 'burst':
      return {
        kind: 'burst',
        count: Math.max(1, Math.round(rate * horizonS)),
        atSeconds: Math.round(horizonS * 0.1),
      };
    case 'ramp':
      return { kind: 'ramp', fromPerSecond: 0, toPerSecond: 2 * rate, startSeconds: 0, endSeconds: horizonS };
    case 'diurnal':
      return { kind: 'diurnal', meanPerSecond: rate, peakToTrough: 4, peakHour: 14 };
  }
}

/** Scales every pattern so the mean rate over the horizon becomes `rate` req/s, keeping its shape. */
export function withMeanRate(arrivals: ArrivalsSpec, rate: number, horizonS: number): ArrivalsSpec {
  const current = meanRate(arrivals, horizonS);
  const factor = current > 0 ? rate / current : 0;
  const scale = (p: ArrivalPattern): ArrivalPattern => {
    switch (p.kind) {
      case 'constant':
      case 'poisson':
        return { ...p, ratePerSecond: p.ratePerSecond * factor };
      case 'burst':
        return { ...p, count: Math.max(1, Math.round(p.count * factor)) };
      case 'ramp':
        return { ...p, fromPerSecond: p.fromPerSecond * factor, toPerSecond: p.toPerSecond * factor };
      case 'steps':
        return { ...p, steps: p.steps.map((s) => ({ ...s, ratePerSecond: s.ratePerSecond * factor })) };
      case 'diurnal':
        return { ...p, meanPerSecond: p.meanPerSecond * factor };
      default:
        return p;
    }
  };
  if (current <= 0) return makeArrivals(arrivalKindOf(arrivals) ?? 'poisson', rate, horizonS);
  return Array.isArray(arrivals) ? arrivals.map(scale) : scale(arrivals as ArrivalPattern);
}
