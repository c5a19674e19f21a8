import { describe, expect, it } from 'vitest';
import { ExerciseNotFoundError, editorHeight, exerciseFiles } from '~/components/sandbox/exercise-files.ts';

describe('exerciseFiles', () => {
  it('resolves the starter, solution and check of an exercise in its lesson folder', () => {
    const files = exerciseFiles('02-concurrency/size-it');
    expect(files.id).toBe('02-concurrency/size-it');
    expect(files.starter).toContain('export default');
    expect(files.solution).toContain('export default');
    expect(files.check).toContain('defineChecks');
  });

  it('fails with the missing path and the exercises that do exist', () => {
    expect(() => exerciseFiles('02-concurrency/no-such-thing')).toThrow(ExerciseNotFoundError);
    expect(() => exerciseFiles('02-concurrency/no-such-thing')).toThrow(
      /content\/lessons\/02-concurrency\/no-such-thing\.starter\.ts.*size-it/,
    );
  });

  it.each(['size-it', '02-concurrency', '02-concurrency/Size It', '../02-concurrency/size-it'])(
    'rejects the malformed id %s with the expected shape',
    (id) => {
      expect(() => exerciseFiles(id)).toThrow(/expected "<lesson-folder>\/<name>"/);
    },
  );
});

describe('editorHeight', () => {
  it('fits the code between 8 and 28 lines of 20 px', () => {
    expect(editorHeight('a')).toBe(8 * 20 + 16);
    expect(editorHeight('a\n'.repeat(15))).toBe(16 * 20 + 16);
    expect(editorHeight('a\n'.repeat(100))).toBe(28 * 20 + 16);
  });
});
