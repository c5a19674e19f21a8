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

/** Every pattern multiplied by `factor` (rates and burst sizes); replayed timestamps cannot be scaled. */
function scaled(arrivals: ArrivalsSpec, factor: number): ArrivalsSpec {
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
  return Array.isArray(arrivals) ? arrivals.map(scale) : scale(arrivals as ArrivalPattern);
}

/** Scales every pattern so the mean rate over the horizon becomes `rate` req/s, keeping its shape. */
export function withMeanRate(arrivals: ArrivalsSpec, rate: number, horizonS: number): ArrivalsSpec {
  const current = meanRate(arrivals, horizonS);
  if (current <= 0) return makeArrivals(arrivalKindOf(arrivals) ?? 'poisson', rate, horizonS);
  return scaled(arrivals, rate / current);
}

/**
 * What the rate control means for a function's arrivals, so its label says what the learner moves:
 * - `rate`: a steady rate (constant, Poisson), req/s;
 * - `peak`: the highest rate of a ramp or of steps, req/s (the whole pattern scales with it);
 * - `daily-mean`: a daily cycle's mean, req/s (its peak is higher);
 * - `count`: the size of a burst, requests;
 * - `scale`: several patterns together, as a multiple of the lesson's traffic;
 * - `fixed`: replayed timestamps, which cannot be scaled.
 */
export type RateMeaning = 'rate' | 'peak' | 'daily-mean' | 'count' | 'scale' | 'fixed';

/** The meaning of the rate control for these arrivals (see {@link RateMeaning}). */
export function rateMeaning(arrivals: ArrivalsSpec): RateMeaning {
  const list = patterns(arrivals);
  if (list.length !== 1) {
    // Steady patterns add a constant to one varying one, so the peaks add up exactly; otherwise scale.
    const varying = list.filter((p) => p.kind !== 'constant' && p.kind !== 'poisson');
    const [only] = varying;
    if (varying.length === 0) return 'rate';
    return varying.length === 1 && only && rateMeaning(only) === 'peak' ? 'peak' : 'scale';
  }
  const p = list[0];
  switch (p?.kind) {
    case 'constant':
    case 'poisson':
      return 'rate';
    case 'ramp':
    case 'steps':
      return 'peak';
    case 'diurnal':
      return 'daily-mean';
    case 'burst':
      return 'count';
    default:
      return 'fixed';
  }
}

/** The number the rate control shows: its meaning's value (a multiple of 1 for `scale`). */
export function rateLevel(arrivals: ArrivalsSpec, horizonS: number): number {
  const list = patterns(arrivals);
  const p = list[0];
  if (list.length > 1 && rateMeaning(arrivals) !== 'scale') {
    return list.reduce((sum, one) => sum + rateLevel(one, horizonS), 0);
  }
  switch (rateMeaning(arrivals)) {
    case 'scale':
      return 1;
    case 'count':
      return p?.kind === 'burst' ? p.count : 0;
    case 'peak':
      if (p?.kind === 'ramp') return Math.max(p.fromPerSecond, p.toPerSecond);
      if (p?.kind === 'steps') return Math.max(0, ...p.steps.map((s) => s.ratePerSecond));
      return 0;
    default:
      return meanRate(arrivals, horizonS);
  }
}

/**
 * The arrivals with the rate control set to `level` (in its {@link RateMeaning}): the whole pattern scales
 * so that number becomes `level`. For `scale`, `level` multiplies the arrivals as given.
 */
export function withRateLevel(arrivals: ArrivalsSpec, level: number, horizonS: number): ArrivalsSpec {
  const meaning = rateMeaning(arrivals);
  if (meaning === 'fixed') return arrivals;
  if (meaning === 'scale') return scaled(arrivals, level);
  const current = rateLevel(arrivals, horizonS);
  if (current <= 0) return makeArrivals(arrivalKindOf(arrivals) ?? 'poisson', level, horizonS);
  return scaled(arrivals, level / current);
}
