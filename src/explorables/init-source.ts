import {
  coldStartPreset,
  DEFAULT_INIT,
  type Distribution,
  type FunctionConfig,
  RUNTIMES,
  type Runtime,
} from '@lab/sim';

/** The runtime and package size an INIT distribution was built from with the sim's `coldStartPreset`. */
export interface InitSource {
  /** Runtime identifier. @example 'java21' */
  runtime: Runtime;
  /** Zipped deployment package size, MB (1–250 here: the package slider's range). @example 40 */
  packageMb: number;
}

/** What the runtime and package controls can say about a function's INIT. */
export type InitOrigin =
  | { kind: 'preset'; source: InitSource }
  /** INIT is set some other way (a fixed value, a hand-made distribution, or ambiguous); `medianMs` if known. */
  | { kind: 'custom'; medianMs?: number };

function same(a: Distribution, b: Distribution): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function presetFor(source: InitSource, fn: Pick<FunctionConfig, 'memoryMb' | 'architecture'>): Distribution {
  return coldStartPreset({
    ...source,
    ...(fn.architecture ? { architecture: fn.architecture } : {}),
    ...(fn.memoryMb ? { memoryMb: fn.memoryMb } : {}),
  });
}

/**
 * Recovers the runtime and package size a function's `initMs` came from, by re-running `coldStartPreset` at
 * the function's memory and architecture for every runtime and each whole package size 1–250 MB. The answer
 * counts only when exactly one runtime reproduces the distribution (the smallest matching size is taken:
 * INIT medians are rounded to whole ms, so neighbouring sizes can give the same one). Anything else is
 * `custom`, so the controls never claim a runtime the preset did not use.
 */
export function initOriginOf(fn: Pick<FunctionConfig, 'initMs' | 'memoryMb' | 'architecture'>): InitOrigin {
  // No initMs: the sim's default INIT, whatever the function's memory.
  const init = fn.initMs ?? DEFAULT_INIT;
  const medianMs =
    init.kind === 'lognormal' ? init.medianMs : init.kind === 'fixed' ? init.valueMs : undefined;
  const custom: InitOrigin = medianMs === undefined ? { kind: 'custom' } : { kind: 'custom', medianMs };
  if (init.kind !== 'lognormal') return custom;
  const matches: InitSource[] = [];
  for (const runtime of RUNTIMES) {
    for (let packageMb = 1; packageMb <= 250; packageMb++) {
      if (same(presetFor({ runtime, packageMb }, fn), init)) {
        matches.push({ runtime, packageMb });
        break;
      }
    }
  }
  const [only] = matches;
  return matches.length === 1 && only ? { kind: 'preset', source: only } : custom;
}

/** The INIT distribution for a runtime and package at a function's memory and architecture. */
export function initFor(
  source: InitSource,
  fn: Pick<FunctionConfig, 'memoryMb' | 'architecture'>,
): Distribution {
  return presetFor(source, fn);
}

/** Whether a string names a runtime the sim has a preset for. */
export function isRuntime(value: unknown): value is Runtime {
  return RUNTIMES.some((r) => r === value);
}
