import {
  DEFAULT_ACCOUNT_CONCURRENCY,
  DEFAULT_HORIZON_SECONDS,
  DEFAULT_IDLE_LIFETIME_MS,
  DEFAULT_MEMORY_MB,
  DEFAULT_REUSE_POLICY,
  DEFAULT_SCALING,
  DEFAULT_SEED,
  type Distribution,
  type FunctionConfig as FunctionSpec,
  LEGACY_RATE_PER_MS,
  MIN_UNRESERVED,
  PER_FUNCTION_BURST,
  PER_FUNCTION_RATE_PER_MS,
  REUSE_POLICIES,
  type ReusePolicy,
  SCALING_MODES,
  type ScalingMode,
  type Scenario,
} from '@lab/sim';
import {
  ARRIVAL_KINDS,
  ARRIVAL_LABELS,
  arrivalKindOf,
  makeArrivals,
  meanRate,
  type RateMeaning,
  rateLevel,
  rateMeaning,
  withRateLevel,
} from './arrivals.ts';
import { meanOf, withMean } from './distributions.ts';
import { initOriginOf } from './init-source.ts';
import { RUNTIME_OPTIONS } from './runtimes.ts';

/** The controls a `<SimPlayground>` can expose, by key (the `controls` prop). */
export const CONTROL_KEYS = [
  'arrivalKind',
  'ratePerSecond',
  'durationMs',
  'idleLifetimeSeconds',
  'reservedConcurrency',
  'provisionedConcurrency',
  'memoryMb',
  'runtime',
  'packageMb',
  'scaling',
  'reusePolicy',
  'invocation',
  'seed',
] as const;
/** One control key. */
export type ControlKey = (typeof CONTROL_KEYS)[number];
/** A control's value: a number for sliders and the seed, a string for pickers. */
export type ControlValue = number | string;
/** Values the learner has changed, by control key; keys not present keep the preset's value. */
export type ControlValues = Partial<Record<ControlKey, ControlValue>>;

interface BaseControl {
  key: ControlKey;
  /** Visible label, including the unit in brackets where there is one. */
  label: string;
  /** One sentence shown under the control (it is also its accessible description). */
  help: string;
}

/** A slider. `scale: 'log'` spreads the slider positions logarithmically between `min` and `max`. */
export interface RangeControl extends BaseControl {
  kind: 'range';
  min: number;
  max: number;
  /**
   * Values are rounded to this step. Log sliders first round to 2 significant figures (3 when the leading
   * digit is 1), so their step only needs to be fine enough not to merge neighbouring positions.
   */
  step: number;
  scale: 'linear' | 'log';
  /** Unit shown after the value, e.g. `req/s`. */
  unit: string;
  /** Text shown instead of the number for 0 (e.g. provisioned concurrency 0 = none). */
  zeroLabel?: string;
  /**
   * A slider position below every real value that means "not set" (reserved concurrency: the far left is
   * no reservation, so 0 can keep its meaning, a function stopped).
   */
  unset?: { value: number; label: string };
}

/** A drop-down choice. */
export interface SelectControl extends BaseControl {
  kind: 'select';
  options: readonly { value: string; label: string }[];
}

/** A whole-number input (the random seed). */
export interface IntegerControl extends BaseControl {
  kind: 'integer';
  min: number;
  max: number;
}

/** One control's definition. */
export type ControlDef = RangeControl | SelectControl | IntegerControl;

/**
 * Runtime and package size used when a learner sets only one of the two on a function whose INIT is not
 * a `coldStartPreset` of a known runtime (the control then shows this value).
 */
export const CONTROL_DEFAULTS = { runtime: RUNTIME_OPTIONS[0]?.value ?? 'nodejs22.x', packageMb: 5 } as const;

/** The value a control shows when the preset's setting is not one it can represent (custom INIT). */
export const CUSTOM = 'custom';

const thousands = (n: number) => n.toLocaleString('en-US');

