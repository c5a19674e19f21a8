import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonItems } from '~/build/lesson-items.ts';

describe('lessonItems', () => {
  it('lists one item per starter file and one for the quiz, ignoring other files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lessons-'));
    mkdirSync(join(dir, '02-concurrency'));
    for (const file of [
      'index.mdx',
      'size-it.starter.ts',
      'size-it.solution.ts',
      'size-it.check.ts',
      'quiz.ts',
      'a.starter.ts',
      'playground.ts',
    ]) {
      writeFileSync(join(dir, '02-concurrency', file), '');
    }
    expect(lessonItems('02-concurrency', dir)).toEqual([
      '02-concurrency/a',
      '02-concurrency/size-it',
      '02-concurrency/quiz',
    ]);
    expect(lessonItems('09-missing', dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
