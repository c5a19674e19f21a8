import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { controlledByServiceWorker, launchBrowser, openPage } from './browser.ts';
import { sitePages } from './site-pages.ts';

// The course at the root and under a base path (a host's sub-folder): the service worker's scope, its
// precache URLs and the manifest must all follow the base.
const sites = [
  { name: 'at the site root', baseUrl: inject('baseUrl'), dist: inject('distDir') },
  {
    name: 'under a base path (/concurrency-lab/)',
    baseUrl: inject('basePathUrl'),
    dist: inject('basePathDistDir'),
  },
];

describe.each(sites)('offline after the first visit, $name', ({ baseUrl, dist }) => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('opens every page, searches, runs a sandbox and a playground with the network off', async () => {
    // One visit, online: a lesson with a sandbox, scrolled to it so that Monaco loads (and is cached).
    const first = await openPage('lessons/02-concurrency/', { browser, baseUrl, allow: ['favicon'] });
    await controlledByServiceWorker(first.page);
    await first.page.locator('lab-sandbox').first().scrollIntoViewIfNeeded();
    await first.page.waitForFunction(
      () => document.querySelector('lab-sandbox')?.getAttribute('data-editor') === 'monaco',
      undefined,
      { timeout: 60_000 },
    );
    // Monaco and its TypeScript worker are cached on first use (not precached): wait until they are.
    await first.page.waitForFunction(
      async () => {
        const keys = await (await caches.open('monaco')).keys();
        return keys.some((r) => /ts\.worker/.test(r.url)) && keys.some((r) => /editor\.api/.test(r.url));
      },
      undefined,
      { timeout: 60_000, polling: 500 },
    );
    first.expectNoProblems();
    await first.close();

    await browser.setOffline(true);
    const pages = sitePages(dist);
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const { page, expectNoProblems, close } = await openPage(path, { browser, baseUrl });
      const title = readFileSync(join(dist, path, 'index.html'), 'utf8').match(/<title>([^<]*)/)?.[1];
      expect(await page.title(), path).toBe(title?.replaceAll('&amp;', '&'));
      expectNoProblems();
      await close();
    }

    // Search: Pagefind's index comes from the cache too.
    const search = await openPage('glossary/', { browser, baseUrl });
    await search.page.locator('site-search button[data-open-modal]').first().click();
    await search.page.locator('site-search input').fill('cold start');
    await search.page.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
    search.expectNoProblems();
    await search.close();

    // A sandbox runs (the runtime is precached) with Monaco from the cache.
    const lesson = await openPage('lessons/02-concurrency/', { browser, baseUrl });
    const sandbox = lesson.page.locator('lab-sandbox').first();
    await sandbox.scrollIntoViewIfNeeded();
    await lesson.page.waitForFunction(
      () => document.querySelector('lab-sandbox')?.getAttribute('data-editor') === 'monaco',
      undefined,
      { timeout: 60_000 },
    );
    await sandbox.locator('[data-action=run]').click();
    await lesson.page.waitForFunction(
      () => Number(document.querySelector('lab-sandbox')?.getAttribute('data-runs') ?? 0) > 0,
      undefined,
      { timeout: 30_000 },
    );
    expect(await sandbox.locator('[data-output]').textContent()).not.toMatch(/Press Run/);

    // A playground simulates (its worker and uPlot are precached).
    const root = lesson.page.locator('sim-playground').first();
    await root.scrollIntoViewIfNeeded();
    const skip = root.locator('[data-action="skip"]');
    if (await skip.count()) await skip.click();
    await root
      .locator('[data-status]')
      .filter({ hasText: /Whole run computed|Paused at/ })
      .waitFor({ timeout: 30_000 });
    expect(await root.locator('.pg-results .pg-summary dd').count()).toBeGreaterThan(4);
    lesson.expectNoProblems();
    await lesson.close();
  }, 300_000);
});