/** How each scaling rule reads in the picker; the rates come from the sim's limits. */
const SCALING_LABELS: Record<ScalingMode, string> = {
  'per-function': `Per function (+${thousands(PER_FUNCTION_RATE_PER_MS * 10_000)} every 10 s, ${thousands(PER_FUNCTION_BURST)} at once)`,
  'legacy-burst': `Legacy burst (then +${thousands(LEGACY_RATE_PER_MS * 60_000)}/min)`,
  unlimited: 'Unlimited (no scaling limit)',
};

/** How a function is invoked (`FunctionConfig['invocation']`). */
type Invocation = NonNullable<FunctionSpec['invocation']>;

/** Every invocation type, sync first (the sim's default). */
const INVOCATIONS = ['sync', 'async'] as const satisfies readonly Invocation[];

const INVOCATION_LABELS: Record<Invocation, string> = {
  sync: 'Synchronous (the caller waits)',
  async: 'Asynchronous (queued, retried)',
};

/** How each reuse policy reads in the picker. */
const REUSE_LABELS: Record<ReusePolicy, string> = {
  newest: 'Most recently used (newest)',
  oldest: 'Least recently used (oldest)',
  random: 'Any idle one, at random',
};

/** Every control, by key. Ranges are wide enough for every lesson; units are in the labels. */
export const CONTROLS: Record<ControlKey, ControlDef> = {
  arrivalKind: {
    key: 'arrivalKind',
    kind: 'select',
    label: 'Arrival pattern',
    help: 'How the requests are spread over time; the mean rate stays the same.',
    options: ARRIVAL_KINDS.map((value) => ({ value, label: ARRIVAL_LABELS[value] })),
  },
  ratePerSecond: {
    key: 'ratePerSecond',
    kind: 'range',
    label: 'Request rate (req/s)',
    help: 'Requests per second, steady over the run.',
    min: 0.1,
    max: 500,
    step: 0.001,
    scale: 'log',
    unit: 'req/s',
  },
  durationMs: {
    key: 'durationMs',
    kind: 'range',
    label: 'Handler duration (ms, mean)',
    help: 'How long one request keeps an environment busy, on average.',
    min: 10,
    max: 30_000,
    step: 0.1,
    scale: 'log',
    unit: 'ms',
  },
  idleLifetimeSeconds: {
    key: 'idleLifetimeSeconds',
    kind: 'range',
    label: 'Idle lifetime (s)',
    help: 'How long an idle environment is kept before it is reclaimed.',
    min: 10,
    max: 3600,
    step: 0.1,
    scale: 'log',
    unit: 's',
  },
  reservedConcurrency: {
    key: 'reservedConcurrency',
    kind: 'range',
    label: 'Reserved concurrency (environments)',
    help: 'A cap on concurrent executions for this function; 0 stops it entirely. Far left: no reservation.',
    min: -1,
    // Fitted to the account by controlFor (Lambda keeps MIN_UNRESERVED unreserved).
    max: 900,
    step: 1,
    scale: 'linear',
    unit: '',
    zeroLabel: '0 (function stopped)',
    unset: { value: -1, label: 'not set' },
  },
  provisionedConcurrency: {
    key: 'provisionedConcurrency',
    kind: 'range',
    label: 'Provisioned concurrency (environments)',
    help: 'Environments initialised ahead of time and kept warm (billed while they exist).',
    min: 0,
    max: 500,
    step: 1,
    scale: 'linear',
    unit: '',
    zeroLabel: 'none',
  },
  memoryMb: {
    key: 'memoryMb',
    kind: 'select',
    label: 'Memory (MB)',
    help: 'Memory per environment; CPU share and price per second grow with it.',
    options: [128, 256, 512, 1024, 1769, 2048, 3008, 4096, 10240].map((mb) => ({
      value: String(mb),
      label: `${mb.toLocaleString('en-US')} MB`,
    })),
  },
  runtime: {
    key: 'runtime',
    kind: 'select',
    label: 'Runtime',
    help: 'The language runtime; with the package size it sets how long INIT takes.',
    options: RUNTIME_OPTIONS,
  },
  packageMb: {
    key: 'packageMb',
    kind: 'range',
    label: 'Package size (MB)',
    help: 'Deployment package size; bigger packages take longer to initialise.',
    min: 1,
    max: 250,
    step: 0.01,
    scale: 'log',
    unit: 'MB',
  },
  scaling: {
    key: 'scaling',
    kind: 'select',
    label: 'Scaling rule',
    help: 'How fast new environments may be added when traffic jumps.',
    options: SCALING_MODES.map((value) => ({ value, label: SCALING_LABELS[value] })),
  },
  reusePolicy: {
    key: 'reusePolicy',
    kind: 'select',
    label: 'Which idle environment is reused',
    help: 'When several environments are idle, which one takes the next request.',
    options: REUSE_POLICIES.map((value) => ({ value, label: REUSE_LABELS[value] })),
  },
  invocation: {
    key: 'invocation',
    kind: 'select',
    label: 'Invocation',
    help: 'Synchronous: the caller waits and a throttle is an error. Asynchronous: Lambda queues the event and retries.',
    options: INVOCATIONS.map((value) => ({ value, label: INVOCATION_LABELS[value] })),
  },
  seed: {
    key: 'seed',
    kind: 'integer',
    label: 'Random seed',
    help: 'Same seed, same run; change it to see another random draw.',
    min: 0,
    // The sim's seed range (validateScenario).
    max: 4_294_967_295,
  },
};

