/**
 * Cold-start presets: turn `{ runtime, packageMb, architecture, memoryMb }` into an INIT-duration
 * distribution (log-normal by median and p99). Every number below names its source, read 2026-11-27.
 */
import type { Architecture, LognormalDistribution } from './types.ts';

/** Runtimes with a preset, newest first. */
export const RUNTIMES = [
  'nodejs22.x',
  'python3.13',
  'java21',
  'dotnet8',
  'ruby3.3',
  'provided.al2023',
] as const;

/** A runtime with a preset. */
export type Runtime = (typeof RUNTIMES)[number];

// Median INIT of a hello-world zip function, ms.
// Source: github.com/ssf531/AWS_Services_benchmark README, "Avg initialization duration (ms)":
// Node.js 124.85, Python 119.67, Java 362.99, C# 168.17, Ruby 141.30 (runtime versions not stated there;
// we map them to the current ones, an assumption). These are averages, used as medians (INIT
// distributions are right-skewed, so true medians are a little lower).
// provided.al2023 (Go/Rust custom runtime): 50 ms is NOT verified; it reflects the order of magnitude the
// daily maxday/lambda-perf benchmark (maxday.github.io/lambda-perf) shows for compiled runtimes; we could
// not read its data files, so treat it as an estimate.
const BASE_MEDIAN_MS: Record<Runtime, number> = {
  'nodejs22.x': 125,
  'python3.13': 120,
  java21: 363,
  dotnet8: 168,
  'ruby3.3': 141,
  'provided.al2023': 50,
};

// Growth with package size. Mikhail Shilkov, "Cold Starts in AWS Lambda" (mikhail.io, 2021-01-05):
// JavaScript functions with many dependencies (his largest zipped package is ~35 MB) are "5-10 times
// slower to start". We model a linear cost per zipped MB: 5× of a ~125 ms base over ~35 MB ≈ 15 ms/MB.
// The per-MB slope is our fit to that sentence, not a published number.
const MS_PER_PACKAGE_MB = 15;

// Spread: p99 ÷ median. NOT verified: Shilkov's charts show the 95% band roughly twice as wide as the
// 67% band; we take p99 = 2.5 × median as a plausible tail for every runtime.
const P99_OVER_MEDIAN = 2.5;

// Memory: Shilkov (same page) finds "no visible difference in cold start duration of different instance
// sizes" for hello-world functions, so the base does not depend on memory. Loading a large package is CPU
// work, and CPU scales with memory up to one vCPU at 1,769 MB (AWS docs, "Configuring Lambda function
// memory", read 2026-11-27); we scale only the package part by (1769 / memoryMb)^0.5 below 1,769 MB.
// The exponent is an assumption.
const FULL_VCPU_MB = 1769;

/** Options for `coldStartPreset`. */
export interface PresetOptions {
  /** Runtime identifier. @example 'nodejs22.x' */
  runtime: Runtime;
  /** Zipped deployment package size, MB (0–250). @example 5 */
  packageMb: number;
  /** @default 'x86_64' (arm64 is treated the same: published differences are within noise). */
  architecture?: Architecture;
  /** Memory size, MB (128–10240). @default 1024 */
  memoryMb?: number;
}

/**
 * An INIT-duration distribution for a runtime and package size.
 * @example coldStartPreset({ runtime: 'python3.13', packageMb: 10 }) // { kind: 'lognormal', medianMs: 317, p99Ms: 793 }
 */
export function coldStartPreset(options: PresetOptions): LognormalDistribution {
  const base = BASE_MEDIAN_MS[options.runtime];
  if (base === undefined) {
    throw new RangeError(
      `runtime must be one of ${RUNTIMES.join(', ')}, got ${JSON.stringify(options.runtime)}`,
    );
  }
  const { packageMb } = options;
  if (!Number.isFinite(packageMb) || packageMb < 0 || packageMb > 250) {
    throw new RangeError(`packageMb must be 0–250, got ${packageMb}`);
  }
  const memoryMb = options.memoryMb ?? 1024;
  if (!Number.isFinite(memoryMb) || memoryMb < 128 || memoryMb > 10240) {
    throw new RangeError(`memoryMb must be 128–10240, got ${memoryMb}`);
  }
  const cpuFactor = memoryMb < FULL_VCPU_MB ? Math.sqrt(FULL_VCPU_MB / memoryMb) : 1;
  const medianMs = Math.round(base + MS_PER_PACKAGE_MB * packageMb * cpuFactor);
  return { kind: 'lognormal', medianMs, p99Ms: Math.round(medianMs * P99_OVER_MEDIAN) };
}
