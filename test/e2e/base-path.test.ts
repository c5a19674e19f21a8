import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, openPage } from './browser.ts';
import { SECOND_BASE } from './global-setup.ts';
import { sitePages } from './site-pages.ts';

afterAll(closeBrowser);

const baseUrl = inject('basePathUrl');
const dist = inject('basePathDistDir');

describe(`a build made with BASE_PATH=${SECOND_BASE}`, () => {
  it('serves the landing page and the first lesson without problems', async () => {
    const { page, expectNoProblems, close } = await openPage('', { baseUrl });
    await page.waitForLoadState('networkidle');
    await Promise.all([page.waitForURL(/lessons\/01-compute-spectrum\/$/), page.click('.cl-start-link')]);
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname.startsWith(SECOND_BASE)).toBe(true);
    expectNoProblems();
    await close();
  });

  it('every site-relative link and asset on every page resolves under the base path', async () => {
    const refs = new Set<string>();
    for (const pagePath of sitePages(dist)) {
      const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
      for (const [, ref] of html.matchAll(/(?:href|src)="(\/[^"#?]*)/g)) if (ref) refs.add(ref);
    }
    const outside = [...refs].filter((ref) => !ref.startsWith(SECOND_BASE));
    expect(outside, 'links that ignore the base path').toEqual([]);
    const origin = new URL(baseUrl).origin;
    const broken: string[] = [];
    for (const ref of refs) {
      const response = await fetch(origin + ref, { redirect: 'manual' });
      if (response.status >= 400) broken.push(`${response.status} ${ref}`);
    }
    expect(broken).toEqual([]);
  });
});