/** The reserved-concurrency value that stands for "no reservation" (the slider's far left). */
export const NOT_SET = -1;

/** Whether a string is a known control key. */
export function isControlKey(key: string): key is ControlKey {
  return (CONTROL_KEYS as readonly string[]).includes(key);
}

/** The scenario's horizon in seconds (the sim's default when unset). */
export function horizonOf(scenario: Scenario): number {
  return scenario.horizonSeconds ?? DEFAULT_HORIZON_SECONDS;
}

function firstFunction(scenario: Scenario): FunctionSpec {
  const fn = scenario.functions[0];
  if (!fn) throw new RangeError('scenario.functions must have at least one function, got 0');
  return fn;
}

function provisionedNow(p: FunctionSpec['provisionedConcurrency']): number {
  if (typeof p === 'number') return p;
  if (Array.isArray(p)) return p.reduce((max, s) => Math.max(max, s.count), 0);
  return 0;
}

/**
 * The value a control shows for a scenario (the first function's settings). Runtime and package size are
 * read back from the INIT distribution when it is a `coldStartPreset` of one runtime ({@link initOriginOf});
 * otherwise they read as {@link CUSTOM}. The rate reads in its {@link rateMeaning} (a peak for steps, a
 * count for a burst…).
 */
export function readControl(scenario: Scenario, key: ControlKey): ControlValue {
  const fn = firstFunction(scenario);
  const horizonS = horizonOf(scenario);
  switch (key) {
    case 'arrivalKind':
      return arrivalKindOf(fn.arrivals) ?? 'custom';
    case 'ratePerSecond':
      return rateLevel(fn.arrivals, horizonS);
    case 'durationMs':
      return meanOf(fn.durationMs);
    case 'idleLifetimeSeconds':
      return (fn.idleLifetimeMs ? meanOf(fn.idleLifetimeMs) : DEFAULT_IDLE_LIFETIME_MS) / 1000;
    case 'reservedConcurrency':
      return fn.reservedConcurrency ?? NOT_SET;
    case 'provisionedConcurrency':
      return provisionedNow(fn.provisionedConcurrency);
    case 'memoryMb':
      return String(fn.memoryMb ?? DEFAULT_MEMORY_MB);
    case 'runtime': {
      const origin = initOriginOf(fn);
      return origin.kind === 'preset' ? origin.source.runtime : CUSTOM;
    }
    case 'packageMb': {
      const origin = initOriginOf(fn);
      return origin.kind === 'preset' ? origin.source.packageMb : CUSTOM;
    }
    case 'scaling':
      return scenario.account?.scaling ?? DEFAULT_SCALING;
    case 'reusePolicy':
      return fn.reusePolicy ?? DEFAULT_REUSE_POLICY;
    case 'invocation':
      return fn.invocation ?? INVOCATIONS[0];
    case 'seed':
      return scenario.seed ?? DEFAULT_SEED;
  }
}

