/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { parseQuiz, type Quiz } from '~/components/quiz/quiz.ts';

const quizzes = import.meta.glob<Quiz>('/content/lessons/*/quiz.ts', { import: 'default', eager: true });
const entries = Object.entries(quizzes).map(
  ([path, quiz]) => [path.split('/').at(-2) ?? path, quiz] as const,
);

describe('lesson quizzes', () => {
  it('finds the lesson quizzes', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  describe.each(entries)('%s/quiz.ts', (lesson, quiz) => {
    it('validates against the quiz schema', () => {
      expect(() => parseQuiz(lesson, quiz)).not.toThrow();
    });

    it.each(quiz.map((q, i) => [i + 1, q] as const))('question %i has exactly one correct option', (_, q) => {
      expect(q.options.filter((o) => o.correct === true)).toHaveLength(1);
    });

    it.each(quiz.map((q, i) => [i + 1, q] as const))('question %i explains every option', (_, q) => {
      for (const option of q.options) expect(option.explanation.trim()).not.toBe('');
    });
  });
});

describe('course-wide quiz balance', () => {
  const questions = entries.flatMap(([, quiz]) => quiz);
  const share = (pick: (lengths: number[]) => number) =>
    questions.filter((q) => {
      const lengths = q.options.map((o) => o.text.length);
      return lengths[q.options.findIndex((o) => o.correct === true)] === pick(lengths);
    }).length / questions.length;

  it('the correct option is the longest in at most 40% of questions', () => {
    expect(share((l) => Math.max(...l))).toBeLessThanOrEqual(0.4);
  });

  it('the correct option is the shortest in at most 40% of questions', () => {
    expect(share((l) => Math.min(...l))).toBeLessThanOrEqual(0.4);
  });
});

describe('parseQuiz', () => {
  const option = (text: string, correct?: true) => ({
    text,
    explanation: `because ${text}`,
    ...(correct ? { correct } : {}),
  });

  it('rejects a question with two correct options, naming the lesson and the path', () => {
    const quiz = [{ question: 'Q?', options: [option('a', true), option('b', true)] }];
    expect(() => parseQuiz('99-test', quiz)).toThrow(
      /99-test quiz is invalid[\s\S]*\[0\]\.options: exactly one/,
    );
  });

  it('rejects a question with no correct option', () => {
    expect(() => parseQuiz('99-test', [{ question: 'Q?', options: [option('a'), option('b')] }])).toThrow(
      RangeError,
    );
  });

  it('rejects an option without an explanation', () => {
    const quiz = [{ question: 'Q?', options: [option('a', true), { text: 'b', explanation: ' ' }] }];
    expect(() => parseQuiz('99-test', quiz)).toThrow(/\[0\]\.options\[1\]\.explanation/);
  });

  it('accepts a well-formed quiz', () => {
    expect(
      parseQuiz('99-test', [{ question: 'Q?', options: [option('a', true), option('b')] }]),
    ).toHaveLength(1);
  });
});
