import { describe, expect, it } from 'vitest';
import { verdictFor } from '~/explorables/verdict.ts';
import { summary } from './fixtures.ts';

const predict = { question: 'How many cold starts?', metric: 'coldStarts', unit: 'cold starts' };
const total = summary({ coldStarts: 10 });

describe('verdictFor', () => {
  it('asks for the whole run before scoring', () => {
    expect(verdictFor(predict, total, false, 10)).toEqual({
      text: 'Your guess is scored against the whole run: press “Compute the whole run”.',
    });
  });

  it('scores a guess against the finished run', () => {
    const verdict = verdictFor(predict, total, true, 8);
    expect(verdict.score).toBe(80);
    expect(verdict.text).toBe(
      'You guessed 8 cold starts; the simulation gave 10 cold starts (20% low): close.',
    );
  });

  it('gives the number without a score when the learner skipped', () => {
    expect(verdictFor(predict, total, true, undefined)).toEqual({
      text: 'The simulation gave 10 cold starts (cold starts).',
    });
  });

  it('names a metric the summary does not have', () => {
    expect(verdictFor({ ...predict, metric: 'nope' }, total, true, 3)).toEqual({
      text: 'The summary has no number called nope.',
    });
  });
});
