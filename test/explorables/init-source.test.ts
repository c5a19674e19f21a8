import { coldStartPreset, type FunctionConfig, RUNTIMES, type Scenario } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { applyControls } from '~/explorables/apply-controls.ts';
import { CUSTOM } from '~/explorables/control-def.ts';
import { readControl } from '~/explorables/control-value.ts';
import { controlFor } from '~/explorables/controls.ts';
import { initOriginOf } from '~/explorables/init-source.ts';

const fn = (overrides: Partial<FunctionConfig>): FunctionConfig => ({
  name: 'api',
  memoryMb: 1024,
  arrivals: { kind: 'poisson', ratePerSecond: 5 },
  durationMs: { kind: 'fixed', valueMs: 100 },
  ...overrides,
});
const scenario = (f: FunctionConfig): Scenario => ({ seed: 1, horizonSeconds: 60, functions: [f] });

describe('initOriginOf', () => {
  it.each([
    ['java21', 40, 1024],
    ['nodejs22.x', 30, 512],
    ['python3.13', 20, 512],
    ['nodejs22.x', 5, 512],
  ] as const)('recovers %s with a %d MB package at %d MB', (runtime, packageMb, memoryMb) => {
    const initMs = coldStartPreset({ runtime, packageMb, memoryMb });
    expect(initOriginOf(fn({ memoryMb, initMs }))).toEqual({
      kind: 'preset',
      source: { runtime, packageMb },
    });
  });

  it('calls a hand-made INIT custom and gives its median', () => {
    expect(initOriginOf(fn({ initMs: { kind: 'fixed', valueMs: 300 } }))).toEqual({
      kind: 'custom',
      medianMs: 300,
    });
    expect(initOriginOf(fn({ initMs: { kind: 'lognormal', medianMs: 333, p99Ms: 400 } })).kind).toBe(
      'custom',
    );
  });

  it("reads no INIT as the sim's default (nodejs22.x, 1 MB at 1,024 MB)", () => {
    expect(initOriginOf(fn({}))).toEqual({ kind: 'preset', source: { runtime: 'nodejs22.x', packageMb: 1 } });
    // At another memory size the default is not that preset, so it is custom, not a guess.
    expect(initOriginOf(fn({ memoryMb: 512 })).kind).toBe('custom');
  });

  it('every runtime with a whole-MB package reads back as itself or as custom, never as another runtime', () => {
    for (const runtime of RUNTIMES) {
      for (const packageMb of [1, 7, 40, 250]) {
        const origin = initOriginOf(fn({ initMs: coldStartPreset({ runtime, packageMb, memoryMb: 1024 }) }));
        if (origin.kind === 'preset') expect(origin.source.runtime).toBe(runtime);
      }
    }
  });
});

describe('runtime and package controls start from the preset', () => {
  const java = scenario(
    fn({ initMs: coldStartPreset({ runtime: 'java21', packageMb: 40, memoryMb: 1024 }) }),
  );

  it('show the runtime and package the preset was built from', () => {
    expect(readControl(java, 'runtime')).toBe('java21');
    expect(readControl(java, 'packageMb')).toBe(40);
  });

  it('moving another control keeps INIT', () => {
    const next = applyControls(java, { durationMs: 300, seed: 3 });
    expect(next.functions[0]?.initMs).toEqual(java.functions[0]?.initMs);
  });

  it('changing the package keeps the runtime, and memory recomputes INIT from the preset', () => {
    expect(applyControls(java, { packageMb: 10 }).functions[0]?.initMs).toEqual(
      coldStartPreset({ runtime: 'java21', packageMb: 10, memoryMb: 1024 }),
    );
    expect(applyControls(java, { memoryMb: '512' }).functions[0]?.initMs).toEqual(
      coldStartPreset({ runtime: 'java21', packageMb: 40, memoryMb: 512 }),
    );
  });

  it("without an initMs, memory alone keeps the sim's default INIT", () => {
    expect(applyControls(scenario(fn({})), { memoryMb: '256' }).functions[0]?.initMs).toBeUndefined();
  });

  it('a custom INIT says so, is kept when memory changes, and is replaced once runtime is chosen', () => {
    const custom = scenario(fn({ initMs: { kind: 'fixed', valueMs: 300 } }));
    expect(readControl(custom, 'runtime')).toBe(CUSTOM);
    expect(readControl(custom, 'packageMb')).toBe(CUSTOM);
    const runtime = controlFor(custom, 'runtime').def;
    expect(runtime.kind === 'select' && runtime.options[0]).toEqual({
      value: CUSTOM,
      label: 'As in the lesson (INIT median 300 ms)',
    });
    expect(applyControls(custom, { memoryMb: '2048' }).functions[0]?.initMs).toEqual({
      kind: 'fixed',
      valueMs: 300,
    });
    expect(applyControls(custom, { runtime: 'python3.13' }).functions[0]?.initMs).toEqual(
      coldStartPreset({ runtime: 'python3.13', packageMb: 5, memoryMb: 1024 }),
    );
  });
});

