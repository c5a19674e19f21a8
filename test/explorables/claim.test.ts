import { simulate } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { summaryOf } from '~/explorables/chart-data.ts';
import { describeCheck, meetsCheck } from '~/explorables/claim.ts';
import { comparesAsync, diffSummaries } from '~/explorables/compare.ts';
import { readMetric } from '~/explorables/metric.ts';
import { summaryMetric } from '~/explorables/summary-metrics.ts';
import { lessonPlaygrounds } from './lesson-playgrounds.ts';

const playgrounds = await lessonPlaygrounds();

describe('meetsCheck', () => {
  it('holds inside the bounds and fails outside them', () => {
    const check = { side: 'a', path: 'throttled', atLeast: 1, atMost: 5 } as const;
    expect([0, 1, 5, 6].map((v) => meetsCheck(check, v))).toEqual([false, true, true, false]);
    expect(describeCheck(check)).toBe('side a throttled ≥ 1 and ≤ 5');
  });
});

describe('every lesson playground says one thing', () => {
  it('finds the playgrounds, each with a claim', () => {
    expect(playgrounds.length).toBeGreaterThanOrEqual(15);
    expect(
      playgrounds
        .filter((p) => !p.claim)
        .map((p) => `content/lessons/${p.lesson}/index.mdx: <SimPlayground id="${p.id}"> has no claim={…}`),
      'each playground needs the one sentence it shows (AUTHORING.md, "playground.ts")',
    ).toEqual([]);
  });

  describe.each(playgrounds.map((p) => [p.id, p] as const))('%s', (_id, p) => {
    const claim = p.claim;
    if (!claim) return;
    const results = { a: simulate(p.scenario), b: p.compare ? simulate(p.compare) : undefined };
    const summary = (side: 'a' | 'b') => {
      const r = results[side];
      if (!r) throw new Error(`${p.id} has no side ${side}`);
      return summaryOf(r, claim.fn);
    };

    it('judges only numbers the summary shows, never an input', () => {
      for (const goal of claim.matters) {
        expect(summaryMetric(goal.path)?.kind, goal.path).toBeDefined();
        expect(summaryMetric(goal.path)?.kind, goal.path).not.toBe('input');
      }
      if (claim.fn) expect(results.a.functions.map((f) => f.name)).toContain(claim.fn);
    });

    it('shows the claim in the numbers of the lesson’s presets', () => {
      for (const check of claim.shows) {
        const value = readMetric(summary(check.side), check.path);
        expect(value, describeCheck(check)).toBeDefined();
        expect(meetsCheck(check, value ?? Number.NaN), `${describeCheck(check)}, got ${value}`).toBe(true);
      }
    });

    it.runIf(p.compare)('gives no verdict that contradicts the lesson’s point', () => {
      const presets = p.compare ? [p.scenario, p.compare] : [p.scenario];
      const diffs = diffSummaries(
        summary('a'),
        summary('b'),
        claim.matters,
        comparesAsync(presets, p.controls),
      );
      for (const goal of claim.matters) {
        const diff = diffs.find((d) => d.path === goal.path);
        expect(diff?.better ?? 'same', `${goal.path}: ${diff?.text}`).toBe(goal.expect);
      }
      const judged = new Set(claim.matters.map((g) => g.path));
      expect(diffs.filter((d) => d.better && !judged.has(d.path)).map((d) => d.path)).toEqual([]);
      // No percentage of a near-zero value, no "−0".
      for (const d of diffs) {
        expect(d.text, d.path).not.toMatch(/^[+−]0( |$)|[+−]0 \(/);
        expect(d.text, d.path).not.toMatch(/\d{4,}%/);
      }
    });
  });
});
