/**
 * The fast path for the functions column of `compareSpectrum`, from rates instead of requests. Lambda keeps
 * an environment until it has been idle for the idle lifetime and reuses the newest idle one first, so the
 * environments alive at t are one per concurrency level reached in the last idle lifetime T: level j is
 * created (a cold start) when concurrency reaches j after staying below j for T. Concurrency is modelled
 * second by second as M/M/∞ (exponential work, Poisson arrivals) capped at the limit: Poisson(m) with
 * m = λ·E[S], truncated at the limit (Erlang's loss system; the share of arrivals that find it full are
 * throttled, Erlang B). Visits to a level above the mean come as a Poisson stream at rate
 * ρ_j = λπ(j−1)/F(j−1) (one over the mean first-passage time from j−1 to j), so level j is absent with
 * probability exp(−∫ρ_j over the last T) and gets created in a second with that probability times the chance
 * it is reached in that second. Cost uses expected billed time; cold requests' latency samples the real INIT.
 * Error against the full simulation: test/sim/functions-fast.test.ts and the README.
 */

import { PER_FUNCTION_BURST, PER_FUNCTION_RATE_PER_MS } from '../engine/limits.ts';
import { costOf } from '../model/prices.ts';
import type { Architecture, Distribution } from '../model/types.ts';
import type { Rng } from '../random/rng.ts';
import { Sampler } from '../random/sampler.ts';
import type { LatencyStats } from '../results/result-types.ts';
import { type LatencyMixture, mixtureStats } from './latency-mixture.ts';
import { erlangB } from './queue-fast.ts';

/** What the fast path needs to know about the function. */
export interface FunctionsFastInput {
  /** Mean arrivals in each second, req/s (`rateProfile`). */
  ratesPerSecond: Float64Array;
  /** Mean handler duration (exponential), ms. */
  meanMs: number;
  /** INIT distribution, ms. */
  initMs: Distribution;
  /** Idle lifetime (fixed), ms. */
  idleLifetimeMs: number;
  /** Most environments at once (account limit or reserved concurrency). */
  limit: number;
  /** Apply the per-function scaling bucket (1,000 per 10 s). */
  scalingLimited: boolean;
  memoryMb: number;
  architecture: Architecture;
  /** Provisioned environments in each second (levels 1..P never cold-start). @default none */
  provisionedPerSecond?: Float64Array;
  /** Handler duration for latency samples, ms (the level model still uses `meanMs`). @default exponential */
  handlerMs?: Distribution;
  /** Hears, step by step from `fromSecond` for `seconds`, the expected cold starts and throttles. */
  onStep?: (fromSecond: number, seconds: number, coldStarts: number, throttled: number) => void;
}

/** Expected counts, cost (USD) and latency (ms) of the functions column. */
export interface FunctionsFastResult {
  requests: number;
  served: number;
  throttled: number;
  coldStarts: number;
  costUsd: number;
  /** Handler time ÷ billed time (handler + INIT), 0–1. */
  utilization: number;
  latencyMs: LatencyStats;
}

// ln Γ(x) (Lanczos, g = 7): for the Poisson probabilities at large means.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
function logGamma(x: number): number {
  let a = LANCZOS[0] as number;
  const t = x + 6.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (x - 1 + i);
  return 0.5 * Math.log(2 * Math.PI) + (x - 0.5) * Math.log(t) - t + Math.log(a);
}

