import type { ArrivalPattern } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { ArrivalSource, amplitude } from '~/sim/random/arrival-source.ts';
import { createStreams } from '~/sim/random/rng.ts';

function times(p: ArrivalPattern, untilMs: number): number[] {
  const [rng] = createStreams(5, 1);
  if (!rng) throw new Error('stream');
  const src = new ArrivalSource(p, rng);
  const out: number[] = [];
  for (let t = src.next(); t <= untilMs; t = src.next()) out.push(t);
  return out;
}

describe('ArrivalSource', () => {
  it('constant: evenly spaced from t = 0', () => {
    expect(times({ kind: 'constant', ratePerSecond: 4 }, 1000)).toEqual([0, 250, 500, 750, 1000]);
  });

  it('burst: count arrivals at one instant, then none', () => {
    expect(times({ kind: 'burst', count: 3, atSeconds: 2 }, 1e9)).toEqual([2000, 2000, 2000]);
  });

  it('replay: the recorded times, sorted', () => {
    expect(times({ kind: 'replay', timestampsMs: [30, 10, 20, 10] }, 1e9)).toEqual([10, 10, 20, 30]);
  });

  it('poisson: the mean rate within 3 standard errors, always increasing', () => {
    const ts = times({ kind: 'poisson', ratePerSecond: 50 }, 1_000_000);
    expect(Math.abs(ts.length - 50_000)).toBeLessThan(3 * Math.sqrt(50_000));
    expect(ts.every((t, i) => i === 0 || t >= (ts[i - 1] as number))).toBe(true);
  });

  it('steps: each level at its own rate, nothing before the first step', () => {
    const ts = times(
      {
        kind: 'steps',
        steps: [
          { atSeconds: 100, ratePerSecond: 10 },
          { atSeconds: 200, ratePerSecond: 100 },
        ],
      },
      300_000,
    );
    expect(ts[0]).toBeGreaterThanOrEqual(100_000);
    const first = ts.filter((t) => t < 200_000).length;
    const second = ts.filter((t) => t >= 200_000).length;
    expect(Math.abs(first - 1000)).toBeLessThan(3 * Math.sqrt(1000));
    expect(Math.abs(second - 10_000)).toBeLessThan(3 * Math.sqrt(10_000));
  });

  it('ramp: the integral of the rate (from 0 to 100/s over 100 s gives 5,000)', () => {
    const ts = times(
      { kind: 'ramp', fromPerSecond: 0, toPerSecond: 100, startSeconds: 0, endSeconds: 100 },
      100_000,
    );
    expect(Math.abs(ts.length - 5000)).toBeLessThan(3 * Math.sqrt(5000));
    expect(ts.filter((t) => t < 50_000).length).toBeLessThan(ts.filter((t) => t >= 50_000).length / 2);
  });

  it('diurnal: the daily mean, peak ÷ trough as asked', () => {
    const ts = times({ kind: 'diurnal', meanPerSecond: 1, peakToTrough: 3, peakHour: 12 }, 86_400_000 * 4);
    expect(Math.abs(ts.length - 345_600) / 345_600).toBeLessThan(0.01);
    const hourOf = (t: number) => Math.floor((t % 86_400_000) / 3_600_000);
    const peak = ts.filter((t) => hourOf(t) === 12).length;
    const trough = ts.filter((t) => hourOf(t) === 0).length;
    expect(peak / trough).toBeGreaterThan(2.6);
    expect(peak / trough).toBeLessThan(3.2);
    expect(amplitude(3)).toBe(0.5);
  });

  // Thinning written out from its definition (Lewis & Shedler): candidates at the peak rate, each kept with
  // probability rate(t) ÷ peak, the rate read straight from the pattern. The source must give exactly these
  // times: its precomputed constants may not move a single bit.
  it.each([
    { kind: 'diurnal', meanPerSecond: 3, peakToTrough: 6, peakHour: 13 },
    { kind: 'diurnal', meanPerSecond: 0.7, peakToTrough: 1.5, peakHour: 2.25 },
    { kind: 'ramp', fromPerSecond: 2, toPerSecond: 40, startSeconds: 30, endSeconds: 400 },
    { kind: 'ramp', fromPerSecond: 50, toPerSecond: 0, endSeconds: 300 },
  ] as const)('$kind: exactly the thinning of its rate curve (%o)', (p) => {
    const [rng] = createStreams(5, 1);
    if (!rng) throw new Error('stream');
    const rate = (t: number): number => {
      if (p.kind === 'diurnal') {
        const phase = (2 * Math.PI * (t - p.peakHour * 3_600_000)) / 86_400_000;
        return (p.meanPerSecond * (1 + amplitude(p.peakToTrough) * Math.cos(phase))) / 1000;
      }
      const [start, end] = [(p.startSeconds ?? 0) * 1000, p.endSeconds * 1000];
      const f = t <= start ? 0 : t >= end ? 1 : (t - start) / (end - start);
      return (p.fromPerSecond + f * (p.toPerSecond - p.fromPerSecond)) / 1000;
    };
    const peak =
      p.kind === 'diurnal'
        ? (p.meanPerSecond * (1 + amplitude(p.peakToTrough))) / 1000
        : Math.max(p.fromPerSecond, p.toPerSecond) / 1000;
    const expected: number[] = [];
    let t = 0;
    while (t <= 600_000) {
      t += -Math.log(rng.uniform()) / peak;
      if (rng.uniform() * peak <= rate(t)) expected.push(t);
      else if (p.kind === 'ramp' && p.toPerSecond === 0 && t >= p.endSeconds * 1000) break;
    }
    expect(times(p, 600_000)).toEqual(expected.filter((x) => x <= 600_000));
  });

  it.each<ArrivalPattern>([
    { kind: 'poisson', ratePerSecond: 40 },
    { kind: 'constant', ratePerSecond: 7 },
    { kind: 'burst', count: 30, atSeconds: 3 },
    { kind: 'replay', timestampsMs: [5, 1, 9000, 300] },
    {
      kind: 'steps',
      steps: [
        { atSeconds: 2, ratePerSecond: 20 },
        { atSeconds: 6, ratePerSecond: 0 },
      ],
    },
    { kind: 'diurnal', meanPerSecond: 9, peakToTrough: 4, peakHour: 0 },
  ])('fillUntil writes exactly the times next() gives, across refills (%o)', (p) => {
    const [rng] = createStreams(5, 1);
    if (!rng) throw new Error('stream');
    const src = new ArrivalSource(p, rng);
    const got: number[] = [];
    let out = new Float64Array(13);
    let n = 0;
    while (!src.done) {
      n = src.fillUntil(10_000, out, n);
      if (n === out.length) {
        got.push(...out);
        [out, n] = [new Float64Array(13), 0];
      }
    }
    got.push(...out.subarray(0, n));
    expect(got).toEqual(times(p, 10_000));
    expect(got.length).toBeGreaterThan(0);
  });
});
