import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './browser.ts';

afterAll(closeBrowser);

const KEY = 'concurrency-lab:progress:v1';
const LESSON = 'lessons/01-compute-spectrum/';

describe('learner progress', () => {
  it('shows completed lessons in the sidebar and the outline, continues where the learner left off, and resets', async () => {
    const { page, expectNoProblems, close } = await openPage(LESSON);
    // Complete every item of lesson 1 (or the lesson itself when it has none), as exercises and quizzes would.
    await page.evaluate((key) => {
      const lessons = JSON.parse(document.getElementById('course-data')?.textContent ?? '[]') as {
        folder: string;
        items: string[];
      }[];
      const first = lessons[0];
      if (!first) throw new Error('no course data on the page');
      const completed = first.items.length > 0 ? first.items : [first.folder];
      localStorage.setItem(key, JSON.stringify({ version: 1, completed, lastLesson: first.folder }));
    }, KEY);
    await page.reload();
    const mark = page.locator(`#starlight__sidebar a[href$="/${LESSON}"] .cl-mark`);
    expect(await mark.getAttribute('data-status')).toBe('done');
    expect(await mark.textContent()).toContain('(completed)');
    expect(await page.locator('[data-lesson-status]').textContent()).toContain('completed');

    await page.goto(new URL('..', new URL('..', page.url())).href);
    expect(
      await page.locator('[data-outline-lesson="01-compute-spectrum"] .cl-outline-status').textContent(),
    ).toContain('completed');
    expect(await page.locator('.cl-start-link').textContent()).toMatch(/continue where you left off/i);

    page.once('dialog', (dialog) => dialog.accept());
    await page.click('[data-progress=reset]');
    expect(await page.locator('.cl-reset-message').textContent()).toMatch(/progress reset/i);
    expect(
      await page.locator('[data-outline-lesson="01-compute-spectrum"] .cl-outline-status').textContent(),
    ).toBe('not started');
    expect(await page.locator('.cl-start-link').textContent()).toBe('Start the course');
    expectNoProblems();
    await close();
  });

  it('survives corrupt stored progress with one console warning', async () => {
    const opened = await openPage(LESSON, {
      initScript: () => localStorage.setItem('concurrency-lab:progress:v1', '{"version":1,"completed":'),
    });
    await opened.page.waitForLoadState('networkidle');
    opened.expectNoProblems();
    expect(opened.warnings.filter((w) => w.includes('Concurrency Lab'))).toHaveLength(1);
    await opened.close();
  });

  it('survives storage that throws (private mode, full quota)', async () => {
    const opened = await openPage('', {
      initScript: () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        Storage.prototype.getItem = () => {
          throw new DOMException('Access is denied.', 'SecurityError');
        };
      },
    });
    await opened.page.waitForLoadState('networkidle');
    opened.expectNoProblems();
    expect(opened.warnings.some((w) => w.includes('storage is unavailable'))).toBe(true);
    await opened.close();
  });
});
