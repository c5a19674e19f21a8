import { describe, expect, it } from 'vitest';
import { prefixBase, prefixBaseInHtml, withBase } from '~/build/base-path.ts';

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

describe('withBase', () => {
  it.each([
    ['lessons/02-concurrency/', '/', '/lessons/02-concurrency/'],
    ['lessons/02-concurrency/', '/concurrency-lab/', '/concurrency-lab/lessons/02-concurrency/'],
    ['/glossary/', '/concurrency-lab', '/concurrency-lab/glossary/'],
  ])('%s under %s → %s', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});
