import { describe, expect, it } from 'vitest';
import {
  addCoverage,
  coverageLevel,
  emptyCoverage,
  laneCoverage,
  levelRuns,
} from '~/explorables/timeline-coverage.ts';
import type { Lane } from '~/explorables/timeline-layout.ts';

/** An environment busy 100 ms of every 600 ms for a minute (17% utilized), after a 300 ms INIT. */
function seventeenPercent(): Lane {
  const segments: Lane['segments'] = [{ state: 'initializing', startMs: 0, endMs: 300 }];
  for (let t = 300; t < 60_000; t += 600) {
    segments.push({ state: 'busy', startMs: t, endMs: t + 100 });
    segments.push({ state: 'idle', startMs: t + 100, endMs: t + 600 });
  }
  return { envId: '1', provisioned: false, segments, requests: 100 };
}

describe('laneCoverage', () => {
  it('gives each pixel column the share of its time in each state', () => {
    const cov = laneCoverage(seventeenPercent(), { startMs: 0, endMs: 60_000 }, 10);
    // 6 s per column: 10 busy periods of 100 ms = 1 s busy, about 17%.
    expect(cov.busy[5]).toBeCloseTo(1 / 6, 5);
    expect(cov.idle[5]).toBeCloseTo(5 / 6, 5);
    expect(cov.initializing[0]).toBeCloseTo(0.05, 5);
    for (let c = 0; c < 10; c++) {
      const sum = (cov.busy[c] ?? 0) + (cov.idle[c] ?? 0) + (cov.initializing[c] ?? 0);
      expect(sum).toBeCloseTo(1, 5);
    }
  });

  it('shows a 17%-utilized environment as partly busy, not solid, at a wide zoom', () => {
    const cov = laneCoverage(seventeenPercent(), { startMs: 0, endMs: 60_000 }, 30);
    const levels = [...cov.busy].map(coverageLevel);
    expect(Math.max(...levels.slice(1))).toBeLessThanOrEqual(0.25);
  });

  it('shows each request solid, with idle gaps, when zoomed in', () => {
    const cov = laneCoverage(seventeenPercent(), { startMs: 300, endMs: 1_500 }, 120);
    expect(cov.busy[5]).toBe(1);
    expect(cov.idle[20]).toBe(1);
    expect(cov.busy[20]).toBe(0);
  });
});

describe('coverageLevel and levelRuns', () => {
  it('rounds to eighths, keeping any busy time visible', () => {
    expect(coverageLevel(0)).toBe(0);
    expect(coverageLevel(0.01)).toBe(0.125);
    expect(coverageLevel(0.17)).toBe(0.125);
    expect(coverageLevel(0.5)).toBe(0.5);
    expect(coverageLevel(1)).toBe(1);
  });

  it('joins equal neighbours and leaves zeros out', () => {
    const runs = levelRuns(new Float32Array([0, 1, 1, 0.5, 0, 0, 1]), coverageLevel);
    expect(runs).toEqual([
      [1, 3, 1],
      [3, 4, 0.5],
      [6, 7, 1],
    ]);
  });
});

describe('addCoverage', () => {
  it('sums lanes weighted 1/n into the share of their time in each state', () => {
    const init: Lane = {
      envId: 'a',
      provisioned: false,
      segments: [{ state: 'initializing', startMs: 0, endMs: 1000 }],
      requests: 0,
    };
    const busy: Lane = { ...init, envId: 'b', segments: [{ state: 'busy', startMs: 0, endMs: 500 }] };
    const cov = emptyCoverage(2);
    for (const lane of [init, init, init, busy])
      addCoverage(cov, lane, { startMs: 0, endMs: 1000 }, 2, 1 / 4);
    expect([...cov.initializing]).toEqual([0.75, 0.75]);
    expect([...cov.busy]).toEqual([0.25, 0]);
    expect([...cov.idle]).toEqual([0, 0]);
  });
});
