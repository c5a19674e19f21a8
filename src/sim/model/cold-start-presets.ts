/**
 * Cold-start presets: turn `{ runtime, packageMb, architecture, memoryMb }` into an INIT-duration
 * distribution (log-normal by median and p99). Every number below names its source and the date read.
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

// INIT of a hello-world zip function at 512 MB, ms: median and p99 of the "Init Duration" of the REPORT log
// lines recorded by the daily maxday/lambda-perf benchmark (github.com/maxday/lambda-perf, `data/*.json`,
// 10 cold starts per function per day). Window: the 60 daily files 2026-06-23 to 2026-08-22 (the newest in
// the snapshot we read on 2026-12-06), N = 576–600 cold starts per runtime and architecture. p99 is the
// linearly interpolated 99th percentile of those N values. `provided.al2023` is their Go function on that
// runtime (their Rust function is faster still: median 16 ms x86_64, 14 ms arm64). The Region is not stated
// in the repository. Derived numbers only; none of their code or raw data is copied here.
const BASE_MS: Record<Runtime, Record<Architecture, { median: number; p99: number }>> = {
  'nodejs22.x': { x86_64: { median: 142, p99: 202 }, arm64: { median: 130, p99: 167 } },
  'python3.13': { x86_64: { median: 87, p99: 200 }, arm64: { median: 80, p99: 121 } },
  java21: { x86_64: { median: 241, p99: 635 }, arm64: { median: 248, p99: 589 } },
  dotnet8: { x86_64: { median: 254, p99: 652 }, arm64: { median: 296, p99: 709 } },
  'ruby3.3': { x86_64: { median: 240, p99: 474 }, arm64: { median: 250, p99: 430 } },
  'provided.al2023': { x86_64: { median: 50, p99: 66 }, arm64: { median: 43, p99: 54 } },
};

// Growth with package size. Mikhail Shilkov, "Cold Starts in AWS Lambda" (mikhail.io, 2021-01-05):
// JavaScript functions with many dependencies (his largest zipped package is ~35 MB) are "5-10 times
// slower to start". We model a linear cost per zipped MB: 5× of a ~125 ms base over ~35 MB ≈ 15 ms/MB.
// The per-MB slope is our fit to that sentence, not a published number.
const MS_PER_PACKAGE_MB = 15;

// Spread: the measured p99 ÷ median of each runtime and architecture (above) is kept for the whole INIT,
// package loading included. That a big package's INIT spreads like a hello-world's is our assumption.

// Memory: Shilkov (same page) finds "no visible difference in cold start duration of different instance
// sizes" for hello-world functions, so the base does not depend on memory. CPU scales with memory up to one
// vCPU at 1,769 MB (AWS docs, "Configuring Lambda function memory", read 2026-12-06). That loading a large
// package is CPU-bound, and so shortens with memory, is the MODEL'S ASSUMPTION (no measurement found): we
// scale only the package part by (1769 / memoryMb)^0.5 below 1,769 MB; the exponent is an assumption too.
const FULL_VCPU_MB = 1769;

/** Options for `coldStartPreset`. */
export interface PresetOptions {
  /** Runtime identifier. @example 'nodejs22.x' */
  runtime: Runtime;
  /** Zipped deployment package size, MB (0–250). @example 5 */
  packageMb: number;
  /** Instruction set; arm64 has its own measured base INIT. @default 'x86_64' */
  architecture?: Architecture;
  /** Memory size, MB (128–10240). @default 1024 */
  memoryMb?: number;
}

/**
 * An INIT-duration distribution for a runtime and package size.
 * @example coldStartPreset({ runtime: 'python3.13', packageMb: 10 }) // { kind: 'lognormal', medianMs: 284, p99Ms: 653 }
 */
export function coldStartPreset(options: PresetOptions): LognormalDistribution {
  const byArch = BASE_MS[options.runtime];
  if (byArch === undefined) {
    throw new RangeError(
      `runtime must be one of ${RUNTIMES.join(', ')}, got ${JSON.stringify(options.runtime)}`,
    );
  }
  const architecture = options.architecture ?? 'x86_64';
  const base = byArch[architecture];
  if (base === undefined) {
    throw new RangeError(`architecture must be x86_64 or arm64, got ${JSON.stringify(architecture)}`);
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
  const medianMs = Math.round(base.median + MS_PER_PACKAGE_MB * packageMb * cpuFactor);
  return { kind: 'lognormal', medianMs, p99Ms: Math.round((medianMs * base.p99) / base.median) };
}
