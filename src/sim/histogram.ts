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

/** Counts, exact sum and exact extremes of recorded values. */
export class Histogram {
  readonly counts = new Float64Array(BUCKETS);
  count = 0;
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = 0;
  #lo = BUCKETS;
  #hi = -1;

  /** Records one value. */
  record(x: number): void {
    const i = bucketOf(x);
    this.counts[i] = (this.counts[i] as number) + 1;
    if (i < this.#lo) this.#lo = i;
    if (i > this.#hi) this.#hi = i;
    this.count++;
    this.sum += x;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  /** Adds another histogram's values into this one. */
  merge(other: Histogram): void {
    for (let i = other.#lo; i <= other.#hi; i++)
      this.counts[i] = (this.counts[i] ?? 0) + (other.counts[i] ?? 0);
    this.#lo = Math.min(this.#lo, other.#lo);
    this.#hi = Math.max(this.#hi, other.#hi);
    this.count += other.count;
    this.sum += other.sum;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
  }

  /** The q-quantile (0 < q ≤ 1), or 0 when empty. */
  quantile(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = this.#lo; i <= this.#hi; i++) {
      seen += this.counts[i] ?? 0;
      if (seen >= rank) return Math.min(this.max, Math.max(this.min, bucketMid(i)));
    }
    return this.max;
  }

  /** Empties the histogram (only the touched range is cleared). */
  reset(): void {
    if (this.#hi >= this.#lo) this.counts.fill(0, this.#lo, this.#hi + 1);
    this.#lo = BUCKETS;
    this.#hi = -1;
    this.count = 0;
    this.sum = 0;
    this.min = Number.POSITIVE_INFINITY;
    this.max = 0;
  }
}
