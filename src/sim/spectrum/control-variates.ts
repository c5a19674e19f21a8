/**
 * The mean of a simulated quantity y, sharpened by control variates: quantities x_1…x_k drawn in the same runs
 * whose means are known exactly (in init-climb.ts, the arrivals in slices of the climb: Poisson). A run whose
 * arrivals came early climbs higher, so y's excess over its mean is partly told by x's: regressing y on x over
 * the runs and removing the part x explains, ȳ − β·(x̄ − E[x]), leaves the same mean with less spread
 * (Glasserman, "Monte Carlo Methods in Financial Engineering", §4.1, 2003). β is estimated from the same runs,
 * which biases the mean by O(1/runs), far below its standard error here.
 */
export class ControlledMean {
  readonly #k: number;
  readonly #known: Float64Array;
  #n = 0;
  #sy = 0;
  #syy = 0;
  readonly #sx: Float64Array;
  readonly #sxy: Float64Array;
  // Σ x_i x_j, row-major k × k.
  readonly #sxx: Float64Array;

  /** `known[i]` is E[x_i]. */
  constructor(known: readonly number[]) {
    this.#k = known.length;
    this.#known = Float64Array.from(known);
    this.#sx = new Float64Array(this.#k);
    this.#sxy = new Float64Array(this.#k);
    this.#sxx = new Float64Array(this.#k * this.#k);
  }

  /** One run: its y and its controls x (length k). */
  add(y: number, x: Float64Array): void {
    const k = this.#k;
    this.#n++;
    this.#sy += y;
    this.#syy += y * y;
    for (let i = 0; i < k; i++) {
      const xi = x[i] as number;
      this.#sx[i] = (this.#sx[i] as number) + xi;
      this.#sxy[i] = (this.#sxy[i] as number) + xi * y;
      for (let j = 0; j <= i; j++)
        this.#sxx[i * k + j] = (this.#sxx[i * k + j] as number) + xi * (x[j] as number);
    }
  }

  /** The plain mean of y so far. */
  get plain(): number {
    return this.#n > 0 ? this.#sy / this.#n : 0;
  }

  /**
   * The controlled mean and its standard error (the regression's residual spread over the runs, k + 1 degrees of
   * freedom spent). Needs more runs than controls + 1; with fewer, the plain mean and its standard error.
   */
  estimate(): { mean: number; se: number } {
    const [n, k] = [this.#n, this.#k];
    const ybar = this.plain;
    const syy = Math.max(0, this.#syy - n * ybar * ybar);
    if (n <= k + 1) return { mean: ybar, se: n > 1 ? Math.sqrt(syy / (n - 1) / n) : 0 };
    // Centred cross-products: S_xx β = s_xy, solved by Cholesky with a small ridge (a control that never
    // varied, such as arrivals in a slice no run reached, has a zero row).
    const a = new Float64Array(k * k);
    const b = new Float64Array(k);
    let trace = 0;
    for (let i = 0; i < k; i++) {
      const xi = (this.#sx[i] as number) / n;
      b[i] = (this.#sxy[i] as number) - n * xi * ybar;
      for (let j = 0; j <= i; j++) {
        const v = (this.#sxx[i * k + j] as number) - n * xi * ((this.#sx[j] as number) / n);
        a[i * k + j] = v;
        a[j * k + i] = v;
      }
      trace += a[i * k + i] as number;
    }
    const ridge = 1e-9 * (trace / k) + 1e-12;
    for (let i = 0; i < k; i++) a[i * k + i] = (a[i * k + i] as number) + ridge;
    const beta = choleskySolve(a, b, k);
    let [shift, explained] = [0, 0];
    for (let i = 0; i < k; i++) {
      shift += (beta[i] as number) * ((this.#sx[i] as number) / n - (this.#known[i] as number));
      explained += (beta[i] as number) * (b[i] as number);
    }
    const residual = Math.max(0, syy - explained) / (n - k - 1);
    return { mean: ybar - shift, se: Math.sqrt(residual / n) };
  }
}

// Solves A x = b for a symmetric positive definite k × k A (row-major), in place of a copy.
function choleskySolve(a: Float64Array, b: Float64Array, k: number): Float64Array {
  const l = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * k + j] as number;
      for (let p = 0; p < j; p++) s -= (l[i * k + p] as number) * (l[j * k + p] as number);
      l[i * k + j] = i === j ? Math.sqrt(Math.max(s, 1e-300)) : s / (l[j * k + j] as number);
    }
  }
  const x = Float64Array.from(b);
  for (let i = 0; i < k; i++) {
    let s = x[i] as number;
    for (let p = 0; p < i; p++) s -= (l[i * k + p] as number) * (x[p] as number);
    x[i] = s / (l[i * k + i] as number);
  }
  for (let i = k - 1; i >= 0; i--) {
    let s = x[i] as number;
    for (let p = i + 1; p < k; p++) s -= (l[p * k + i] as number) * (x[p] as number);
    x[i] = s / (l[i * k + i] as number);
  }
  return x;
}
