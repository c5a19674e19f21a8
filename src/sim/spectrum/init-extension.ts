/**
 * What INIT adds to the level model's cold starts (functions-fast.ts). A cold request holds its new
 * environment for INIT + work, not work alone, so concurrency stays one higher for an INIT's length after the
 * request would have left. If the other requests climb back to the new top level in that time, the level
 * above is reached too: a visit, and often a cold start, that a function without INIT would not have had.
 *
 * For M/M/∞ (arrivals λ, each request leaving at rate μ) and a cold start at level j: the others start at
 * j−1; with T their first passage to j, S the request's work (exponential, rate μ) and I its INIT, level j+1
 * is reached because of INIT with probability q_j = P(S < T ≤ S + I). With φ(s) = E[e^(−sT)] (a continued
 * fraction over the levels below j) and Ĝ(s) = (1 − φ(s)) / s the transform of G(t) = P(T > t):
 *   P(T > S) = 1 − φ(μ),   H(I) = P(T > S + I) = E[G(S + I)], whose transform in I is μ(Ĝ(p) − Ĝ(μ)) / (μ − p),
 * inverted at I by the fixed Talbot method (Abate & Valkó, "Multi-precision Laplace transform inversion",
 * Int. J. Numer. Meth. Eng. 60, 2004). H stays between 0 and 1, so a long INIT costs no precision. One pass
 * of the continued fraction gives every level at once.
 */

import type { Distribution } from '../model/types.ts';
import type { Rng } from '../random/rng.ts';
import { Sampler } from '../random/sampler.ts';

/** Talbot nodes: 12 give about 6 significant digits (q is needed to 1%). */
const NODES = 12;

/**
 * q_j for levels j = 1…`levels` (index j; index 0 is 0) when requests arrive at `lambdaPerS` and each leaves
 * at `muPerS`; `initS` lists INIT durations (s) standing for its distribution, each equally likely. The cold
 * request's own work S is Exp(`sRatePerS`) (μ by default; a burst of d cold starts loses its first at dμ).
 */
export function initExtension(
  lambdaPerS: number,
  muPerS: number,
  levels: number,
  initS: readonly number[],
  sRatePerS = muPerS,
): Float64Array {
  return initExtensionByRate(lambdaPerS, muPerS, levels, initS, [sRatePerS]);
}

/**
 * `initExtension` for several rates of S at once (the continued fraction at each Talbot node is shared):
 * q for rate `sRatesPerS[r]` at level j is entry r·(levels + 1) + j.
 */
export function initExtensionByRate(
  lambdaPerS: number,
  muPerS: number,
  levels: number,
  initS: readonly number[],
  sRatesPerS: readonly number[],
): Float64Array {
  const stride = levels + 1;
  const rates = sRatesPerS.length;
  const q = new Float64Array(rates * stride);
  if (!(lambdaPerS > 0 && muPerS > 0) || levels < 1 || initS.length === 0) return q;
  if (!sRatesPerS.every((nu) => nu > 0)) return q;
  // P(T_j > S) = 1 − φ_j(ν) and Ĝ_j(ν) = (1 − φ_j(ν)) / ν, real recursions.
  const beyondS = new Float64Array(rates * stride);
  const atNu = new Float64Array(rates * stride);
  for (let r = 0; r < rates; r++) {
    const nu = sRatesPerS[r] as number;
    const row = reachWithin(lambdaPerS, muPerS, levels, nu);
    for (let j = 1; j <= levels; j++) {
      beyondS[r * stride + j] = 1 - (row[j] as number);
      atNu[r * stride + j] = (1 - (row[j] as number)) / nu;
    }
  }
  const tail = new Float64Array(rates * stride);
  for (const i of initS) {
    if (i > 0) talbotTail(lambdaPerS, muPerS, sRatesPerS, levels, i, atNu, tail);
    else tail.set(beyondS);
    // H = P(T > S + I) is a probability: Talbot's small errors are clipped before the INIT points are averaged.
    for (let x = 0; x < q.length; x++) {
      const h = Math.min(1, Math.max(0, tail[x] as number));
      q[x] = (q[x] as number) + h / initS.length;
    }
  }
  for (let r = 0; r < rates; r++) {
    q[r * stride] = 0;
    for (let j = 1; j <= levels; j++) {
      const x = r * stride + j;
      q[x] = Math.max(0, (beyondS[x] as number) - (q[x] as number));
    }
  }
  return q;
}

/**
 * φ_k(ν) for k = 1…`levels`: the probability that the others, from level k − 1, reach k before an Exp(ν) time
 * (a burst of d cold starts goes on without INIT's help while none of its d requests has left, ν = dμ).
 */
export function reachWithin(
  lambdaPerS: number,
  muPerS: number,
  levels: number,
  sRatePerS: number,
): Float64Array {
  const out = new Float64Array(levels + 1);
  let phi = 0;
  for (let k = 1; k <= levels; k++) {
    phi = lambdaPerS / (lambdaPerS + (k - 1) * muPerS + sRatePerS - (k - 1) * muPerS * phi);
    out[k] = phi;
  }
  return out;
}

