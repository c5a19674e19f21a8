import type { z } from 'astro/zod';
import { lessonFrontmatterSchema } from './lesson-frontmatter.ts';

/** An author mistake in a lesson's frontmatter, reported with the file and the field at fault. */
export class LessonFrontmatterError extends TypeError {
  override name = 'LessonFrontmatterError';
  /** Every problem found, e.g. `{ field: 'minutes', message: 'is missing' }`. */
  readonly issues: readonly { field: string; message: string }[];

  constructor(file: string, issues: readonly { field: string; message: string }[]) {
    const lines = issues.map((issue) => `  - frontmatter field \`${issue.field}\` ${issue.message}`);
    super(
      `${file}: invalid lesson frontmatter\n${lines.join('\n')}\n` +
        '  Hint: every lesson needs `order` (1, 2, …), `minutes` (a whole number) and `objectives` (a list of strings).',
    );
    this.issues = issues;
  }
}

function describe(issue: z.core.$ZodIssue, data: Record<string, unknown>): string {
  const key = issue.path[0];
  if (typeof key === 'string' && !(key in data)) return 'is missing';
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}

/**
 * Checks the course fields a lesson must have; throws a {@link LessonFrontmatterError} naming `file` and
 * each field at fault. Returns the parsed fields.
 */
export function checkLessonFrontmatter(file: string, data: Record<string, unknown>) {
  const result = lessonFrontmatterSchema.safeParse(data);
  if (result.success) return result.data;
  throw new LessonFrontmatterError(
    file,
    result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: describe(issue, data) })),
  );
}
