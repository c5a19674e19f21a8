/**
 * The highest number in flight an M/G/∞ system (Poisson arrivals) reaches over a period, estimated from its
 * rate instead of request by request. In flight is Poisson(m), m = λ·E[S]; it steps up from j − 1 to j at
 * rate λ·π(j − 1) (an arrival finding j − 1 in flight), so over a period of P seconds level j is reached
 * about λ·P·π(j − 1) times. The estimate is the highest j reached at least ln 2 times on average (reached in
 * more than half of such periods), at least ⌈m⌉ and at most `limit`.
 */
export function poissonPeak(
  ratePerSecond: number,
  meanSeconds: number,
  periodSeconds: number,
  limit: number,
): number {
  const m = ratePerSecond * meanSeconds;
  if (m <= 0) return 0;
  const visits = ratePerSecond * periodSeconds;
  // π(k) from the mode upward, in logs: ln π(k) = k ln m − m − ln k!.
  let k = Math.floor(m);
  let logP = k * Math.log(m) - m - logFactorial(k);
  while (k < limit && visits * Math.exp(logP) >= Math.LN2) {
    k++;
    logP += Math.log(m / k);
  }
  return Math.min(limit, Math.max(Math.ceil(m), k));
}

/** Expected times level `level` is reached over a period (λ·P·π(level − 1), π Poisson with mean λ·E[S]). */
export function levelVisits(
  ratePerSecond: number,
  meanSeconds: number,
  periodSeconds: number,
  level: number,
): number {
  const m = ratePerSecond * meanSeconds;
  if (m <= 0 || level < 1) return 0;
  const k = level - 1;
  return ratePerSecond * periodSeconds * Math.exp(k * Math.log(m) - m - logFactorial(k));
}

/**
 * The highest level reached over a whole range of periods (rates per period, req/s): starting from the
 * highest per-period estimate, raised while the expected visits summed over all periods stay ≥ ln 2.
 */
export function rangePeak(
  rates: readonly number[],
  meanSeconds: number,
  periodSeconds: number,
  limit: number,
  start: number,
): number {
  let level = start;
  const visits = (j: number) => rates.reduce((a, r) => a + levelVisits(r, meanSeconds, periodSeconds, j), 0);
  while (level < limit && visits(level + 1) >= Math.LN2) level++;
  return level;
}

/**
 * Expected requests in flight on the first `cap` environments, E[min(N, cap)] with N Poisson(m): the busy
 * share of provisioned environments (Lambda routes to provisioned ones first).
 */
export function expectedCovered(m: number, cap: number): number {
  if (cap <= 0 || m <= 0) return 0;
  const sd = Math.sqrt(m);
  if (cap < m - 10 * sd - 10) return cap;
  // Σ_k min(k, cap)·π(k) over the mass of π (from ~10 sd below the mean), the rest of the tail at cap.
  const lo = Math.max(0, Math.floor(m - 10 * sd - 10));
  let logP = lo * Math.log(m) - m - logFactorial(lo);
  let [sum, mass] = [0, 0];
  for (let k = lo; k < cap; k++) {
    const p = Math.exp(logP);
    sum += k * p;
    mass += p;
    logP += Math.log(m / (k + 1));
  }
  return sum + cap * Math.max(0, 1 - mass);
}

// ln k! — exact sum for small k, Stirling's series beyond.
function logFactorial(k: number): number {
  if (k < 20) {
    let s = 0;
    for (let i = 2; i <= k; i++) s += Math.log(i);
    return s;
  }
  return k * Math.log(k) - k + 0.5 * Math.log(2 * Math.PI * k) + 1 / (12 * k) - 1 / (360 * k ** 3);
}
