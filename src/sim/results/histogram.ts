/**
 * A log-bucket histogram of positive values (ms) with bounded memory, in the style of HdrHistogram:
 * the bucket is read from the bits of the float64 — its exponent and the top 7 bits of its mantissa — so
 * each octave [2^e, 2^(e+1)) has 128 equal buckets. A percentile is reported as its bucket's midpoint,
 * so the relative error is at most 1 / (2·128 + 1) ≈ 0.39%, then clamped to the exact observed min and max.
 * Range: 2^-10 ms (≈ 1 µs; smaller values fall in bucket 0) to 2^35 ms (≈ 1 year).
 */

const SUB_BITS = 7;
const SUB = 1 << SUB_BITS;
const MIN_EXP = -10;
const MAX_EXP = 35;
/** Number of buckets. */
export const BUCKETS = (MAX_EXP - MIN_EXP) * SUB + 1;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// The high word of a float64 is u32[1] on little-endian machines, u32[0] on big-endian ones.
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const MIN_VALUE = 2 ** MIN_EXP;

/** Bucket index of a value. */
export function bucketOf(x: number): number {
  if (!(x >= MIN_VALUE)) return 0;
  f64[0] = x;
  const hi = u32[HI] as number;
  const e = (hi >>> 20) - 1023;
  if (e >= MAX_EXP) return BUCKETS - 1;
  return ((e - MIN_EXP) << SUB_BITS) + ((hi >>> (20 - SUB_BITS)) & (SUB - 1)) + 1;
}

/** Midpoint value of a bucket. */
export function bucketMid(i: number): number {
  if (i <= 0) return 0;
  const e = ((i - 1) >> SUB_BITS) + MIN_EXP;
  const m = (i - 1) & (SUB - 1);
  return 2 ** e * (1 + (m + 0.5) / SUB);
}

// Buckets added around a new value when the window grows: about two octaves, so that a run's latencies
// (a few octaves wide) settle after one or two growths.
const GROW_PAD = 2 * SUB;

/**
 * Counts, exact sum and exact extremes of recorded values. Only the window of buckets between the
 * smallest and largest recorded value is allocated (it grows by doubling), so an empty or narrow histogram
 * is cheap to create, merge and read: a simulation builds several per function.
 */
export class Histogram {
  /** Counts of buckets `base` … `base + counts.length − 1`. */
  #counts = new Float64Array(0);
  #base = 0;
  count = 0;
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = 0;
  #lo = BUCKETS;
  #hi = -1;

