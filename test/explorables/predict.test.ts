import { describe, expect, it } from 'vitest';
import { errorFloor, parseGuess, scorePrediction } from '~/explorables/predict.ts';

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

describe("scoring small amounts against a floor in the metric's unit", () => {
  it.each([
    ['costUsd.total', 0.01],
    ['costUsd.provisioned', 0.01],
    ['latencyMs.p99', 1],
    ['latencyMs.cold.max', 1],
    ['coldStartProbability', 0.01],
    ['utilization', 0.01],
    ['concurrency.mean', 0.1],
    ['environments.meanIdle', 0.1],
    ['coldStarts', 1],
    ['environments.created', 1],
  ])('%s has a floor of %d', (metric, floor) => {
    expect(errorFloor(metric)).toBe(floor);
  });

  it('a dollar guess five times too high is far off, not in the ballpark', () => {
    const score = scorePrediction(0.4, 0.078, '', errorFloor('costUsd.total'));
    expect(score.verdict).toBe('far off');
    expect(score.score).toBe(0);
    // The old floor of 1 called this a 32% error.
    expect(scorePrediction(0.4, 0.078).error).toBeCloseTo(0.322, 3);
  });

  it('a close dollar guess is still close', () => {
    expect(scorePrediction(0.08, 0.078, '', 0.01).verdict).toBe('very close');
  });

  it('below the floor, the error is measured against the floor', () => {
    expect(scorePrediction(0.005, 0, '', 0.01).error).toBeCloseTo(0.5, 10);
    expect(scorePrediction(2, 0.5, '', 1).error).toBe(1.5);
  });

  it('rejects a floor that is not positive', () => {
    expect(() => scorePrediction(1, 1, '', 0)).toThrow(/floor must be greater than 0, got 0/);
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
