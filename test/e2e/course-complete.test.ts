import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './browser.ts';

const PROGRESS_KEY = 'concurrency-lab:progress:v1';

afterAll(closeBrowser);

/** Stores progress with every item of every lesson (minus `except`) complete, then reloads. */
async function completeCourse(page: import('playwright-core').Page, except: string[] = []) {
  await page.evaluate(
    ([key, skip]) => {
      const lessons = JSON.parse(document.getElementById('course-data')?.textContent ?? '[]') as {
        folder: string;
        items: string[];
      }[];
      const completed = lessons
        .flatMap((l) => (l.items.length ? l.items : [l.folder]))
        .filter((id) => !skip.includes(id));
      localStorage.setItem(key, JSON.stringify({ version: 1, completed, lastLesson: '08-capstone' }));
    },
    [PROGRESS_KEY, except] as const,
  );
  await page.reload();
}

describe('landing page when the course is complete', () => {
  it('says the course is complete and what to do next, instead of "Continue"', async () => {
    const opened = await openPage('');
    const { page } = opened;
    const panel = page.locator('[data-course-complete]');
    expect(await panel.isHidden()).toBe(true);

    await completeCourse(page);
    await panel.waitFor({ state: 'visible' });
    expect(await page.getByRole('heading', { name: 'Course complete' }).isVisible()).toBe(true);
    expect(await panel.textContent()).toContain('Design a harder day');
    expect(await panel.getByRole('link', { name: 'capstone' }).getAttribute('href')).toMatch(
      /08-capstone\/$/,
    );
    expect(await panel.getByRole('link', { name: 'AWS Lambda pricing' }).count()).toBe(1);
    expect(await page.locator('.cl-start-link').isVisible()).toBe(false);
    opened.expectNoProblems();
    await opened.close();
  });

  it('keeps "Continue where you left off" while one item is left', async () => {
    const opened = await openPage('');
    const { page } = opened;
    await completeCourse(page, ['08-capstone/quiz']);
    await expect
      .poll(() => page.locator('.cl-start-link').textContent())
      .toContain('Continue where you left off');
    expect(await page.locator('[data-course-complete]').isHidden()).toBe(true);
    opened.expectNoProblems();
    await opened.close();
  });
});
