import type { LineSpec } from './chart.ts';

const concurrency: LineSpec = {
  key: 'concurrency',
  label: 'Requests in flight (most at once per interval)',
  color: '--pg-c-concurrency',
  width: 2,
};

const environments: LineSpec = {
  key: 'environments',
  label: 'Environments alive',
  color: '--pg-c-envs',
  dash: [6, 4],
  width: 1.5,
};

/** Lines of the concurrency view: requests in flight, environments, and the limits. */
export const CONCURRENCY_LINES: LineSpec[] = [
  concurrency,
  { key: 'mean', label: 'Mean in flight (whole run)', color: '--pg-c-concurrency', dash: [12, 4], width: 1 },
  environments,
  { key: 'reserved', label: 'Reserved limit', color: '--pg-c-limit', dash: [2, 3], width: 2 },
  { key: 'provisioned', label: 'Provisioned', color: '--pg-c-provisioned', dash: [10, 3, 2, 3], width: 2 },
  { key: 'account', label: 'Account limit', color: '--pg-c-account', dash: [1, 5], width: 2 },
];

/** Lines of the throttles view: throttles as bars, cold starts as a stepped line. */
export const EVENT_LINES: LineSpec[] = [
  { key: 'throttles', label: 'Throttled (bars)', color: '--pg-c-throttle', kind: 'bars', hatch: true },
  {
    key: 'coldStarts',
    label: 'Cold starts (line, dots)',
    color: '--pg-c-cold',
    kind: 'step',
    points: true,
    width: 2,
  },
];

/** Bars of the latency view: cold and warm side by side per statistic. */
export const LATENCY_LINES: LineSpec[] = [
  {
    key: 'cold',
    label: 'Cold start (hatched)',
    color: '--pg-c-init',
    kind: 'bars',
    barAlign: -1,
    hatch: true,
  },
  { key: 'warm', label: 'Warm (solid)', color: '--pg-c-busy', kind: 'bars', barAlign: 1 },
];

/** Lines of a result drawn in the sandbox: requests in flight and environments as in the playground, and idle. */
export const RESULT_LINES: LineSpec[] = [
  concurrency,
  environments,
  { key: 'idle', label: 'Idle environments (interval mean)', color: '--pg-c-idle', dash: [2, 3], width: 1 },
];
