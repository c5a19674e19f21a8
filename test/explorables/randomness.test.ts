import { describe, expect, it } from 'vitest';
import { hasRandomness } from '~/explorables/randomness.ts';
import { burst } from '../../content/lessons/02-concurrency/playground.ts';
import { waves } from '../../content/lessons/04-environment-reuse/playground.ts';

const fixed = {
  name: 'f',
  arrivals: { kind: 'burst', count: 5 },
  durationMs: { kind: 'fixed', valueMs: 100 },
  initMs: { kind: 'fixed', valueMs: 300 },
} as const;

describe('hasRandomness', () => {
  it('is false when every time is fixed and arrivals are bursts (lesson 4’s waves)', () => {
    expect(hasRandomness({ functions: [fixed] })).toBe(false);
    expect(hasRandomness(waves)).toBe(false);
  });

  it('is true for Poisson arrivals, drawn durations, the default INIT, errors or random reuse', () => {
    expect(
      hasRandomness({ functions: [{ ...fixed, arrivals: { kind: 'poisson', ratePerSecond: 1 } }] }),
    ).toBe(true);
    expect(
      hasRandomness({ functions: [{ ...fixed, durationMs: { kind: 'exponential', meanMs: 100 } }] }),
    ).toBe(true);
    const { initMs: _init, ...noInit } = fixed;
    expect(hasRandomness({ functions: [noInit] })).toBe(true);
    expect(hasRandomness({ functions: [{ ...fixed, errorRate: 0.1 }] })).toBe(true);
    expect(hasRandomness({ functions: [{ ...fixed, reusePolicy: 'random' }] })).toBe(true);
    // Lesson 2's burst has no INIT of its own: the default INIT is drawn at random.
    expect(hasRandomness(burst)).toBe(true);
  });
});
