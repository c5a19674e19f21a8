import { describe, expect, it } from 'vitest';
import { parseGuess, scorePrediction } from '~/explorables/predict.ts';

describe('scorePrediction', () => {
  it.each([
    [10, 10, 'spot on', 100],
    [11, 10, 'very close', 90],
    [12, 10, 'close', 80],
    [14, 10, 'in the right ballpark', 60],
    [30, 10, 'far off', 0],
  ] as const)('guess %d for %d is %s (score %d)', (guess, actual, verdict, score) => {
    const result = scorePrediction(guess, actual);
    expect(result.verdict).toBe(verdict);
    expect(result.score).toBe(score);
  });

  it('says how far off and in which direction', () => {
    expect(scorePrediction(8, 10, 'environments').message).toBe(
      'You guessed 8 environments; the simulation gave 10 environments (20% low): close.',
    );
  });

  it('measures against 1 when the actual value is 0', () => {
    expect(scorePrediction(1, 0).error).toBe(1);
    expect(scorePrediction(0, 0).verdict).toBe('spot on');
  });
});

describe('parseGuess', () => {
  it.each([
    ['1,200', 1200],
    [' 12 ', 12],
    ['0.5', 0.5],
    ['', undefined],
    ['lots', undefined],
  ])('%j → %j', (text, expected) => {
    expect(parseGuess(text)).toBe(expected);
  });
});
