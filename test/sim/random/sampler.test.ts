import type { Distribution } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { createStreams } from '~/sim/random/rng.ts';
import { Sampler } from '~/sim/random/sampler.ts';

const N = 40_000;

describe.each<[string, Distribution, number]>([
  ['fixed', { kind: 'fixed', valueMs: 42 }, 42],
  ['exponential', { kind: 'exponential', meanMs: 300 }, 300],
  ['uniform', { kind: 'uniform', minMs: 100, maxMs: 300 }, 200],
  [
    'lognormal',
    { kind: 'lognormal', medianMs: 100, p99Ms: 500 },
    100 * Math.exp((Math.log(5) / 2.3263478740408408) ** 2 / 2),
  ],
  ['empirical', { kind: 'empirical', samplesMs: [10, 20, 30, 140] }, 50],
])('Sampler %s', (_name, d, mean) => {
  it('has the exact mean and sample means within 2%', () => {
    const s = new Sampler(d);
    expect(s.mean).toBeCloseTo(mean, 6);
    const [rng] = createStreams(3, 1);
    if (!rng) throw new Error('stream');
    let sum = 0;
    for (let i = 0; i < N; i++) sum += s.sample(rng);
    expect(Math.abs(sum / N - mean) / mean).toBeLessThan(0.02);
  });

  it('fill gives exactly the values of as many sample calls, in order, every step-th slot', () => {
    const [[a], [b]] = [createStreams(9, 1), createStreams(9, 1)];
    if (!a || !b) throw new Error('stream');
    const [one, bulk] = [new Sampler(d), new Sampler(d)];
    const want = Array.from({ length: 7 }, () => one.sample(a));
    const out = new Float64Array(15).fill(-1);
    bulk.fill(b, out, 1, 2);
    expect([...out]).toEqual(
      want
        .flatMap((v) => [-1, v])
        .concat(-1)
        .slice(0, 15),
    );
    // The stream and the sampler's own state carry on where the calls left them.
    expect(bulk.sample(b)).toBe(one.sample(a));
  });
});

describe('lognormal by median and p99', () => {
  it('puts half the samples under the median and 1% over the p99', () => {
    const s = new Sampler({ kind: 'lognormal', medianMs: 200, p99Ms: 1000 });
    const [rng] = createStreams(9, 1);
    if (!rng) throw new Error('stream');
    const xs = Array.from({ length: N }, () => s.sample(rng));
    expect(Math.abs(xs.filter((x) => x < 200).length / N - 0.5)).toBeLessThan(0.01);
    expect(Math.abs(xs.filter((x) => x > 1000).length / N - 0.01)).toBeLessThan(0.002);
  });
});
