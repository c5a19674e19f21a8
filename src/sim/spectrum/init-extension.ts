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
 * at `muPerS`; `initS` lists INIT durations (s) standing for its distribution, each equally likely.
 */
export function initExtension(
  lambdaPerS: number,
  muPerS: number,
  levels: number,
  initS: readonly number[],
): Float64Array {
  const q = new Float64Array(levels + 1);
  if (!(lambdaPerS > 0 && muPerS > 0) || levels < 1 || initS.length === 0) return q;
  const [lam, mu] = [lambdaPerS, muPerS];
  // P(T_j > S) = 1 − φ_j(μ), real recursion.
  const beyondS = new Float64Array(levels + 1);
  let phi = lam / (lam + mu);
  for (let j = 1; j <= levels; j++) {
    if (j > 1) phi = lam / (lam + (j - 1) * mu + mu - (j - 1) * mu * phi);
    beyondS[j] = 1 - phi;
  }
  const tail = new Float64Array(levels + 1);
  const beyondSI = new Float64Array(levels + 1);
  for (const i of initS) {
    if (i > 0) talbotTail(lam, mu, levels, i, tail);
    else tail.set(beyondS);
    for (let j = 1; j <= levels; j++)
      beyondSI[j] = (beyondSI[j] as number) + (tail[j] as number) / initS.length;
  }
  for (let j = 1; j <= levels; j++) q[j] = Math.max(0, (beyondS[j] as number) - (beyondSI[j] as number));
  return q;
}

// out[j] = H_j(t) = P(T_j > S + t) for every level: fixed Talbot inversion of μ(Ĝ_j(p) − Ĝ_j(μ)) / (μ − p).
function talbotTail(lam: number, mu: number, levels: number, t: number, out: Float64Array): void {
  out.fill(0);
  // Ĝ_j(μ) = (1 − φ_j(μ)) / μ, real.
  const atMu = new Float64Array(levels + 1);
  let phi = 0;
  for (let j = 1; j <= levels; j++) {
    const down = (j - 1) * mu;
    phi = lam / (lam + down + mu - down * phi);
    atMu[j] = (1 - phi) / mu;
  }
  const r = (2 * NODES) / (5 * t);
  for (let k = 0; k < NODES; k++) {
    // Node p = r·θ(cot θ + i) and weight (1 + iσ); θ = 0 is the real point p = r with half weight.
    let [pRe, pIm, wRe, wIm] = [r, 0, 0.5, 0];
    if (k > 0) {
      const th = (k * Math.PI) / NODES;
      const cot = Math.cos(th) / Math.sin(th);
      [pRe, pIm] = [r * th * cot, r * th];
      [wRe, wIm] = [1, th + (th * cot - 1) * cot];
    }
    // c = e^(tp) · weight · r / NODES
    const mag = (Math.exp(t * pRe) * r) / NODES;
    const [eRe, eIm] = [mag * Math.cos(t * pIm), mag * Math.sin(t * pIm)];
    const [cRe, cIm] = [eRe * wRe - eIm * wIm, eRe * wIm + eIm * wRe];
    // 1 / p and μ / (μ − p)
    const pp = pRe * pRe + pIm * pIm;
    const [ipRe, ipIm] = [pRe / pp, -pIm / pp];
    const [dRe, dIm] = [mu - pRe, -pIm];
    const dd = dRe * dRe + dIm * dIm;
    const [aRe, aIm] = [(mu * dRe) / dd, (-mu * dIm) / dd];
    // φ_j(p) = λ / (λ + (j−1)μ + p − (j−1)μ φ_(j−1)(p)), φ_0 = 0.
    let [fRe, fIm] = [0, 0];
    for (let j = 1; j <= levels; j++) {
      const down = (j - 1) * mu;
      const [xRe, xIm] = [lam + down + pRe - down * fRe, pIm - down * fIm];
      const xx = xRe * xRe + xIm * xIm;
      [fRe, fIm] = [(lam * xRe) / xx, (-lam * xIm) / xx];
      // Ĝ(p) − Ĝ(μ) = (1 − φ) / p − atMu
      const gRe = (1 - fRe) * ipRe + fIm * ipIm - (atMu[j] as number);
      const gIm = (1 - fRe) * ipIm - fIm * ipRe;
      // F = a · g; term = Re(c · F)
      const [FRe, FIm] = [aRe * gRe - aIm * gIm, aRe * gIm + aIm * gRe];
      out[j] = (out[j] as number) + cRe * FRe - cIm * FIm;
    }
  }
  for (let j = 1; j <= levels; j++) out[j] = Math.min(1, Math.max(0, out[j] as number));
}

/** INIT durations (s) standing for an INIT distribution: the means of its four quarters, from 256 samples. */
export function initPoints(initMs: Distribution, rng: Rng): number[] {
  const init = new Sampler(initMs);
  const samples = Float64Array.from({ length: 256 }, () => init.sample(rng) / 1000).sort();
  return [0, 1, 2, 3].map((g) => samples.subarray(g * 64, g * 64 + 64).reduce((a, b) => a + b, 0) / 64);
}

/** Concurrency buckets 4% wide share one table of q_j. */
const BUCKET = 0.04;

/** q_j tables (`initExtension`) by mean concurrency, computed once per 4% bucket. */
export function initTables(
  points: readonly number[],
  muPerS: number,
  levels: number,
): (m: number) => Float64Array {
  const tables = new Map<number, Float64Array>();
  return (m) => {
    if (!(m > 0)) return new Float64Array(0);
    const key = Math.round(Math.log(m) / BUCKET);
    let t = tables.get(key);
    if (!t) {
      const mb = Math.exp(key * BUCKET);
      t = initExtension(
        mb * muPerS,
        muPerS,
        Math.min(levels, Math.ceil(mb + 10 * Math.sqrt(mb) + 12)),
        points,
      );
      tables.set(key, t);
    }
    return t;
  };
}
