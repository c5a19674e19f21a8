import { z } from 'astro/zod';

/**
 * Course fields every lesson page (`content/lessons/NN-slug/index.mdx`) must declare in its frontmatter,
 * on top of Starlight's own (`title`, `description`, …).
 */
export const lessonFrontmatterSchema = z.object({
  /**
   * Position of the lesson in the course, 1 for the first lesson.
   * @example 2
   */
  order: z.int().min(1).max(99),
  /**
   * Estimated reading and doing time, in minutes.
   * @example 25
   */
  minutes: z.int().min(1).max(240),
  /**
   * What the learner will be able to do after the lesson, one short sentence each.
   * @example ['Explain why a burst of requests creates new execution environments']
   */
  objectives: z.array(z.string().trim().min(1)).min(1).max(8),
});

/** Lesson fields as an author writes them and as pages read them. */
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

/**
 * The same fields, optional: accepted on every page of the `docs` collection (landing page, glossary), so that
 * a typo in a value fails the build wherever it appears. Lessons must have all of them (see content.config.ts).
 */
export const courseFrontmatterSchema = lessonFrontmatterSchema.partial();

/** Course fields as any page may carry them. */
export type CourseFrontmatter = z.infer<typeof courseFrontmatterSchema>;
