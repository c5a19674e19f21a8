/**
 * The climb after a jump in the arrival rate, simulated (functions-fast.ts). When the rate jumps, arrivals find
 * no environment free and each cold one spends INIT before it works, so concurrency climbs past the new λ/μ
 * before the first environments are free again. How high it climbs is a maximum over a path whose spread is
 * wider than Poisson (the more arrivals, the more of them are cold and held by INIT) and whose peak is brief:
 * no closed form holds it to 1%, so the fast path simulates the climb itself, request by request, many times
 * over, and hands the level model the share of climbs that reached each level.
 *
 * One climb: Poisson arrivals at λ, exponential work at μ, INIT drawn from its distribution; `pool`
 * environments exist at the jump and Poisson(`n0`) requests are working in them. An arrival takes a free
 * environment if there is one, else creates one (a cold start) and works after its INIT. No environment
 * expires during a climb (it lasts seconds; the idle lifetime is minutes). The climb ends two mean works after
 * the mean path's peak, once no INIT is left running.
 */

import type { Rng } from '../random/rng.ts';
import type { Sampler } from '../random/sampler.ts';
import { ControlledMean } from './control-variates.ts';
import { poissonBand } from './poisson-band.ts';

/** What `simulateClimbs` needs. */
export interface ClimbInput {
  /** Mean requests working at the jump (all in environments of the pool). */
  n0: number;
  /** Environments at the jump. */
  pool: number;
  lambdaPerS: number;
  muPerS: number;
  /** INIT durations, ms. */
  init: Sampler;
  /** Most environments at once: arrivals that find this many busy are throttled. */
  limit: number;
  /** Seconds after the jump when no new level is likely any more (the mean path's peak + two works). */
  untilS: number;
}

/** Climbs are run in batches of this many until the mean top is known well enough. */
const BATCH = 64;
/** Stop when the mean top's standard error is below this share of it or a tenth of a level… */
const REL_SE = 0.0025;
const ABS_SE = 0.1;
/** …or when the climbs have simulated about this many arrivals in all (a jump far above 1,000 req/s). */
const MAX_ARRIVALS = 600_000;
/** The climb's time is cut in this many slices; the arrivals in each are a control variate. */
const SLICES = 16;

/** The climbs' outcome: per level j (index j, up to `limit`), the share that ended with at least j environments. */
export interface Climbs {
  reached: Float64Array;
  runs: number;
  /** Mean environments at the end (controlled), and its standard error. */
  mean: number;
  se: number;
}

/**
 * Runs climbs in batches of 64 until the mean top's standard error is under 0.25% of it or 0.1 level (at least
 * 128 climbs, at most about 600,000 arrivals in all). A day's cold starts are hundreds to thousands, so even
 * twelve equal jumps sharing one set of climbs move it by well under 1%. The mean is sharpened by control
 * variates (control-variates.ts: the requests working at the jump and the arrivals in each sixteenth of the
 * climb, whose means are known), which explain about 60% of the tops' variance; the shares reached are
 * shifted by the correction.
 */
