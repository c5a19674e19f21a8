import { describe, expect, it } from 'vitest';
import { createStreams } from '~/sim/random/rng.ts';
import { ControlledMean } from '~/sim/spectrum/control-variates.ts';

describe('ControlledMean', () => {
  const [rng] = createStreams(11, 1);
  if (!rng) throw new Error('no stream');
  const normal = () => Math.sqrt(-2 * Math.log(rng.uniform())) * Math.cos(2 * Math.PI * rng.uniform());

  it('recovers the mean exactly when y is a linear function of the controls', () => {
    const m = new ControlledMean([10, 0]);
    const x = new Float64Array(2);
    for (let r = 0; r < 50; r++) {
      x[0] = 10 + 3 * normal();
      x[1] = normal();
      m.add(5 + 2 * (x[0] as number) - (x[1] as number), x);
    }
    const { mean, se } = m.estimate();
    expect(mean).toBeCloseTo(25, 9);
    expect(se).toBeLessThan(1e-3);
    // The plain mean carries the controls' sampling noise.
    expect(Math.abs(m.plain - 25)).toBeGreaterThan(1e-3);
  });

  it('keeps the mean and shrinks its error by the share of the variance the controls explain', () => {
    // y = x + e with Var x = 3, Var e = 1: the controls explain 75%, so the standard error halves.
    const errors = { plain: 0, controlled: 0 };
    const ses: number[] = [];
    for (let rep = 0; rep < 200; rep++) {
      const m = new ControlledMean([0]);
      const x = new Float64Array(1);
      for (let r = 0; r < 100; r++) {
        x[0] = Math.sqrt(3) * normal();
        m.add(7 + (x[0] as number) + normal(), x);
      }
      const e = m.estimate();
      errors.plain += (m.plain - 7) ** 2;
      errors.controlled += (e.mean - 7) ** 2;
      ses.push(e.se);
    }
    const rmsPlain = Math.sqrt(errors.plain / 200);
    const rmsControlled = Math.sqrt(errors.controlled / 200);
    expect(rmsPlain).toBeGreaterThan(0.16);
    expect(rmsPlain).toBeLessThan(0.24);
    expect(rmsControlled).toBeGreaterThan(0.08);
    expect(rmsControlled).toBeLessThan(0.12);
    // Its standard error says so: about 0.1.
    const meanSe = ses.reduce((a, b) => a + b, 0) / ses.length;
    expect(meanSe).toBeGreaterThan(0.09);
    expect(meanSe).toBeLessThan(0.11);
  });

  it('with no more runs than controls + 1 gives the plain mean, and a control that never varies does no harm', () => {
    const m = new ControlledMean([1, 2]);
    m.add(3, Float64Array.of(1, 2));
    m.add(5, Float64Array.of(1, 2));
    expect(m.estimate().mean).toBe(4);
    m.add(4, Float64Array.of(1, 2));
    m.add(6, Float64Array.of(1, 2));
    expect(m.estimate().mean).toBeCloseTo(4.5, 9);
    expect(Number.isFinite(m.estimate().se)).toBe(true);
  });
});
