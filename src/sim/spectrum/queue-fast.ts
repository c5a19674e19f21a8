/**
 * The fast path for the VM and container columns of `compareSpectrum`: instead of every request, each
 * interval of constant capacity is an M/M/c queue in its steady state (Poisson arrivals at the interval's
 * mean rate, exponential work), and a request that would wait longer than `maxQueueMs` is dropped, modelled
 * as a waiting room of c·μ·maxQueue places (M/M/c/K). Waits are then exponential with rate cμ − λ, cut off
 * at maxQueueMs (the cut-off applies to overloaded intervals too, where waits pile up near the limit).
 * What this leaves out: queues carried from one interval into the next (an interval starts in its own
 * steady state). Measured against the exact FCFS run in test/sim/queue-fast.test.ts and the README.
 */

/** One stretch of constant rate and capacity. */
export interface QueueInterval {
  /** Length, ms. */
  ms: number;
  /** Mean arrival rate, requests per ms. */
  perMs: number;
  /** Requests served at once. */
  slots: number;
}

/** Expected outcome of an interval. */
export interface QueueOutcome {
  /** The interval's rate (per ms) and capacity. */
  perMs: number;
  slots: number;
  requests: number;
  served: number;
  dropped: number;
  /** Served requests that waited. */
  queued: number;
  /** Mean latency of served requests, ms. */
  meanLatencyMs: number;
  /** P(latency > x) of this interval's served requests, or null when (almost) none waits: then e^(−x/mean). */
  above: ((x: number) => number) | null;
}

/** Erlang B blocking probability B(c, a) by the stable recursion B_k = a·B_{k−1} / (k + a·B_{k−1}). */
export function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

const POINTS = 16;

/** The M/M/c/K steady state of one interval, for work with mean `meanMs` and a wait limit `maxQueueMs`. */
export function queueInterval(iv: QueueInterval, meanMs: number, maxQueueMs: number): QueueOutcome {
  const requests = iv.perMs * iv.ms;
  const mu = 1 / meanMs;
  const c = iv.slots;
  if (c <= 0)
    return {
      perMs: iv.perMs,
      slots: c,
      requests,
      served: 0,
      dropped: requests,
      queued: 0,
      meanLatencyMs: 0,
      above: null,
    };
  const a = iv.perMs / mu;
  const r = a / c;
  const k = Math.max(1, Math.round(c * mu * maxQueueMs));
  const b = erlangB(c, a);
  // Probabilities relative to the n ≤ c part (Σ = 1 there): waiting places hold B·r^i, i = 1..k.
  // Scaled by r^-k when r > 1 so nothing overflows.
  let drop: number;
  let wait: number;
  if (Math.abs(r - 1) < 1e-9) {
    drop = b / (1 + b * k);
    wait = (b * k) / (1 + b * k);
  } else if (r < 1) {
    const rk = r ** k;
    const z = 1 + (b * r * (1 - rk)) / (1 - r);
    drop = (b * rk) / z;
    wait = (b * (1 - rk)) / (1 - r) / z;
  } else {
    const inv = 1 / r;
    const ik = inv ** k;
    const z = ik + (b * (1 - ik)) / (1 - inv);
    drop = b / z;
    wait = (b * inv * (1 - ik)) / (1 - inv) / z;
  }
  const served = requests * (1 - drop);
  const waitShare = Math.min(1, wait / Math.max(1e-300, 1 - drop));
  const queued = served * waitShare;
  const counts = { perMs: iv.perMs, slots: c, requests, served, dropped: requests - served, queued };
  if (waitShare < 1e-7) return { ...counts, meanLatencyMs: meanMs, above: null };
  const waits = truncatedExponentialPoints(c * mu - iv.perMs, maxQueueMs);
  const meanWait = waits.reduce((x, y) => x + y, 0) / POINTS;
  const above = (x: number): number => {
    let s = 0;
    for (const w of waits) s += w >= x ? 1 : Math.exp(-mu * (x - w));
    return (1 - waitShare) * Math.exp(-mu * x) + (waitShare * s) / POINTS;
  };
  return { ...counts, meanLatencyMs: meanMs + waitShare * meanWait, above };
}

// Stratified quantiles of an exponential with rate θ (per ms; θ ≤ 0 means waits pile up towards the limit)
// truncated to [0, limit].
function truncatedExponentialPoints(theta: number, limit: number): Float64Array {
  const pts = new Float64Array(POINTS);
  for (let i = 0; i < POINTS; i++) {
    const p = (i + 0.5) / POINTS;
    const t = Math.abs(theta);
    if (t * limit < 1e-6) pts[i] = p * limit;
    else if (theta > 0) pts[i] = -Math.log(1 - p * (1 - Math.exp(-t * limit))) / t;
    else pts[i] = limit + Math.log(1 - (1 - p) * (1 - Math.exp(-t * limit))) / t;
  }
  return pts;
}