export function simulateClimbs(c: ClimbInput, rng: Rng): Climbs {
  const counts = new Float64Array(c.limit + 1);
  const heap = new Float64Array(c.limit + 1);
  // The requests working at the jump: Poisson(n0), drawn by inverting its distribution over its band.
  const pmf = new Float64Array(c.limit + 1);
  const band = poissonBand(c.n0, c.limit, pmf);
  const cdf = new Float64Array(Math.max(0, band.hi - band.lo + 1));
  let [acc, startMean] = [0, cdf.length > 0 ? 0 : c.limit];
  for (let n = band.lo; n <= band.hi; n++) {
    cdf[n - band.lo] = acc += (pmf[n] as number) / band.total;
    startMean += (n * (pmf[n] as number)) / band.total;
  }
  const controls = new Float64Array(SLICES + 1);
  const perSlice = (c.lambdaPerS * c.untilS) / SLICES;
  const mean = new ControlledMean([startMean, ...new Array<number>(SLICES).fill(perSlice)]);
  const maxRuns = Math.max(2 * BATCH, Math.floor(MAX_ARRIVALS / Math.max(1, c.lambdaPerS * c.untilS)));
  let [runs, estimate] = [0, { mean: 0, se: 0 }];
  for (;;) {
    for (let r = 0; r < BATCH; r++) {
      const u = rng.uniform();
      let [a, b] = [0, cdf.length - 1];
      while (a < b) {
        const mid = (a + b) >> 1;
        if ((cdf[mid] as number) < u) a = mid + 1;
        else b = mid;
      }
      // A mean far above the limit has no band below it: the limit is busy.
      controls.fill(0);
      controls[0] = cdf.length > 0 ? band.lo + a : c.limit;
      const top = oneClimb(c, controls, rng, heap);
      counts[top] = (counts[top] as number) + 1;
      mean.add(top, controls);
    }
    runs += BATCH;
    estimate = mean.estimate();
    const enough = Math.max(REL_SE * estimate.mean, ABS_SE);
    if (runs >= 2 * BATCH && (estimate.se <= enough || runs >= maxRuns)) break;
  }
  // Reached at least j = share ending at j or above, shifted by the controls' correction (linear between
  // levels, which moves the mean by exactly that much).
  const survival = new Float64Array(c.limit + 1);
  let above = 0;
  for (let j = c.limit; j >= 0; j--) {
    above += counts[j] as number;
    survival[j] = above / runs;
  }
  const shift = estimate.mean - mean.plain;
  const at = (x: number): number => {
    if (x <= 0) return 1;
    if (x >= c.limit) return x > c.limit ? 0 : (survival[c.limit] as number);
    const i = Math.floor(x);
    return (survival[i] as number) + (x - i) * ((survival[i + 1] as number) - (survival[i] as number));
  };
  const reached = survival.map((_, j) => Math.min(1, Math.max(0, at(j - shift))));
  return { reached, runs, mean: estimate.mean, se: estimate.se };
}

// One climb from `start[0]` requests working; returns the environments at its end and counts the arrivals in
// each slice of [0, untilS) into `start[1…]`. `heap` holds the running INITs' end times (a min-heap).
function oneClimb(c: ClimbInput, start: Float64Array, rng: Rng, heap: Float64Array): number {
  const { lambdaPerS: lambda, muPerS: mu, limit, untilS } = c;
  const slice = untilS / SLICES;
  let working = start[0] as number;
  let top = Math.min(limit, Math.max(c.pool, working));
  working = Math.min(working, top);
  let inits = 0;
  let t = 0;
  for (;;) {
    const rate = lambda + mu * working;
    const next = t - Math.log(rng.uniform()) / rate;
    // An INIT that ends first moves its request to work; the rates change there, so the next event is drawn
    // again from that moment (the exponential clocks have no memory).
    if (inits > 0 && (heap[0] as number) <= next) {
      t = heap[0] as number;
      popMin(heap, inits--);
      working++;
      continue;
    }
    t = next;
    if (t >= untilS && inits === 0) return top;
    if (rng.uniform() * rate < lambda) {
      if (t < untilS) {
        const k = 1 + Math.floor(t / slice);
        start[k] = (start[k] as number) + 1;
      }
      if (working + inits < top) working++;
      else if (top < limit) {
        top++;
        pushHeap(heap, inits++, t + c.init.sample(rng) / 1000);
      }
    } else working--;
  }
}

// Min-heap on heap[0..size): adds x.
function pushHeap(heap: Float64Array, size: number, x: number): void {
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if ((heap[parent] as number) <= x) break;
    heap[i] = heap[parent] as number;
    i = parent;
  }
  heap[i] = x;
}

// Min-heap on heap[0..size): removes the smallest.
function popMin(heap: Float64Array, size: number): void {
  const last = heap[size - 1] as number;
  const n = size - 1;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && (heap[child + 1] as number) < (heap[child] as number)) child++;
    if ((heap[child] as number) >= last) break;
    heap[i] = heap[child] as number;
    i = child;
  }
  heap[i] = last;
}
