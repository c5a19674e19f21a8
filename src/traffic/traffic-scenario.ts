import {
  type Architecture,
  type ArrivalPattern,
  coldStartPreset,
  DEFAULT_IDLE_LIFETIME_MS,
  type ProvisionedStep,
  type Runtime,
  type ScalingMode,
  type Scenario,
} from '../sim/index.ts';
import { type DurationFit, fitDuration } from './fit-duration.ts';
import type { Traffic } from './traffic-types.ts';

// Steps per arrival pattern, below the simulator's 10,000 (the chunk adds up to two).
const STEPS_PER_PATTERN = 9000;

/** The what-if settings applied to a traffic file. */
export interface WhatIf {
  /** MB, 128–10240. @default 128 */
  memoryMb?: number;
  /** @default 'x86_64' */
  architecture?: Architecture;
  /** INIT preset runtime. @default 'nodejs22.x' */
  runtime?: Runtime;
  /** Deployment package, MB (0–250). @default 1 */
  packageMb?: number;
  /** Idle lifetime, minutes. @default 7 */
  idleMinutes?: number;
  /** Reserved concurrency, or null for none. @default null */
  reservedConcurrency?: number | null;
  /** Provisioned concurrency by hour of day (UTC), repeated every day; empty for none. */
  provisionedByHour?: readonly { fromHour: number; toHour: number; count: number }[];
  /** Account concurrency limit. @default 1000 */
  accountLimit?: number;
  /** @default 'per-function' */
  scaling?: ScalingMode;
  /** Handler mean when the file has no Duration, ms. @default 100 */
  fallbackDurationMs?: number;
  /** @default 1 */
  seed?: number;
  /**
   * `exact`: request by request; `fast`: from the rates (fast-traffic.ts); `auto`: exact up to 15 million
   * requests. @default 'auto'
   */
  method?: 'auto' | 'exact' | 'fast';
}

/** The scenario for a file and settings, the fitted duration, and the file's start (ms since the epoch). */
export interface TrafficScenario {
  scenario: Scenario;
  duration: DurationFit;
  startMs: number;
  periodSeconds: number;
}

/**
 * Turns a file into a one-function scenario. Per-period counts become a `steps` pattern: within each period
 * requests arrive as a Poisson process at the period's count ÷ its length (so bursts inside a minute are only
 * as bunched as chance makes them). A list of times is replayed as is. The series has one bucket per period.
 */
export function trafficScenario(traffic: Traffic, w: WhatIf = {}): TrafficScenario {
  const memoryMb = w.memoryMb ?? 128;
  let startMs: number;
  let horizonSeconds: number;
  let periodSeconds: number;
  let arrivals: ArrivalPattern | ArrivalPattern[];
  let duration: DurationFit;
  if (traffic.kind === 'periods') {
    const ps = traffic.periods;
    periodSeconds = traffic.periodSeconds;
    startMs = ps[0]?.startMs ?? 0;
    horizonSeconds = ((ps.at(-1)?.startMs ?? startMs) - startMs) / 1000 + periodSeconds;
    arrivals = {
      kind: 'steps',
      steps: ps.map((p) => ({
        atSeconds: (p.startMs - startMs) / 1000,
        ratePerSecond: p.invocations / periodSeconds,
      })),
    };
    // A period missing from the file had no data: the step before it would carry on, so close it at 0.
    const steps = arrivals.steps;
    const filled = steps.flatMap((s, i) => {
      const next = steps[i + 1];
      return next && next.atSeconds - s.atSeconds > periodSeconds
        ? [s, { atSeconds: s.atSeconds + periodSeconds, ratePerSecond: 0 }]
        : [s];
    });
    // The simulator takes at most 10,000 steps per pattern and adds patterns up: a week of 1-minute periods
    // (10,080) becomes several patterns, each 0 outside its own stretch.
    const chunks: ArrivalPattern[] = [];
    for (let i = 0; i < filled.length; i += STEPS_PER_PATTERN) {
      const part = filled.slice(i, i + STEPS_PER_PATTERN);
      const end = filled[i + STEPS_PER_PATTERN]?.atSeconds;
      const steps = [
        ...(i > 0 ? [{ atSeconds: 0, ratePerSecond: 0 }] : []),
        ...part,
        ...(end !== undefined ? [{ atSeconds: end, ratePerSecond: 0 }] : []),
      ];
      chunks.push({ kind: 'steps', steps });
    }
    arrivals = chunks.length === 1 && chunks[0] ? chunks[0] : chunks;
    duration = fitDuration(ps, w.fallbackDurationMs ?? 100);
  } else {
    const ts = traffic.timestampsMs;
    startMs = Math.floor((ts[0] ?? 0) / 60_000) * 60_000;
    periodSeconds = 60;
    horizonSeconds = Math.ceil(((ts.at(-1) ?? startMs) - startMs + 1) / 60_000) * 60;
    arrivals = { kind: 'replay', timestampsMs: ts.map((t) => t - startMs) };
    duration = fitDuration([], w.fallbackDurationMs ?? 100);
  }
  const provisioned: ProvisionedStep[] = [];
  for (let day = 0; day * 86_400 < horizonSeconds; day++)
    for (const p of w.provisionedByHour ?? []) {
      // Hours are UTC hours of day; the file starts at startMs.
      const dayStart = Math.floor(startMs / 86_400_000) * 86_400 + day * 86_400 - startMs / 1000;
      provisioned.push({ atSeconds: Math.max(0, dayStart + p.fromHour * 3600), count: p.count });
      provisioned.push({ atSeconds: Math.max(0, dayStart + p.toHour * 3600), count: 0 });
    }
  provisioned.sort((a, b) => a.atSeconds - b.atSeconds);
  const scenario: Scenario = {
    seed: w.seed ?? 1,
    horizonSeconds,
    account: { concurrencyLimit: w.accountLimit ?? 1000, scaling: w.scaling ?? 'per-function' },
    functions: [
      {
        name: 'your-function',
        memoryMb,
        architecture: w.architecture ?? 'x86_64',
        arrivals,
        durationMs: duration.distribution,
        initMs: coldStartPreset({
          runtime: w.runtime ?? 'nodejs22.x',
          packageMb: w.packageMb ?? 1,
          memoryMb,
        }),
        idleLifetimeMs: {
          kind: 'fixed',
          valueMs: w.idleMinutes === undefined ? DEFAULT_IDLE_LIFETIME_MS : w.idleMinutes * 60_000,
        },
        ...(w.reservedConcurrency != null ? { reservedConcurrency: w.reservedConcurrency } : {}),
        ...(provisioned.length > 0
          ? { provisionedConcurrency: provisioned.filter((p) => p.atSeconds < horizonSeconds) }
          : {}),
      },
    ],
    output: { seriesResolutionSeconds: periodSeconds },
  };
  return { scenario, duration, startMs, periodSeconds };
}
