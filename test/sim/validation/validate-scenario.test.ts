import { ScenarioError, simulate, validateScenario } from '@lab/sim';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oneFunction } from '../helpers.ts';

function issuesOf(input: unknown): string[] {
  try {
    validateScenario(input);
  } catch (err) {
    expect(err).toBeInstanceOf(ScenarioError);
    expect(err).toBeInstanceOf(RangeError);
    return (err as ScenarioError).issues.map((i) => i.message);
  }
  return [];
}

describe('validateScenario', () => {
  it('fills every default of a minimal scenario', () => {
    const r = validateScenario({
      functions: [
        {
          name: 'api',
          arrivals: { kind: 'poisson', ratePerSecond: 1 },
          durationMs: { kind: 'fixed', valueMs: 50 },
        },
      ],
    });
    expect(r).toMatchInlineSnapshot(`
      {
        "account": {
          "concurrencyLimit": 1000,
          "legacyBurst": 3000,
          "scaling": "per-function",
        },
        "functions": [
          {
            "architecture": "x86_64",
            "arrivals": [
              {
                "kind": "poisson",
                "ratePerSecond": 1,
              },
            ],
            "durationMs": {
              "kind": "fixed",
              "valueMs": 50,
            },
            "errorRate": 0,
            "idleLifetimeMs": {
              "kind": "fixed",
              "valueMs": 600000,
            },
            "initMs": {
              "kind": "lognormal",
              "medianMs": 162,
              "p99Ms": 230,
            },
            "invocation": "sync",
            "maxEventAgeSeconds": 21600,
            "maxRetryAttempts": 2,
            "memoryMb": 128,
            "name": "api",
            "proactiveInitProbability": 0,
            "provisionedAllocationSeconds": 0,
            "provisionedConcurrency": [],
            "provisionedRecycleSeconds": null,
            "reservedConcurrency": null,
            "reusePolicy": "newest",
            "timeoutMs": 900000,
          },
        ],
        "horizonSeconds": 3600,
        "output": {
          "records": 0,
          "seriesResolutionSeconds": null,
          "spans": 0,
        },
        "seed": 1,
      }
    `);
  });

  it('names the path, the allowed range and the value', () => {
    expect(issuesOf(oneFunction({ memoryMb: 50 }))).toEqual([
      'functions[0].memoryMb must be 128–10240, got 50',
    ]);
    expect(issuesOf(oneFunction({ timeoutMs: 900_001 }))).toEqual([
      'functions[0].timeoutMs must be 1–900000, got 900001',
    ]);
    expect(issuesOf({ ...oneFunction(), horizonSeconds: -1 })).toEqual([
      'horizonSeconds must be > 0 and ≤ 31536000, got -1',
    ]);
  });

  it('rejects NaN, strings and unknown fields instead of coercing them', () => {
    const bad = {
      ...oneFunction(),
      seed: Number.NaN,
      functions: [{ ...oneFunction().functions[0], memroyMb: 512, errorRate: '0.1' }],
    };
    expect(issuesOf(bad)).toEqual([
      'seed must be 0–4294967295, got NaN',
      'functions[0].memroyMb is not a known field (known: name, memoryMb, arrivals, durationMs, initMs, idleLifetimeMs, reservedConcurrency, provisionedConcurrency, timeoutMs, invocation, errorRate, architecture, reusePolicy, maxEventAgeSeconds, maxRetryAttempts, proactiveInitProbability, provisionedAllocationSeconds, provisionedRecycleSeconds)',
      'functions[0].errorRate must be 0–1 (a number), got "0.1"',
    ]);
  });

  it('checks distributions and arrivals by kind', () => {
    expect(issuesOf(oneFunction({ durationMs: { kind: 'lognormal', medianMs: 100, p99Ms: 50 } }))).toEqual([
      'functions[0].durationMs.p99Ms must be ≥ medianMs (100), got 50',
    ]);
    expect(issuesOf(oneFunction({ arrivals: [{ kind: 'poisson', ratePerSecond: 0 }] }))).toEqual([
      'functions[0].arrivals[0].ratePerSecond must be > 0 and ≤ 1000000, got 0',
    ]);
    expect(
      issuesOf(
        oneFunction({
          arrivals: {
            kind: 'steps',
            steps: [
              { atSeconds: 10, ratePerSecond: 1 },
              { atSeconds: 5, ratePerSecond: 1 },
            ],
          },
        }),
      ),
    ).toEqual(['functions[0].arrivals.steps[1].atSeconds must be > 10 and ≤ 1000000000, got 5']);
  });

  it('enforces cross-field limits: reserved leaves 100 unreserved, provisioned fits in reserved', () => {
    expect(issuesOf(oneFunction({ reservedConcurrency: 950 }))).toEqual([
      'functions[0].reservedConcurrency must be ≤ 900 (account 1000 − 100 unreserved − 0 reserved by earlier functions), got 950',
    ]);
    expect(issuesOf(oneFunction({ reservedConcurrency: 10, provisionedConcurrency: 20 }))).toEqual([
      'functions[0].provisionedConcurrency must be ≤ reservedConcurrency (10), got 20',
    ]);
    const two = oneFunction({ reservedConcurrency: 500 });
    const f0 = two.functions[0];
    if (!f0) throw new Error('fixture');
    expect(issuesOf({ ...two, functions: [f0, { ...f0, name: 'g' }] })).toEqual([
      'functions[1].reservedConcurrency must be ≤ 400 (account 1000 − 100 unreserved − 500 reserved by earlier functions), got 500',
    ]);
  });

  it('requires unique function names', () => {
    const s = oneFunction();
    const f0 = s.functions[0];
    if (!f0) throw new Error('fixture');
    expect(issuesOf({ ...s, functions: [f0, f0] })).toEqual([
      'functions[1].name must be unique, got "f" twice',
    ]);
  });

  it('is idempotent: a validated scenario validates to itself', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 128, max: 10240 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (memoryMb, rate) => {
          const once = validateScenario(
            oneFunction(
              {
                memoryMb,
                arrivals: { kind: 'poisson', ratePerSecond: rate },
                reservedConcurrency: 5,
                provisionedConcurrency: 2,
              },
              { output: { seriesResolutionSeconds: 60 } },
            ),
          );
          expect(validateScenario(once)).toEqual(once);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('returns a scenario simulate accepts as is (same result)', () => {
    const resolved = validateScenario(oneFunction());
    expect(simulate(resolved).total).toEqual(simulate(oneFunction()).total);
  });
});

describe('run size guard', () => {
  it('refuses a scenario that could not finish, saying how to shrink it', () => {
    expect(
      issuesOf(
        oneFunction({ arrivals: { kind: 'poisson', ratePerSecond: 10_000 } }, { horizonSeconds: 31_536_000 }),
      ),
    ).toEqual([
      'functions[0].arrivals would bring about 3.15e+11 requests over 31536000 s; at most 3e+8 per function (shorten horizonSeconds or lower the rate)',
    ]);
  });
});

describe('account limit of new accounts', () => {
  it('accepts an account limit as low as 10 (new accounts start below 1,000), not 9', () => {
    expect(() => validateScenario(oneFunction({}, { account: { concurrencyLimit: 10 } }))).not.toThrow();
    expect(issuesOf(oneFunction({}, { account: { concurrencyLimit: 9 } }))).toEqual([
      'account.concurrencyLimit must be 10–1000000, got 9',
    ]);
  });
});