/**
 * Node k of the fixed Talbot method with `nodes` nodes for inverting at time t, into `out`: the node
 * p = r·θ(cot θ + i) (θ = kπ/nodes, r = 2·nodes/(5t); θ = 0 is the real point p = r with half weight) and
 * c = e^(tp)·(1 + iσ)·r/nodes, so that f(t) ≈ Σ_k Re(c·F(p)). out = [Re p, Im p, Re c, Im c].
 */
function talbotNode(k: number, nodes: number, t: number, out: Float64Array): void {
  const r = (2 * nodes) / (5 * t);
  let pRe = r;
  let pIm = 0;
  let wRe = 0.5;
  let wIm = 0;
  if (k > 0) {
    const th = (k * Math.PI) / nodes;
    const cot = Math.cos(th) / Math.sin(th);
    pRe = r * th * cot;
    pIm = r * th;
    wRe = 1;
    wIm = th + (th * cot - 1) * cot;
  }
  const mag = (Math.exp(t * pRe) * r) / nodes;
  const eRe = mag * Math.cos(t * pIm);
  const eIm = mag * Math.sin(t * pIm);
  out[0] = pRe;
  out[1] = pIm;
  out[2] = eRe * wRe - eIm * wIm;
  out[3] = eRe * wIm + eIm * wRe;
}

// Ĝ_j(p) = (1 − φ_j(p)) / p at one complex p for every level j into (gRe, gIm)[j], the transform of
// G_j(t) = P(T_j > t); φ_j(p) = λ / (λ + (j−1)μ + p − (j−1)μ φ_(j−1)(p)), φ_0 = 0, the first-passage continued
// fraction both Talbot inversions share.
function tailTransforms(
  lam: number,
  mu: number,
  pRe: number,
  pIm: number,
  levels: number,
  gRe: Float64Array,
  gIm: Float64Array,
): void {
  const pp = pRe * pRe + pIm * pIm;
  const ipRe = pRe / pp;
  const ipIm = -pIm / pp;
  let fRe = 0;
  let fIm = 0;
  for (let j = 1; j <= levels; j++) {
    const down = (j - 1) * mu;
    const xRe = lam + down + pRe - down * fRe;
    const xIm = pIm - down * fIm;
    const xx = xRe * xRe + xIm * xIm;
    fRe = (lam * xRe) / xx;
    fIm = (-lam * xIm) / xx;
    gRe[j] = (1 - fRe) * ipRe + fIm * ipIm;
    gIm[j] = (1 - fRe) * ipIm - fIm * ipRe;
  }
}

// out[r·(levels + 1) + j] = H_j(t) = P(T_j > S + t) for every level and every rate ν_r of S: fixed Talbot
// inversion of ν(Ĝ_j(p) − Ĝ_j(ν)) / (ν − p). Plain variables, no array destructuring: this runs millions of
// times a day at 1,000 req/s, and destructured temporaries allocate before the optimizer removes them.
function talbotTail(
  lam: number,
  mu: number,
  nus: readonly number[],
  levels: number,
  t: number,
  atNu: Float64Array,
  out: Float64Array,
): void {
  out.fill(0);
  const stride = levels + 1;
  const rates = nus.length;
  const aRe = new Float64Array(rates);
  const aIm = new Float64Array(rates);
  const gHatRe = new Float64Array(levels + 1);
  const gHatIm = new Float64Array(levels + 1);
  const node = new Float64Array(4);
  for (let k = 0; k < NODES; k++) {
    talbotNode(k, NODES, t, node);
    const pRe = node[0] as number;
    const pIm = node[1] as number;
    const cRe = node[2] as number;
    const cIm = node[3] as number;
    // ν / (ν − p) for each rate
    for (let x = 0; x < rates; x++) {
      const nu = nus[x] as number;
      const dRe = nu - pRe;
      const dd = dRe * dRe + pIm * pIm;
      aRe[x] = (nu * dRe) / dd;
      aIm[x] = (nu * pIm) / dd;
    }
    tailTransforms(lam, mu, pRe, pIm, levels, gHatRe, gHatIm);
    for (let j = 1; j <= levels; j++) {
      // For each rate Ĝ(p) − Ĝ(ν), F = a · g, term = Re(c · F)
      const g0Re = gHatRe[j] as number;
      const gIm = gHatIm[j] as number;
      for (let x = 0; x < rates; x++) {
        const gRe = g0Re - (atNu[x * stride + j] as number);
        const ar = aRe[x] as number;
        const ai = aIm[x] as number;
        const FRe = ar * gRe - ai * gIm;
        const FIm = ar * gIm + ai * gRe;
        const o = x * stride + j;
        out[o] = (out[o] as number) + cRe * FRe - cIm * FIm;
      }
    }
  }
}

/** Talbot nodes for the no-return probabilities: 24 give about 9 digits, once per table. */
const RETURN_NODES = 24;

