import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prefixBase, prefixBaseInHtml } from '~/components/shell/base-links.ts';
import { lessonItems } from '~/components/shell/lesson-items.ts';

describe('site-relative links under a base path', () => {
  it.each([
    ['/glossary/', '/concurrency-lab/', '/concurrency-lab/glossary/'],
    ['/concurrency-lab/glossary/', '/concurrency-lab/', '/concurrency-lab/glossary/'],
    ['/glossary/', '/', '/glossary/'],
    ['//cdn.example.com/x.js', '/concurrency-lab/', '//cdn.example.com/x.js'],
    ['https://aws.amazon.com/', '/concurrency-lab/', 'https://aws.amazon.com/'],
    ['../02-concurrency/', '/concurrency-lab/', '../02-concurrency/'],
    ['/what-changed/', '/concurrency-lab', '/concurrency-lab/what-changed/'],
  ])('%s under %s → %s', (url, base, expected) => {
    expect(prefixBase(url, base)).toBe(expected);
  });

  it('rewrites href and src attributes in HTML and leaves text alone', () => {
    const html = '<a href="/glossary/">/glossary/</a><img src="/fig.svg" alt=""><a href="#top">top</a>';
    expect(prefixBaseInHtml(html, '/lab/')).toBe(
      '<a href="/lab/glossary/">/glossary/</a><img src="/lab/fig.svg" alt=""><a href="#top">top</a>',
    );
  });
});

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
  });
});
