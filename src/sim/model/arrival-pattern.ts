/**
 * Arrival patterns: when requests reach a function. Rates are requests per second, times seconds from the
 * start of the run (replayed timestamps: milliseconds). Part of the public types (`@lab/sim`).
 */

/** Evenly spaced requests, the first at t = 0. @example { kind: 'constant', ratePerSecond: 10 } */
export interface ConstantArrivals {
  kind: 'constant';
  /** Requests per second (> 0). */
  ratePerSecond: number;
}

/** Independent random arrivals (a Poisson process). @example { kind: 'poisson', ratePerSecond: 2.5 } */
export interface PoissonArrivals {
  kind: 'poisson';
  /** Mean requests per second (> 0). */
  ratePerSecond: number;
}

/** `count` requests all at the same instant. @example { kind: 'burst', count: 3000, atSeconds: 0 } */
export interface BurstArrivals {
  kind: 'burst';
  /** Number of requests (1 to 10,000,000). */
  count: number;
  /** When, in seconds from the start (default 0). */
  atSeconds?: number;
}

/**
 * Poisson arrivals whose rate moves linearly from `fromPerSecond` to `toPerSecond` between `startSeconds` and
 * `endSeconds`; it holds `fromPerSecond` before and `toPerSecond` after.
 * @example { kind: 'ramp', fromPerSecond: 0, toPerSecond: 500, endSeconds: 600 }
 */
export interface RampArrivals {
  kind: 'ramp';
  /** Rate at the start, requests per second (≥ 0). */
  fromPerSecond: number;
  /** Rate at the end, requests per second (≥ 0). */
  toPerSecond: number;
  /** Start of the ramp, seconds (default 0). */
  startSeconds?: number;
  /** End of the ramp, seconds (default: the horizon). */
  endSeconds?: number;
}

/** One level of a `steps` pattern. */
export interface RateStep {
  /** From this time on, in seconds. */
  atSeconds: number;
  /** Mean requests per second (≥ 0) until the next step. */
  ratePerSecond: number;
}

/**
 * Poisson arrivals whose rate changes in steps (rate 0 before the first step).
 * @example { kind: 'steps', steps: [{ atSeconds: 0, ratePerSecond: 5 }, { atSeconds: 60, ratePerSecond: 50 }] }
 */
export interface StepsArrivals {
  kind: 'steps';
  /** Steps in increasing `atSeconds` order. */
  steps: readonly RateStep[];
}

/**
 * Poisson arrivals following a daily cosine: highest at `peakHour`, lowest twelve hours later.
 * @example { kind: 'diurnal', meanPerSecond: 20, peakToTrough: 4, peakHour: 14 }
 */
export interface DiurnalArrivals {
  kind: 'diurnal';
  /** Daily mean, requests per second (> 0). */
  meanPerSecond: number;
  /** Peak rate ÷ trough rate (≥ 1; 1 is flat). */
  peakToTrough: number;
  /** Hour of the peak, 0–24 (t = 0 is midnight). */
  peakHour: number;
}

/** Requests at recorded times. @example { kind: 'replay', timestampsMs: [0, 5, 5, 120, 4000] } */
export interface ReplayArrivals {
  kind: 'replay';
  /** Arrival times in milliseconds from the start (any order; each ≥ 0). */
  timestampsMs: readonly number[];
}

/** One arrival pattern. Give an array of them to merge several. */
export type ArrivalPattern =
  | ConstantArrivals
  | PoissonArrivals
  | BurstArrivals
  | RampArrivals
  | StepsArrivals
  | DiurnalArrivals
  | ReplayArrivals;
