/**
 * The fast path for the functions column of `compareSpectrum`, from rates instead of requests: the level model
 * (level-model.ts) step by step over the day, 1 s steps where the rate jumps and 5 s where it changes
 * smoothly. Concurrency is Poisson(m) with m following λ·E[S] (M/M/∞), truncated at the limit (Erlang's loss
 * system; the arrivals that find it full are throttled, Erlang B); the per-function scaling bucket caps the
 * creations of a step. After a jump in the rate the climb, with its INITs, is simulated request by request
 * (init-climb.ts): a few seconds, many times over. Cost uses expected billed time; cold requests' latency
 * samples the real INIT. Error against the full simulation: test/perf/spectrum-error.ts and the README.
 */

import { PER_FUNCTION_BURST, PER_FUNCTION_RATE_PER_MS } from '../engine/limits.ts';
import { costOf } from '../model/prices.ts';
import type { Architecture, Distribution } from '../model/types.ts';
import { Rng } from '../random/rng.ts';
import { Sampler } from '../random/sampler.ts';
import type { LatencyStats } from '../results/result-types.ts';
import { type Climbs, simulateClimbs } from './init-climb.ts';
import { initPoints, initTables } from './init-extension.ts';
import { initRampTop } from './init-ramp.ts';
import { type LatencyMixture, mixtureStats } from './latency-mixture.ts';
import { bandHazards, levelStep } from './level-model.ts';
import { LevelRings } from './level-rings.ts';
import { type PoissonBand, poissonBand } from './poisson-band.ts';
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

