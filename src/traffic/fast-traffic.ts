import { meanOf } from '../explorables/distributions.ts';
import {
  costOf,
  createStreams,
  functionsFast,
  gbSeconds,
  PRICES,
  rateProfile,
  type Scenario,
} from '../sim/index.ts';
import { expectedCovered, poissonPeak, rangePeak } from './poisson-peak.ts';
import type { TrafficOutcome } from './traffic-outcome.ts';
import { TrafficError } from './traffic-types.ts';

/**
 * The scale path: the file's rates second by second through the simulator's level model (`functionsFast`, the
 * spectrum explorer's fast path) instead of request by request, so a week at 1,000 req/s (600 million
 * requests) takes about as long as a week at 1 req/s. Cold starts and throttles are expected values per
 * period; the per-period peak is {@link poissonPeak}, the mean λ·E[S] plus INIT time. Its error against the
 * exact simulation is measured by `npm run perf:traffic` (README, "Your traffic").
 */
export function fastTraffic(
  scenario: Scenario,
  periodSeconds: number,
  onProgress?: (done: number) => void,
): TrafficOutcome {
  const f = scenario.functions[0];
  const horizonSeconds = scenario.horizonSeconds ?? 0;
  const arrivals = f ? (Array.isArray(f.arrivals) ? f.arrivals : [f.arrivals]) : [];
  const rates = rateProfile(arrivals, horizonSeconds);
  if (!f || !rates)
    throw new TrafficError(
      'the fast method needs per-period counts; a list of request times is replayed exactly',
    );
  const meanMs = meanOf(f.durationMs);
  const initMs = f.initMs ?? { kind: 'fixed', valueMs: 0 };
  const idleLifetimeMs = f.idleLifetimeMs?.kind === 'fixed' ? f.idleLifetimeMs.valueMs : 420_000;
  const accountLimit = scenario.account?.concurrencyLimit ?? 1000;
  const limit = Math.min(accountLimit, f.reservedConcurrency ?? accountLimit);
  const scaling = scenario.account?.scaling ?? 'per-function';
  const memoryMb = f.memoryMb ?? 128;
  const architecture = f.architecture ?? 'x86_64';
  const provisioned = new Float64Array(rates.length);
  const pcSteps = f.provisionedConcurrency ?? [];
  if (typeof pcSteps === 'number') provisioned.fill(pcSteps);
  else for (const step of pcSteps) provisioned.fill(step.count, Math.max(0, Math.floor(step.atSeconds)));
  const periods = Math.ceil(horizonSeconds / periodSeconds);
  const cold = new Array<number>(periods).fill(0);
  const throttles = new Array<number>(periods).fill(0);
  let reported = 0;
  const [rng] = createStreams(scenario.seed ?? 1, 1);
  if (!rng) throw new RangeError('fastTraffic: no random stream');
  const fn = functionsFast(
    {
      ratesPerSecond: rates,
      meanMs,
      initMs,
      idleLifetimeMs,
      limit,
      scalingLimited: scaling !== 'unlimited',
      memoryMb,
      architecture,
      provisionedPerSecond: provisioned,
      handlerMs: f.durationMs,
      onStep: (from, seconds, c, t) => {
        // A run of equal seconds spreads evenly over the periods it covers.
        for (let s = from; s < from + seconds; ) {
          const p = Math.floor(s / periodSeconds);
          const end = Math.min(from + seconds, (p + 1) * periodSeconds);
          const share = (end - s) / seconds;
          cold[p] = (cold[p] ?? 0) + c * share;
          throttles[p] = (throttles[p] ?? 0) + t * share;
          s = end;
        }
        if (from - reported >= horizonSeconds / 50) {
          reported = from;
          onProgress?.(from / horizonSeconds);
        }
      },
    },
    rng,
  );
  onProgress?.(1);
  const initMean = meanOf(initMs);
  const t: number[] = [];
  const peak: number[] = [];
  const mean: number[] = [];
  const periodRates: number[] = [];
  let [area, onProvisionedMs] = [0, 0];
  for (let p = 0; p < periods; p++) {
    const from = p * periodSeconds;
    const to = Math.min(horizonSeconds, from + periodSeconds);
    let sum = 0;
    for (let s = from; s < to; s++) sum += rates[s] ?? 0;
    const rate = sum / Math.max(1, to - from);
    const served = rate > 0 ? 1 - (throttles[p] ?? 0) / Math.max(sum, 1e-9) : 1;
    const inFlight = (rate * served * meanMs) / 1000 + ((cold[p] ?? 0) * initMean) / 1000 / (to - from);
    periodRates.push(rate);
    t.push(from * 1000);
    mean.push(inFlight);
    peak.push(poissonPeak(rate, meanMs / 1000, to - from, limit));
    area += inFlight * (to - from);
    onProvisionedMs +=
      expectedCovered((rate * served * meanMs) / 1000, provisioned[from] ?? 0) * (to - from) * 1000;
  }
  const provisionedSeconds = provisioned.reduce((a, v) => a + v, 0);
  const split = costOf({ requests: fn.served, memoryMb, billedMs: 0, architecture });
  const pc = costOf({
    requests: 0,
    memoryMb,
    billedMs: 0,
    architecture,
    provisionedEnvironmentSeconds: provisionedSeconds,
  });
  // Handler time on provisioned environments is billed at their lower duration rate.
  const discount =
    gbSeconds(memoryMb, onProvisionedMs) *
    (PRICES.durationPerGbSecond[architecture] - PRICES.provisionedDurationPerGbSecond[architecture]);
  const duration = Math.max(0, fn.costUsd - split.requests - discount);
  const notes: string[] = [];
  if (scaling === 'legacy-burst')
    notes.push('the fast method models the per-function scaling rule, not legacy burst');
  return {
    method: 'fast',
    totals: {
      requests: fn.requests,
      throttled: fn.throttled,
      coldStarts: fn.coldStarts,
      coldStartProbability: fn.requests > 0 ? fn.coldStarts / fn.requests : 0,
      concurrency: {
        // Over the whole range a level is reached more often than in one period: the range's own estimate.
        max: rangePeak(
          periodRates,
          meanMs / 1000,
          periodSeconds,
          limit,
          peak.reduce((a, v) => Math.max(a, v), 0),
        ),
        mean: horizonSeconds > 0 ? area / horizonSeconds : 0,
      },
      latencyMs: { p50: fn.latencyMs.p50, p99: fn.latencyMs.p99 },
      costUsd: {
        requests: split.requests,
        duration,
        provisioned: pc.provisioned,
        total: split.requests + duration + pc.provisioned,
      },
    },
    series: { t, peak, mean, coldStarts: cold, throttles },
    horizonSeconds,
    full: null,
    notes,
  };
}
