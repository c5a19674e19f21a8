import { DEFAULT_IDLE_LIFETIME_MS, type FunctionConfig, type Scenario } from '@lab/sim';
import type { PlaygroundClaim } from '~/explorables/claim.ts';

const api = {
  name: 'api',
  memoryMb: 512,
  durationMs: { kind: 'fixed', valueMs: 200 },
  initMs: { kind: 'fixed', valueMs: 300 },
  // The simulator's default, 10 min (cited in src/sim/defaults.ts); the playground's slider changes it.
  idleLifetimeMs: { kind: 'fixed', valueMs: DEFAULT_IDLE_LIFETIME_MS },
} satisfies Omit<FunctionConfig, 'arrivals'>;

/**
 * Three waves of 50 simultaneous requests: at 0 s, 2 min and 14 min. The second wave finds the first
 * wave's environments idle and reuses them; by the third they have been idle 12 min and are reclaimed.
 */
export const waves = {
  seed: 6,
  horizonSeconds: 900,
  functions: [
    {
      ...api,
      arrivals: [
        { kind: 'burst', count: 50, atSeconds: 0 },
        { kind: 'burst', count: 50, atSeconds: 120 },
        { kind: 'burst', count: 50, atSeconds: 840 },
      ],
    },
  ],
} satisfies Scenario;

/** 1,000 requests at once, then a trickle of one request every 2 s on average for 15 minutes. */
export const burstThenTrickle = {
  seed: 7,
  horizonSeconds: 900,
  functions: [
    {
      ...api,
      arrivals: [
        { kind: 'burst', count: 1000, atSeconds: 0 },
        { kind: 'poisson', ratePerSecond: 0.5 },
      ],
    },
  ],
} satisfies Scenario;

/** What `l4-waves` exists to show. */
export const wavesClaim = {
  sentence:
    'The second wave reuses the first wave’s 50 idle environments; by the third they have been reclaimed: 100 environments for 150 requests.',
  matters: [],
  shows: [
    { side: 'a', path: 'environments.created', atLeast: 100, atMost: 100 },
    { side: 'a', path: 'coldStarts', atLeast: 100, atMost: 100 },
  ],
} satisfies PlaygroundClaim;

/** What `l4-burst-then-trickle` exists to show. */
export const burstThenTrickleClaim = {
  sentence:
    'The burst creates 1,000 environments; the trickle keeps reusing the same few, so there are no cold starts after the burst.',
  matters: [],
  shows: [
    { side: 'a', path: 'environments.created', atLeast: 1000, atMost: 1000 },
    { side: 'a', path: 'coldStarts', atLeast: 1000, atMost: 1000 },
  ],
} satisfies PlaygroundClaim;

/**
 * For the request walk: three requests at once, one at 1:00, one at 12:00, with the default 10-minute idle
 * lifetime. The 1:00 request reuses a warm environment; by 12:00 all three have been reclaimed, so that
 * request starts cold on a new one.
 */
export const reuseThenReclaim = {
  seed: 6,
  horizonSeconds: 780,
  functions: [
    {
      ...api,
      arrivals: [
        { kind: 'burst', count: 3, atSeconds: 0 },
        { kind: 'replay', timestampsMs: [60_000, 720_000] },
      ],
    },
  ],
} satisfies Scenario;