/**
 * G_j = P(T_(j−1→j) > T) for levels j = 1…`levels` (index j; index 0 is 0): the chance that concurrency
 * (M/M/∞), just fallen from j to j − 1 or just arrived at j − 1 for the first time, does not reach j within the
 * idle lifetime T = `idleS`. It is the transform (1 − φ_j(p)) / p inverted at T by the fixed Talbot method, φ_j
 * the continued fraction of `initExtension`. A level that INIT alone makes (concurrency held up by a cold
 * request's INIT while the requests' own count stays below it) is a cold start that the function would not have
 * had without INIT exactly when the count does not reach that level within T either: with probability G.
 */
export function noReturnWithin(
  lambdaPerS: number,
  muPerS: number,
  levels: number,
  idleS: number,
): Float64Array {
  const out = new Float64Array(levels + 1);
  if (!(lambdaPerS > 0 && muPerS > 0 && idleS > 0) || levels < 1) return out;
  const node = new Float64Array(4);
  const gRe = new Float64Array(levels + 1);
  const gIm = new Float64Array(levels + 1);
  for (let k = 0; k < RETURN_NODES; k++) {
    talbotNode(k, RETURN_NODES, idleS, node);
    const cRe = node[2] as number;
    const cIm = node[3] as number;
    tailTransforms(lambdaPerS, muPerS, node[0] as number, node[1] as number, levels, gRe, gIm);
    for (let j = 1; j <= levels; j++)
      out[j] = (out[j] as number) + cRe * (gRe[j] as number) - cIm * (gIm[j] as number);
  }
  for (let j = 1; j <= levels; j++) out[j] = Math.min(1, Math.max(0, out[j] as number));
  return out;
}

/** INIT durations (s) standing for an INIT distribution: the means of its four quarters, from 256 samples. */
export function initPoints(initMs: Distribution, rng: Rng): number[] {
  const init = new Sampler(initMs);
  const samples = Float64Array.from({ length: 256 }, () => init.sample(rng) / 1000).sort();
  return [0, 1, 2, 3].map((g) => samples.subarray(g * 64, g * 64 + 64).reduce((a, b) => a + b, 0) / 64);
}

/** Concurrency buckets 4% wide share one set of tables. */
const BUCKET = 0.04;

/** Deepest burst the pull tables tell apart (deeper ones use its table). */
export const PULL_DEPTHS = 16;

/**
 * Pull tables by burst depth (`initExtension`), by mean concurrency, computed once per 4% bucket: entry d − 1
 * holds q^(d)_k for a cold start that is the d-th of a burst whose others sit at level k − 1. The burst's d cold
 * requests hold their levels until the first of them would have left, S₁ ~ Exp(dμ), and then for an INIT more:
 * the others must reach k in that extra time (d = 1 is q_j). With them, the no-return probabilities G_j over the
 * idle lifetime `idleS` (`noReturnWithin`).
 */
export function initTables(
  points: readonly number[],
  muPerS: number,
  levels: number,
  idleS: number,
): (m: number) => PullTables {
  const tables = new Map<number, PullTables>();
  const none: PullTables = {
    levels: 0,
    pull: new Float64Array(0),
    stay: new Float64Array(0),
    noReturn: new Float64Array(0),
  };
  return (m) => {
    if (!(m > 0)) return none;
    const key = Math.round(Math.log(m) / BUCKET);
    let t = tables.get(key);
    if (!t) {
      const mb = Math.exp(key * BUCKET);
      const top = Math.min(levels, Math.ceil(mb + 10 * Math.sqrt(mb) + 12));
      const stride = top + 1;
      t = {
        levels: top,
        pull: new Float64Array(PULL_DEPTHS * stride),
        stay: new Float64Array(PULL_DEPTHS * stride),
        noReturn: noReturnWithin(mb * muPerS, muPerS, top, idleS),
      };
      const depthRates = Array.from({ length: PULL_DEPTHS }, (_, d) => (d + 1) * muPerS);
      t.pull.set(initExtensionByRate(mb * muPerS, muPerS, top, points, depthRates));
      for (let d = 1; d <= PULL_DEPTHS; d++)
        t.stay.set(reachWithin(mb * muPerS, muPerS, top, d * muPerS), (d - 1) * stride);
      tables.set(key, t);
    }
    return t;
  };
}

/**
 * By burst depth d and level k (at (d − 1)·(levels + 1) + k, k = 0…levels): INIT's pull q^(d)_k and the burst's
 * own reach φ_k(dμ); by level j (0…levels): the no-return probability G_j.
 */
export interface PullTables {
  levels: number;
  pull: Float64Array;
  stay: Float64Array;
  noReturn: Float64Array;
}

/** Entry (d, k) of a `PullTables` array, 0 outside its levels. */
export function tableAt(t: PullTables, table: Float64Array, d: number, k: number): number {
  return k >= 1 && k <= t.levels ? (table[(d - 1) * (t.levels + 1) + k] as number) : 0;
}