/** Runs the level model over the profile; `rng` draws the INIT samples for cold latency. */
export function functionsFast(input: FunctionsFastInput, rng: Rng): FunctionsFastResult {
  const { limit, meanMs } = input;
  const meanS = meanMs / 1000;
  const mu = 1 / meanS;
  // Steps of 1 s where the rate jumps (steps, spikes), 5 s where it changes smoothly (a daily cycle).
  // A profile shorter than two such steps runs in 1 s steps: its first step would otherwise average its
  // seconds with the empty ones after the horizon, and the climb at its start would be at too low a rate.
  const dt = smooth(input.ratesPerSecond) && input.ratesPerSecond.length >= 10 ? 5 : 1;
  const rates = stepMeans(input.ratesPerSecond, dt);
  const window = Math.max(1, Math.round(input.idleLifetimeMs / 1000 / dt));
  const maxM = rates.reduce((a, r) => Math.max(a, r * meanS), 0);
  const init = initPoints(input.initMs, rng);
  const maxClimb = initRampTop(0, 0, maxM * mu, mu, init).top;
  const levels = Math.min(limit, Math.ceil(Math.max(maxM, maxClimb) + 10 * Math.sqrt(maxM) + 12));
  const rings = new LevelRings(levels, window);
  const pmf = new Float64Array(levels + 1);
  // The band's hazards, worked out again only when the step's λ or m differs from the last one's.
  const hazards = new Float64Array(levels + 2);
  const belowF = new Float64Array(levels + 2);
  let [hazardsFor, hazardsAt] = [-1, -1];
  // The climb after a jump at `step` from `before` in flight, as hazards by level into `climb`; returns the
  // highest level it may reach (0: no climb past the pool worth simulating).
  const climb = new Float64Array(levels + 1);
  const initSampler = new Sampler(input.initMs);
  const climbRng = new Rng(Array.from({ length: 4 }, () => (rng.uniform() * 2 ** 32) | 0));
  const climbs = new Map<string, Climbs>();
  const climbAt = (step: number, before: number, lambda: number, provisioned: number): number => {
    const pool = Math.max(poolTop(rings, levels, step), provisioned);
    const ramp = initRampTop(before, pool, lambda, mu, init);
    const sd = Math.sqrt(ramp.peak);
    // Only when the mean path comes within two sd of the pool's top: below that few arrivals find the pool
    // full, and the band's own hazards (with INIT's pull, level-model.ts) have the levels it reaches.
    if (ramp.peak + 2 * sd <= pool) return 0;
    // Six sd above the limit every level up to it is reached.
    if (ramp.peak - 6 * sd >= levels) return climbHazards(null, climb);
    // Simulated (init-climb.ts) on a stream of its own, once per distinct start.
    const key = `${before} ${pool} ${lambda}`;
    let c = climbs.get(key);
    if (!c) {
      const start = { n0: before, pool, lambdaPerS: lambda, muPerS: mu, init: initSampler, limit: levels };
      c = simulateClimbs({ ...start, untilS: ramp.atS + 2 / mu }, climbRng);
      climbs.set(key, c);
    }
    return climbHazards(c.reached, climb);
  };
  const pullTable = initTables(init, mu, levels, input.idleLifetimeMs / 1000);
  let previous: PoissonBand = { lo: 0, hi: 0, total: 1 };
  let [requests, throttled, cold, m, runStart, created] = [0, 0, 0, 0, 0, 0];
  let [blocked, blockedAt, scaled] = [0, -1, 0];
  let tokens = PER_FUNCTION_BURST;
  const decay = Math.exp(-dt / meanS);
  const covered = (i: number): number => input.provisionedPerSecond?.[i * dt] ?? 0;
  for (let i = 0; i < rates.length; i++) {
    const lambda = rates[i] as number;
    const pc = covered(i);
    if (i > 0 && (lambda !== rates[i - 1] || pc !== covered(i - 1))) runStart = i;
    // Two idle lifetimes after the rate last changed the state no longer changes (the hazards look back one
    // window, the levels' absence another): every later step of the run repeats the last.
    if (i - runStart > 2 * window + 10 / dt) {
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
    const before = m;
    m = m * decay + lambda * meanS * (1 - decay);
    const band = m === hazardsAt && lambda === hazardsFor ? previous : poissonBand(m, levels, pmf);
    if (m !== hazardsAt || lambda !== hazardsFor) {
      bandHazards(band, pmf, lambda * dt, hazards, belowF);
      [hazardsFor, hazardsAt] = [lambda, m];
    }
    if (band.hi === limit && m > 0 && m !== blockedAt) [blocked, blockedAt] = [erlangB(limit, m), m];
    else if (band.hi < limit) blocked = 0;
    throttled += lambda * dt * blocked;
    // A jump in the rate: the climb with INIT reaches past the new mean (init-climb.ts).
    const rampTop = m - before > Math.sqrt(m) + 1 ? climbAt(i, before, lambda, pc) : 0;
    created = levelStep(rings, levels, {
      step: i,
      band,
      hazards,
      below: belowF,
      previous,
      covered: pc,
      ramp: rampTop > 0 ? climb : null,
      rampTop,
      pull: () => pullTable(m),
    });
    previous = band;
    scaled = 0;
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

// The climbs' hazard of reaching each level into `out` (P(not reached) = e^(−hazard), at most 50; `reached`
// null: every level); returns the highest level reached.
function climbHazards(reached: Float64Array | null, out: Float64Array): number {
  let top = 0;
  for (let j = 1; j < out.length; j++) {
    const share = reached ? (reached[j] as number) : 1;
    out[j] = share < 1 ? Math.min(50, -Math.log1p(-share)) : 50;
    if (share > 0) top = j;
  }
  return top;
}

// The highest level alive more likely than not at the start of `step`: the pool a jump starts from.
function poolTop(rings: LevelRings, levels: number, step: number): number {
  const w = rings.window;
  let pool = 0;
  for (let j = 1; j <= levels; j++) {
    rings.catchUp(j, step);
    const sum = rings.sums[j] as number;
    const natural = sum < 40 ? (rings.below[j * w + (step % w)] as number) * Math.exp(-sum) : 0;
    if (natural >= 0.5) break;
    pool = j;
  }
  return pool;
}

// True when no second's rate differs from the previous one by more than 1%.
function smooth(rates: Float64Array): boolean {
  for (let s = 1; s < rates.length; s++) {
    const [a, b] = [rates[s - 1] as number, rates[s] as number];
    if (Math.abs(b - a) > 0.01 * Math.max(a, b)) return false;
  }
  return true;
}

// Mean rate of each step of dt seconds; a last step cut short by the horizon spreads its requests over the whole
// step (their number stays right).
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