/** Runs the level model over the profile; `rng` draws the INIT samples for cold latency. */
export function functionsFast(input: FunctionsFastInput, rng: Rng): FunctionsFastResult {
  const { limit, meanMs } = input;
  const meanS = meanMs / 1000;
  // Steps of 1 s where the rate jumps (steps, spikes), 5 s where it changes smoothly (a daily cycle).
  const dt = smooth(input.ratesPerSecond) ? 5 : 1;
  const rates = stepMeans(input.ratesPerSecond, dt);
  const window = Math.max(1, Math.round(input.idleLifetimeMs / 1000 / dt));
  const maxM = rates.reduce((a, r) => Math.max(a, r * meanS), 0);
  const levels = Math.min(limit, Math.ceil(maxM + 10 * Math.sqrt(maxM) + 12));
  // ring[j·window + i % window] = ∫ρ_j over step i; sums[j] = Σ over the last T.
  const ring = new Float64Array((levels + 1) * window);
  const sums = new Float64Array(levels + 1);
  const pmf = new Float64Array(levels + 1);
  let [requests, throttled, cold, m, active, runStart, created] = [0, 0, 0, 0, 0, 0, 0];
  let [blocked, blockedAt, scaled] = [0, -1, 0];
  let tokens = PER_FUNCTION_BURST;
  const decay = Math.exp(-dt / meanS);
  const covered = (i: number): number => input.provisionedPerSecond?.[i * dt] ?? 0;
  for (let i = 0; i < rates.length; i++) {
    const lambda = rates[i] as number;
    const pc = covered(i);
    if (i > 0 && (lambda !== rates[i - 1] || pc !== covered(i - 1))) runStart = i;
    // After a full idle lifetime at one rate the state no longer changes: every later step of the run
    // repeats the last one.
    if (i - runStart > window + 10 / dt) {
      let end = i;
      while (end < rates.length && rates[end] === lambda && covered(end) === pc) end++;
      const n = end - i;
      requests += lambda * dt * n;
      throttled += lambda * dt * blocked * n;
      cold += created * n;
      input.onStep?.(i * dt, n * dt, created * n, lambda * dt * blocked * n);
      i = end - 1;
      continue;
    }
    requests += lambda * dt;
    m = m * decay + lambda * meanS * (1 - decay);
    // Truncated Poisson(m) on 0..levels (levels ≤ limit): pmf and the blocking share at the limit.
    const sd = Math.sqrt(m);
    const lo = Math.max(0, Math.floor(m - 9 * sd - 5));
    const hi = Math.min(levels, Math.ceil(m + 8 * sd + 8));
    let p = m > 0 ? Math.exp(lo * Math.log(m) - m - logGamma(lo + 1)) : lo === 0 ? 1 : 0;
    let total = 0;
    for (let j = lo; j <= hi; j++) {
      pmf[j] = p;
      total += p;
      p = (p * m) / (j + 1);
    }
    if (hi === limit && m > 0 && m !== blockedAt) [blocked, blockedAt] = [erlangB(limit, m), m];
    else if (hi < limit) blocked = 0;
    throttled += lambda * dt * blocked;
    created = 0;
    scaled = 0;
    let below = 0;
    const slot = i % window;
    // Levels above both this step's reach and every level visited in the last T hold zeros.
    const top = Math.min(levels, Math.max(hi + 1, active));
    active = 0;
    for (let j = 1; j <= top; j++) {
      let rho = 0;
      const k = j * window + slot;
      const sum = sums[j] as number;
      if (j - 1 < lo) {
        rho = 50;
        if (sum < 40 && j > pc) created += Math.exp(-sum);
      } else if (j - 1 <= hi) {
        const pj = (pmf[j - 1] as number) / total;
        below += pj;
        rho = below > 0 ? (lambda * dt * pj) / below : 50;
        if (sum < 40 && j > pc) created += Math.exp(-sum) * (1 - below * Math.exp(-rho));
      }
      const r = Math.min(rho, 50);
      const next = sum - (ring[k] as number) + r;
      sums[j] = next > 1e-12 ? next : 0;
      ring[k] = r;
      if (sums[j] !== 0) active = j;
    }
    if (input.scalingLimited) {
      tokens = Math.min(PER_FUNCTION_BURST, tokens + PER_FUNCTION_RATE_PER_MS * 1000 * dt);
      if (created > tokens) {
        scaled = created - tokens;
        throttled += scaled;
        created = tokens;
      }
      tokens -= created;
    }
    cold += created;
    input.onStep?.(
      i * dt,
      Math.min(dt, input.ratesPerSecond.length - i * dt),
      created,
      lambda * dt * blocked + scaled,
    );
  }
  // The exact total, not the step sums (a last step shorter than dt).
  requests = input.ratesPerSecond.reduce((a, r) => a + r, 0);
  return summarize(input, requests, throttled, cold, rng);
}

// True when no second's rate differs from the previous one by more than 1%.
function smooth(rates: Float64Array): boolean {
  for (let s = 1; s < rates.length; s++) {
    const [a, b] = [rates[s - 1] as number, rates[s] as number];
    if (Math.abs(b - a) > 0.01 * Math.max(a, b)) return false;
  }
  return true;
}

// Mean rate of each step of dt seconds (the last step may be shorter: its mean over its own length).
function stepMeans(rates: Float64Array, dt: number): Float64Array {
  if (dt === 1) return rates;
  const out = new Float64Array(Math.ceil(rates.length / dt));
  for (let s = 0; s < rates.length; s++)
    out[Math.floor(s / dt)] = (out[Math.floor(s / dt)] as number) + (rates[s] as number) / dt;
  return out;
}

function summarize(
  input: FunctionsFastInput,
  requests: number,
  throttled: number,
  cold: number,
  rng: Rng,
): FunctionsFastResult {
  const served = requests - throttled;
  const init = new Sampler(input.initMs);
  const { meanMs } = input;
  // E[ceil(X)] for an exponential X with mean m, ms: Σ_k P(X > k) = 1 / (1 − e^(−1/m)).
  const billedHandler = 1 / (1 - Math.exp(-1 / meanMs));
  const billedMs = served * billedHandler + cold * (init.mean + 0.5);
  const costUsd = costOf({
    requests: served,
    memoryMb: input.memoryMb,
    billedMs,
    architecture: input.architecture,
  }).total;
  const handlerSampler = input.handlerMs ? new Sampler(input.handlerMs) : null;
  const work = (): number =>
    handlerSampler ? handlerSampler.sample(rng) : -Math.log(rng.uniform()) * meanMs;
  const coldMs = Float64Array.from({ length: 2000 }, () => init.sample(rng) + work()).sort();
  const warmMs = handlerSampler ? Float64Array.from({ length: 4000 }, work).sort() : null;
  const coldShare = served > 0 ? Math.min(1, cold / served) : 0;
  const shareAbove = (sorted: Float64Array, x: number): number => {
    let [a, b] = [0, sorted.length];
    while (a < b) {
      const mid = (a + b) >> 1;
      if ((sorted[mid] as number) <= x) a = mid + 1;
      else b = mid;
    }
    return (sorted.length - a) / sorted.length;
  };
  const warmAbove = (x: number) => (warmMs ? shareAbove(warmMs, x) : Math.exp(-x / meanMs));
  const mix: LatencyMixture = {
    count: served,
    mean: meanMs + coldShare * init.mean,
    above: (x) => (1 - coldShare) * warmAbove(x) + coldShare * shareAbove(coldMs, x),
    upperMs: Math.max(meanMs * 40, coldMs.at(-1) ?? 0, warmMs?.at(-1) ?? 0),
  };
  const handler = served * meanMs;
  return {
    requests,
    served,
    throttled,
    coldStarts: cold,
    costUsd,
    utilization: handler > 0 ? handler / (handler + cold * init.mean) : 0,
    latencyMs: mixtureStats(mix),
  };
}
