import type { Scenario } from '@lab/sim';
import { simulate, validateScenario } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { meanRate } from '~/explorables/arrivals.ts';
import { NOT_SET } from '~/explorables/control-def.ts';
import { readControl, writeControl } from '~/explorables/control-value.ts';
import { controlBase as base } from './fixtures.ts';

describe('readControl and writeControl', () => {
  it('reads the preset values', () => {
    expect(readControl(base, 'ratePerSecond')).toBe(2.5);
    expect(readControl(base, 'durationMs')).toBe(800);
    expect(readControl(base, 'idleLifetimeSeconds')).toBe(600);
    expect(readControl(base, 'reservedConcurrency')).toBe(NOT_SET);
    expect(readControl(base, 'memoryMb')).toBe('512');
    expect(readControl(base, 'arrivalKind')).toBe('poisson');
    expect(readControl(base, 'seed')).toBe(7);
  });

  it.each([
    ['ratePerSecond', 40],
    ['durationMs', 120],
    ['idleLifetimeSeconds', 60],
    ['reservedConcurrency', 5],
    ['provisionedConcurrency', 3],
    ['memoryMb', '1024'],
    ['scaling', 'legacy-burst'],
    ['seed', 42],
  ] as const)('writing %s = %j reads back the same', (key, value) => {
    const next = writeControl(base, key, value);
    expect(String(readControl(next, key))).toBe(String(value));
    expect(() => validateScenario(next)).not.toThrow();
  });

  it('does not change the preset it was given', () => {
    const copy = structuredClone(base);
    writeControl(base, 'ratePerSecond', 99);
    expect(base).toEqual(copy);
  });

  it('a reservation of 0 stops the function; "not set" removes the reservation', () => {
    const withReserved = writeControl(base, 'reservedConcurrency', 5);
    const stopped = writeControl(withReserved, 'reservedConcurrency', 0);
    expect(stopped.functions[0]?.reservedConcurrency).toBe(0);
    expect(simulate({ ...stopped, horizonSeconds: 60 }).total.served).toBe(0);
    const removed = writeControl(withReserved, 'reservedConcurrency', NOT_SET);
    expect(removed.functions[0]).not.toHaveProperty('reservedConcurrency');
    expect(writeControl(withReserved, 'provisionedConcurrency', 0).functions[0]).not.toHaveProperty(
      'provisionedConcurrency',
    );
  });

  it('switches a function between synchronous and asynchronous invocation', () => {
    expect(readControl(base, 'invocation')).toBe('sync');
    const queued = writeControl(base, 'invocation', 'async');
    expect(readControl(queued, 'invocation')).toBe('async');
    expect(writeControl(base, 'invocation', 'sometimes')).toBe(base);
    const burst = {
      ...queued,
      account: { concurrencyLimit: 100 },
      functions: [{ ...(queued.functions[0] ?? base.functions[0]), arrivals: { kind: 'burst', count: 500 } }],
    } as Scenario;
    // Async: throttled events are retried, not dropped at once.
    expect(simulate(burst).total.retried).toBeGreaterThan(0);
  });

  it.each(['constant', 'poisson', 'burst', 'ramp', 'diurnal'])(
    'changing the shape to %s keeps the mean rate',
    (kind) => {
      const next = writeControl(base, 'arrivalKind', kind);
      expect(readControl(next, 'arrivalKind')).toBe(kind);
      expect(meanRate(next.functions[0]?.arrivals ?? [], 600)).toBeCloseTo(2.5, 1);
      expect(() => validateScenario(next)).not.toThrow();
    },
  );
});