  /** Records one value. */
  record(x: number): void {
    const i = bucketOf(x);
    if (i < this.#lo || i > this.#hi) this.#cover(i);
    const k = i - this.#base;
    this.#counts[k] = (this.#counts[k] as number) + 1;
    this.count++;
    this.sum += x;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  /** How many values fell in bucket i. */
  countAt(i: number): number {
    return this.#counts[i - this.#base] ?? 0;
  }

  // Widens [lo, hi] to include bucket i, reallocating the window if i is outside it.
  #cover(i: number): void {
    const lo = Math.min(this.#lo, i);
    const hi = Math.max(this.#hi, i);
    const base = this.#base;
    const len = this.#counts.length;
    if (lo < base || hi >= base + len) {
      const size = Math.max(2 * len, hi - lo + 1 + 2 * GROW_PAD);
      const newBase = Math.max(0, Math.min(lo - GROW_PAD, BUCKETS - size));
      const next = new Float64Array(Math.min(size, BUCKETS));
      if (this.#hi >= this.#lo)
        next.set(this.#counts.subarray(this.#lo - base, this.#hi - base + 1), this.#lo - newBase);
      this.#counts = next;
      this.#base = newBase;
    }
    this.#lo = lo;
    this.#hi = hi;
  }

  /** Adds another histogram's values into this one. */
  merge(other: Histogram): void {
    if (other.count === 0) return;
    this.#cover(other.#lo);
    this.#cover(other.#hi);
    for (let i = other.#lo; i <= other.#hi; i++) {
      const k = i - this.#base;
      this.#counts[k] = (this.#counts[k] as number) + other.countAt(i);
    }
    this.count += other.count;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
  }

  /**
   * The q-quantile (0 < q ≤ 1), or 0 when empty; the same value as `quantileOf([this], q)`. Scans from the
   * nearer end of the touched buckets (a p99 reads a few from the top): the time series asks for two
   * quantiles of every bucket of every run, so this is on the fixed cost of each `simulate()` call.
   */
  quantile(q: number): number {
    const count = this.count;
    if (count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * count));
    const counts = this.#counts;
    const base = this.#base;
    let i = this.#lo;
    if (rank <= count / 2) {
      let seen = counts[i - base] as number;
      while (seen < rank && i < this.#hi) seen += counts[++i - base] as number;
    } else {
      // The smallest bucket whose running count reaches rank is the largest whose tail holds count − rank + 1.
      const need = count - rank + 1;
      i = this.#hi;
      let tail = counts[i - base] as number;
      while (tail < need && i > this.#lo) tail += counts[--i - base] as number;
    }
    return Math.min(this.max, Math.max(this.min, bucketMid(i)));
  }

  /** Adds this histogram's counts into `into`, whose index 0 is bucket `from` (it must cover lo … hi). */
  addCountsTo(into: Float64Array, from: number): void {
    const counts = this.#counts;
    const shift = this.#base - from;
    for (let i = this.#lo - this.#base; i <= this.#hi - this.#base; i++)
      into[i + shift] = (into[i + shift] as number) + (counts[i] as number);
  }

  /** Lowest touched bucket (BUCKETS when empty). */
  get lo(): number {
    return this.#lo;
  }

  /** Highest touched bucket (-1 when empty). */
  get hi(): number {
    return this.#hi;
  }

  /** Empties the histogram (only the touched range is cleared; the window is kept). */
  reset(): void {
    if (this.#hi >= this.#lo) this.#counts.fill(0, this.#lo - this.#base, this.#hi - this.#base + 1);
    this.#lo = BUCKETS;
    this.#hi = -1;
    this.count = 0;
    this.sum = 0;
    this.min = Number.POSITIVE_INFINITY;
    this.max = 0;
  }
}

/**
 * The q-quantile (0 < q ≤ 1) of the union of several histograms, without merging them into a new one, or 0
 * when they are all empty. Clamped to the exact union min and max.
 */
export function quantileOf(hs: readonly Histogram[], q: number): number {
  return quantilesOf(hs, [q])[0] ?? 0;
}

let scratch = new Float64Array(0);

/**
 * Several quantiles (each 0 < q ≤ 1, increasing) of the union of histograms; 0s when all are empty. The
 * union's counts are summed into one typed array, then each quantile is found from the nearer end (a p99
 * reads a few buckets from the top): `simulate()` asks for a dozen of these per run, mostly before V8 has
 * optimized anything, so the scans stay short indexed loops over typed arrays.
 */
export function quantilesOf(hs: readonly Histogram[], qs: readonly number[]): number[] {
  let count = 0;
  let lo = BUCKETS;
  let hi = -1;
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  for (let j = 0; j < hs.length; j++) {
    const h = hs[j] as Histogram;
    if (h.count === 0) continue;
    count += h.count;
    if (h.lo < lo) lo = h.lo;
    if (h.hi > hi) hi = h.hi;
    if (h.min < min) min = h.min;
    if (h.max > max) max = h.max;
  }
  const out: number[] = [];
  for (let k = 0; k < qs.length; k++) out.push(0);
  if (count === 0) return out;
  // One scratch array for every call (a dozen per simulate() call), cleared over the range it uses.
  if (scratch.length < hi - lo + 1) scratch = new Float64Array(BUCKETS);
  const counts = scratch.subarray(0, hi - lo + 1);
  counts.fill(0);
  for (let j = 0; j < hs.length; j++) (hs[j] as Histogram).addCountsTo(counts, lo);
  // Quantile k is bucket lo + i for the smallest i whose running count reaches its rank; equivalently the
  // largest i whose tail (counts from i up) holds count − rank + 1.
  let up = 0;
  let seen = 0;
  let down = counts.length - 1;
  let tail = counts[down] as number;
  for (let k = 0; k < qs.length; k++) {
    const rank = Math.max(1, Math.ceil((qs[k] as number) * count));
    if (rank <= count / 2) {
      seen += counts[up] as number;
      while (seen < rank) seen += counts[++up] as number;
      out[k] = Math.min(max, Math.max(min, bucketMid(lo + up)));
      seen -= counts[up] as number;
    }
  }
  for (let k = qs.length - 1; k >= 0; k--) {
    const rank = Math.max(1, Math.ceil((qs[k] as number) * count));
    if (rank > count / 2) {
      const need = count - rank + 1;
      while (tail < need) tail += counts[--down] as number;
      out[k] = Math.min(max, Math.max(min, bucketMid(lo + down)));
    }
  }
  return out;
}
