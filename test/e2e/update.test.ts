import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { writeServiceWorker } from '~/build/service-worker.ts';
import { PROGRESS_KEY } from '~/progress/store.ts';
import { controlledByServiceWorker, launchBrowser, openPage } from './browser.ts';
import { serveStatic } from './static-server.ts';

const LESSON = 'lessons/01-compute-spectrum/';

/** The `<title>` of a built page. */
const titleOf = (site: string, path: string) =>
  readFileSync(join(site, path, 'index.html'), 'utf8').match(/<title>([^<]*)<\/title>/)?.[1] ?? '';

describe('a new deploy', () => {
  const site = mkdtempSync(join(tmpdir(), 'concurrency-lab-deploy-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('is announced, never mixed with the old files, and keeps progress and saved code', async () => {
    cpSync(inject('distDir'), site, { recursive: true });
    const server = await serveStatic(site, '/');
    const browser = await launchBrowser();
    try {
      // Version 1: a learner visits, has progress and saved code.
      const v1 = await openPage('', { browser, baseUrl: server.url });
      await controlledByServiceWorker(v1.page);
      await v1.page.evaluate((key) => {
        localStorage.setItem(key, JSON.stringify({ version: 1, items: { '02-concurrency/size-it': 1 } }));
        localStorage.setItem('concurrency-lab:code:02-concurrency/size-it', 'export default 42;');
      }, PROGRESS_KEY);
      const storedBefore = await v1.page.evaluate(() => JSON.stringify({ ...localStorage }));
      const oldTitle = titleOf(site, LESSON);

      // Version 2 is deployed: a lesson changed, and the build wrote a new service worker.
      const html = readFileSync(join(site, LESSON, 'index.html'), 'utf8');
      writeFileSync(join(site, LESSON, 'index.html'), html.replace('<title>', '<title>Updated: '));
      await writeServiceWorker(site);

      // The browser looks for an update (as it does on navigation): the learner is told.
      await v1.page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      const prompt = v1.page.locator('[data-update-prompt]');
      await prompt.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await prompt.textContent()).toContain('A new version of the course is available');

      // Until the learner accepts, every page still comes from version 1: no mix of old and new files.
      const before = await openPage(LESSON, { browser, baseUrl: server.url });
      expect(await before.page.title()).toBe(oldTitle);
      await before.close();

      // Reload: the page reloads under version 2, and the changed lesson is the new one.
      await Promise.all([
        v1.page.waitForEvent('load'),
        prompt.getByRole('button', { name: 'Reload' }).click(),
      ]);
      const after = await openPage(LESSON, { browser, baseUrl: server.url });
      expect(await after.page.title()).toBe(`Updated: ${oldTitle}`);
      // Every key the learner had (progress, saved code, theme) is unchanged; pages may add their own (the
      // quiz's shuffle seed).
      const storedAfter: Record<string, string> = JSON.parse(
        await after.page.evaluate(() => JSON.stringify({ ...localStorage })),
      );
      for (const [key, value] of Object.entries(JSON.parse(storedBefore) as Record<string, string>))
        expect(storedAfter[key], key).toBe(value);
      after.expectNoProblems();
      v1.expectNoProblems();
      await after.close();
      await v1.close();
    } finally {
      await browser.close();
      await server.close();
    }
  }, 180_000);
});