/** Writes one control value into a copy of a scenario's first function (or account / seed). */
export function writeControl(scenario: Scenario, key: ControlKey, value: ControlValue): Scenario {
  const fn = firstFunction(scenario);
  const horizonS = horizonOf(scenario);
  const num = Number(value);
  const setFn = (next: FunctionSpec): Scenario => ({
    ...scenario,
    functions: [next, ...scenario.functions.slice(1)],
  });
  switch (key) {
    case 'arrivalKind': {
      const kind = ARRIVAL_KINDS.find((k) => k === value);
      return kind
        ? setFn({ ...fn, arrivals: makeArrivals(kind, meanRate(fn.arrivals, horizonS), horizonS) })
        : scenario;
    }
    case 'ratePerSecond':
      return setFn({ ...fn, arrivals: withRateLevel(fn.arrivals, num, horizonS) });
    case 'durationMs':
      return setFn({ ...fn, durationMs: withMean(fn.durationMs, num) });
    case 'idleLifetimeSeconds':
      return setFn({
        ...fn,
        idleLifetimeMs: fn.idleLifetimeMs
          ? withMean(fn.idleLifetimeMs, num * 1000)
          : ({ kind: 'fixed', valueMs: num * 1000 } as Distribution),
      });
    case 'reservedConcurrency': {
      const { reservedConcurrency: _drop, ...rest } = fn;
      return setFn(num >= 0 ? { ...rest, reservedConcurrency: Math.round(num) } : (rest as FunctionSpec));
    }
    case 'provisionedConcurrency': {
      const { provisionedConcurrency: current, ...rest } = fn;
      if (num <= 0) return setFn(rest as FunctionSpec);
      // A schedule keeps its shape: every step scales so the busiest one becomes `num`.
      const peak = provisionedNow(current);
      const next: FunctionSpec['provisionedConcurrency'] =
        Array.isArray(current) && peak > 0
          ? current.map((s) => ({ ...s, count: Math.round((s.count * num) / peak) }))
          : num;
      return setFn({ ...rest, provisionedConcurrency: next });
    }
    case 'memoryMb':
      return setFn({ ...fn, memoryMb: num });
    case 'scaling': {
      const scaling = SCALING_MODES.find((m) => m === value);
      return scaling ? { ...scenario, account: { ...scenario.account, scaling } } : scenario;
    }
    case 'reusePolicy': {
      const reusePolicy = REUSE_POLICIES.find((m) => m === value);
      return reusePolicy ? setFn({ ...fn, reusePolicy }) : scenario;
    }
    case 'invocation': {
      const invocation = INVOCATIONS.find((m) => m === value);
      return invocation ? setFn({ ...fn, invocation }) : scenario;
    }
    case 'seed':
      return { ...scenario, seed: Math.trunc(num) };
    case 'runtime':
    case 'packageMb':
      // INIT depends on both plus memory: applyControls sets it once all values are known.
      return scenario;
  }
}