describe('every control starts at the preset’s value, or says it cannot', () => {
  it('labels the rate by what it moves for each arrival pattern', () => {
    const label = (arrivals: FunctionConfig['arrivals']) =>
      controlFor(scenario(fn({ arrivals })), 'ratePerSecond');
    expect(label({ kind: 'poisson', ratePerSecond: 5 })).toMatchObject({
      value: 5,
      def: { label: 'Request rate (req/s)' },
    });
    const steps = label({
      kind: 'steps',
      steps: [
        { atSeconds: 0, ratePerSecond: 0 },
        { atSeconds: 10, ratePerSecond: 3000 },
      ],
    });
    expect(steps).toMatchObject({ value: 3000, def: { label: 'Peak request rate (req/s)' } });
    expect(label({ kind: 'burst', count: 1000, atSeconds: 0 })).toMatchObject({
      value: 1000,
      def: { label: 'Burst size (requests)', unit: 'requests' },
    });
    expect(label({ kind: 'diurnal', meanPerSecond: 10, peakToTrough: 8, peakHour: 14 })).toMatchObject({
      value: 10,
      def: { label: 'Daily mean rate (req/s)' },
    });
    expect(
      label([
        { kind: 'burst', count: 50, atSeconds: 0 },
        { kind: 'poisson', ratePerSecond: 1 },
      ]),
    ).toMatchObject({ value: 1, def: { unit: '×' } });
    expect(
      label([
        { kind: 'ramp', fromPerSecond: 0, toPerSecond: 100 },
        { kind: 'constant', ratePerSecond: 2 },
      ]),
    ).toMatchObject({ value: 102, def: { label: 'Peak request rate (req/s)' } });
    expect(label({ kind: 'replay', timestampsMs: [0, 10] })).toMatchObject({ fixed: true });
  });

  it('a peak rate scales the whole pattern', () => {
    const s = scenario(
      fn({
        arrivals: {
          kind: 'steps',
          steps: [
            { atSeconds: 0, ratePerSecond: 100 },
            { atSeconds: 10, ratePerSecond: 3000 },
          ],
        },
      }),
    );
    expect(applyControls(s, { ratePerSecond: 1500 }).functions[0]?.arrivals).toEqual({
      kind: 'steps',
      steps: [
        { atSeconds: 0, ratePerSecond: 50 },
        { atSeconds: 10, ratePerSecond: 1500 },
      ],
    });
  });

  it('a memory size the list lacks is added to it', () => {
    const def = controlFor(scenario(fn({ memoryMb: 1536 })), 'memoryMb').def;
    expect(def.kind === 'select' && def.options[0]).toEqual({ value: '1536', label: '1,536 MB' });
  });

  it('a provisioned schedule shows its peak and keeps its shape', () => {
    const s = scenario(
      fn({
        provisionedConcurrency: [
          { atSeconds: 0, count: 2 },
          { atSeconds: 30, count: 12 },
        ],
      }),
    );
    expect(controlFor(s, 'provisionedConcurrency')).toMatchObject({
      value: 12,
      def: { label: 'Provisioned concurrency (peak of the schedule)' },
    });
    expect(applyControls(s, { provisionedConcurrency: 24 }).functions[0]?.provisionedConcurrency).toEqual([
      { atSeconds: 0, count: 4 },
      { atSeconds: 30, count: 24 },
    ]);
  });

  it('reuse policy reads and writes the function field', () => {
    const s = scenario(fn({}));
    expect(readControl(s, 'reusePolicy')).toBe('newest');
    expect(applyControls(s, { reusePolicy: 'random' }).functions[0]?.reusePolicy).toBe('random');
  });
});
