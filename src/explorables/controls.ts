import {
  DEFAULT_ACCOUNT_CONCURRENCY,
  type FunctionConfig as FunctionSpec,
  MIN_UNRESERVED,
  REUSE_POLICIES,
  SCALING_MODES,
  type Scenario,
} from '@lab/sim';
import { ARRIVAL_KINDS, ARRIVAL_LABELS, rateMeaning } from './arrivals.ts';
import { type ControlDef, CUSTOM } from './control-def.ts';
import {
  INVOCATION_LABELS,
  INVOCATIONS,
  RATE_CONTROLS,
  REUSE_LABELS,
  SCALING_LABELS,
} from './control-options.ts';
import { firstFunction, readControl } from './control-value.ts';
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

/**
 * Runtime and package size used when a learner sets only one of the two on a function whose INIT is not
 * a `coldStartPreset` of a known runtime (the control then shows this value).
 */
export const CONTROL_DEFAULTS = { runtime: RUNTIME_OPTIONS[0]?.value ?? 'nodejs22.x', packageMb: 5 } as const;

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

/** Whether a string is a known control key. */
export function isControlKey(key: string): key is ControlKey {
  return (CONTROL_KEYS as readonly string[]).includes(key);
}

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
