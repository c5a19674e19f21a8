import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonFolders, lessonItems } from '~/build/lesson-items.ts';

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

  it('lists lesson folders with an index.mdx in folder order, the one course order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lessons-'));
    for (const folder of ['10-later', '02-concurrency', '01-start', '03-draft']) mkdirSync(join(dir, folder));
    for (const folder of ['10-later', '02-concurrency', '01-start'])
      writeFileSync(join(dir, folder, 'index.mdx'), '');
    writeFileSync(join(dir, '03-draft', 'index.md'), '');
    writeFileSync(join(dir, 'README.md'), '');
    expect(lessonFolders(dir)).toEqual(['01-start', '02-concurrency', '10-later']);
    expect(lessonFolders(join(dir, 'missing'))).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
