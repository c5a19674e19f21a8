import { describe, expect, it } from 'vitest';
import { checkLessonFrontmatter, LessonFrontmatterError } from '~/schemas/lesson-check.ts';
import { courseFrontmatterSchema, lessonFrontmatterSchema } from '~/schemas/lesson-frontmatter.ts';
import { lessonFolderOf } from '~/schemas/lesson-path.ts';

const good = { order: 2, minutes: 25, objectives: ['Size a function for a burst'] };

describe('lesson frontmatter', () => {
  it('accepts a complete lesson', () => {
    expect(lessonFrontmatterSchema.parse(good)).toEqual(good);
  });

  it.each([
    ['order', { ...good, order: 0 }],
    ['order', { ...good, order: '2' }],
    ['minutes', { ...good, minutes: 12.5 }],
    ['minutes', { ...good, minutes: -1 }],
    ['objectives', { ...good, objectives: [] }],
    ['objectives.0', { ...good, objectives: [''] }],
  ])('rejects a bad %s', (field, data) => {
    const result = lessonFrontmatterSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([field]);
  });

  it('lets pages other than lessons omit the course fields', () => {
    expect(courseFrontmatterSchema.parse({})).toEqual({});
    expect(courseFrontmatterSchema.safeParse({ minutes: 'ten' }).success).toBe(false);
  });
});

describe('checkLessonFrontmatter', () => {
  it('names the file and every missing field', () => {
    const file = 'content/lessons/09-bad/index.mdx';
    let caught: unknown;
    try {
      checkLessonFrontmatter(file, { title: 'Bad', order: 9 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LessonFrontmatterError);
    const error = caught as LessonFrontmatterError;
    expect(error.message).toContain(file);
    expect(error.issues).toEqual([
      { field: 'minutes', message: 'is missing' },
      { field: 'objectives', message: 'is missing' },
    ]);
    expect(error.message).toContain('frontmatter field `minutes` is missing');
  });

  it('describes a wrong value rather than calling it missing', () => {
    expect(() => checkLessonFrontmatter('x.mdx', { ...good, minutes: 'soon' })).toThrow(
      /field `minutes` invalid input: expected number, received string/,
    );
  });
});

describe('lessonFolderOf', () => {
  it.each([
    ['/repo/content/lessons/01-compute-spectrum/index.mdx', '01-compute-spectrum'],
    ['content\\lessons\\02-concurrency\\index.mdx', '02-concurrency'],
    ['/repo/content/glossary.mdx', undefined],
    ['/repo/content/lessons/02-concurrency/notes.mdx', undefined],
  ])('%s → %s', (path, folder) => {
    expect(lessonFolderOf(path)).toBe(folder);
  });
});