const RATE_CONTROLS: Record<RateMeaning, Partial<RangeControl>> = {
  rate: {},
  peak: {
    label: 'Peak request rate (req/s)',
    help: 'The busiest rate in the pattern; every part of the pattern scales with it.',
  },
  'daily-mean': {
    label: 'Daily mean rate (req/s)',
    help: 'The mean of the daily cycle; the afternoon peak is higher and scales with it.',
  },
  count: {
    label: 'Burst size (requests)',
    help: 'How many requests arrive at the same instant.',
    min: 1,
    max: 5000,
    step: 1,
    unit: 'requests',
  },
  scale: {
    label: 'Traffic (× the lesson’s)',
    help: 'Multiplies every part of the traffic pattern (1× is the lesson’s).',
    min: 0.1,
    max: 10,
    step: 0.01,
    unit: '×',
  },
  fixed: {
    label: 'Request rate (fixed)',
    help: 'These requests replay recorded times, so their rate cannot be changed here.',
  },
};

/** One control as it applies to a scenario: its definition (label, range), value and anything to say. */
export interface ScenarioControl {
  def: ControlDef;
  value: ControlValue;
  /** Whether the control cannot change this scenario (e.g. a rate of replayed timestamps). */
  fixed?: boolean;
}

/**
 * A control fitted to a scenario, so it says what the preset holds: the rate control is labelled by what
 * it moves for the arrival pattern, provisioned concurrency as the peak of a schedule, a memory size the
 * list lacks is added to it, and runtime / package show a custom INIT as such.
 */
export function controlFor(scenario: Scenario, key: ControlKey): ScenarioControl {
  const fn = firstFunction(scenario);
  const value = readControl(scenario, key);
  const def = CONTROLS[key];
  if (key === 'ratePerSecond' && def.kind === 'range') {
    const meaning = rateMeaning(fn.arrivals);
    return {
      def: { ...def, ...RATE_CONTROLS[meaning] },
      value,
      ...(meaning === 'fixed' ? { fixed: true } : {}),
    };
  }
  if (key === 'reservedConcurrency' && def.kind === 'range') {
    // Lambda keeps MIN_UNRESERVED of the account unreserved, and the other functions' reservations count too.
    const account = scenario.account?.concurrencyLimit ?? DEFAULT_ACCOUNT_CONCURRENCY;
    const others = scenario.functions.slice(1).reduce((sum, f) => sum + (f.reservedConcurrency ?? 0), 0);
    return { def: { ...def, max: Math.max(0, account - MIN_UNRESERVED - others) }, value };
  }
  if (key === 'provisionedConcurrency' && def.kind === 'range' && Array.isArray(fn.provisionedConcurrency)) {
    return {
      def: {
        ...def,
        label: 'Provisioned concurrency (peak of the schedule)',
        help: 'The schedule’s busiest step; the other steps scale with it.',
      },
      value,
    };
  }
  if (key === 'idleLifetimeSeconds' && def.kind === 'range' && fn.idleLifetimeMs?.kind !== undefined) {
    if (fn.idleLifetimeMs.kind !== 'fixed')
      return { def: { ...def, label: 'Idle lifetime (s, mean)' }, value };
  }
  if (def.kind === 'select' && !def.options.some((o) => o.value === String(value))) {
    const label =
      key === 'memoryMb'
        ? `${Number(value).toLocaleString('en-US')} MB`
        : key === 'arrivalKind'
          ? 'As in the lesson'
          : value === CUSTOM
            ? customInitLabel(fn)
            : String(value);
    return { def: { ...def, options: [{ value: String(value), label }, ...def.options] }, value };
  }
  if (key === 'packageMb' && value === CUSTOM && def.kind === 'range') {
    return {
      def: {
        ...def,
        help: `${customInitLabel(fn)}; moving this sets INIT from the runtime and package size.`,
      },
      value,
    };
  }
  return { def, value };
}

/** How a custom INIT reads in the runtime list: "As in the lesson (INIT median 300 ms)". */
function customInitLabel(fn: FunctionSpec): string {
  const origin = initOriginOf(fn);
  const median = origin.kind === 'custom' ? origin.medianMs : undefined;
  return median === undefined
    ? 'As in the lesson (custom INIT)'
    : `As in the lesson (INIT median ${Math.round(median).toLocaleString('en-US')} ms)`;
}
