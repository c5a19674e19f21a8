import type { Scenario } from '@lab/sim';
import { simulate, validateScenario } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { applyControls } from '~/explorables/apply-controls.ts';
import { meanRate } from '~/explorables/arrivals.ts';
import {
  CONTROL_KEYS,
  CONTROLS,
  controlFor,
  NOT_SET,
  readControl,
  writeControl,
} from '~/explorables/controls.ts';
import { sanitizeValues } from '~/explorables/sanitize-values.ts';

const base = {
  seed: 7,
  horizonSeconds: 600,
  functions: [
    {
      name: 'api',
      memoryMb: 512,
      arrivals: { kind: 'poisson', ratePerSecond: 2.5 },
      durationMs: { kind: 'exponential', meanMs: 800 },
      idleLifetimeMs: { kind: 'fixed', valueMs: 600000 },
    },
  ],
} satisfies Scenario;

describe('controls', () => {
  it('every control has a label, help text and (for sliders) a unit or zero label', () => {
    for (const key of CONTROL_KEYS) {
      const def = CONTROLS[key];
      expect(def.label.length).toBeGreaterThan(3);
      expect(def.help.length).toBeGreaterThan(10);
      if (def.kind === 'range')
        expect(def.unit !== '' || def.zeroLabel !== undefined || /\(/.test(def.label)).toBe(true);
    }
  });

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

  it('reserved concurrency reaches at most the account minus the 100 Lambda keeps unreserved', () => {
    const def = controlFor(base, 'reservedConcurrency').def;
    expect(def).toMatchObject({ min: NOT_SET, max: 900 });
    const big = { ...base, account: { concurrencyLimit: 10_000 } };
    expect(controlFor(big, 'reservedConcurrency').def).toMatchObject({ max: 9900 });
    const top = writeControl(base, 'reservedConcurrency', def.kind === 'range' ? def.max : 0);
    expect(() => validateScenario(top)).not.toThrow();
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

describe('applyControls', () => {
  it('applies shape before rate, so both stick', () => {
    const next = applyControls(base, { ratePerSecond: 10, arrivalKind: 'burst' });
    expect(next.functions[0]?.arrivals).toEqual({ kind: 'burst', count: 6000, atSeconds: 60 });
  });

  it('sets INIT from the runtime and package size', () => {
    const next = applyControls(base, { runtime: 'java21', packageMb: 50 });
    expect(next.functions[0]?.initMs?.kind).toBe('lognormal');
    const small = applyControls(base, { runtime: 'java21', packageMb: 1 });
    const median = (s: Scenario) => {
      const d = s.functions[0]?.initMs;
      return d?.kind === 'lognormal' ? d.medianMs : 0;
    };
    expect(median(next)).toBeGreaterThan(median(small));
  });

  it('leaves the preset alone when no values are set', () => {
    expect(applyControls(base, {})).toEqual(base);
  });
});

describe('sanitizeValues', () => {
  it('keeps only known keys with string or finite number values', () => {
    expect(
      sanitizeValues({
        seed: 3,
        nope: 1,
        ratePerSecond: Number.POSITIVE_INFINITY,
        runtime: 'java21',
        memoryMb: {},
      }),
    ).toEqual({
      seed: 3,
      runtime: 'java21',
    });
    expect(sanitizeValues(null)).toEqual({});
  });
});
