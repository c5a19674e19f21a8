import { z } from 'astro/zod';

/** One answer a learner can pick. */
export const quizOptionSchema = z.object({
  /** The answer as shown next to its radio button (plain text). */
  text: z.string().trim().min(1, 'an option needs text'),
  /** Mark the single right answer with `correct: true`; leave it out on the others. */
  correct: z.literal(true).optional(),
  /** Why this answer is right or wrong; shown after the learner answers. Plain text. */
  explanation: z.string().trim().min(1, 'every option needs an explanation'),
});

/** One multiple-choice question with exactly one correct option. */
export const quizQuestionSchema = z
  .object({
    /** The question as shown in the fieldset legend (plain text). */
    question: z.string().trim().min(1, 'a question needs text'),
    /** Two or more options, exactly one of them `correct: true`. */
    options: z.array(quizOptionSchema).min(2, 'a question needs at least two options'),
  })
  .refine((q) => q.options.filter((o) => o.correct === true).length === 1, {
    message: 'exactly one option must be marked correct: true',
    path: ['options'],
  });

/** A lesson's knowledge check: the default export of `content/lessons/<lesson>/quiz.ts`. */
export const quizSchema = z.array(quizQuestionSchema).min(1, 'a quiz needs at least one question');

/** One option, as written in a lesson's `quiz.ts`. */
export type QuizOption = z.input<typeof quizOptionSchema>;
/** One question, as written in a lesson's `quiz.ts`. */
export type QuizQuestion = z.input<typeof quizQuestionSchema>;
/** A whole quiz, as written in a lesson's `quiz.ts` (`export default [...] satisfies Quiz`). */
export type Quiz = z.input<typeof quizSchema>;

/**
 * Validates a quiz and returns it, or throws a `RangeError` naming the lesson and every problem
 * (`02-concurrency quiz: [1].options: exactly one option must be marked correct: true`).
 */
export function parseQuiz(lesson: string, input: unknown): z.output<typeof quizSchema> {
  const result = quizSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    return `${path.replace(/^\./, '') || '(root)'}: ${issue.message}`;
  });
  throw new RangeError(
    `${lesson} quiz is invalid (content/lessons/${lesson}/quiz.ts):\n  ${problems.join('\n  ')}`,
  );
}
