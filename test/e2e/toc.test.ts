import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './browser.ts';

/** Starlight's "On this page" highlight, on a lesson with an exercise (sandbox) before the quiz. */
afterAll(closeBrowser);

const current = (page: Page) =>
  page.evaluate(() => document.querySelector('starlight-toc a[aria-current="true"]')?.getAttribute('href'));

const scrollTo = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.scrollIntoView({ block: 'start' }), selector);

describe('the on-page table of contents', () => {
  it('highlights the exercise while the reader is inside its sandbox, coming from below or above', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/02-concurrency/');
    await page.locator('starlight-toc a').first().waitFor({ state: 'attached' });
    const exercise = '#exercise-size-a-workload-then-check-it';
    // From below: the quiz's section is lit, then the reader scrolls back up into the sandbox, whose own
    // title (a labelled region's heading, not a section) must not keep the quiz lit.
    await scrollTo(page, '#check-your-understanding');
    await expect.poll(() => current(page), { timeout: 5000 }).toBe('#check-your-understanding');
    await scrollTo(page, 'lab-sandbox .sb-task');
    await page.mouse.wheel(0, 40);
    await expect.poll(() => current(page), { timeout: 5000 }).toBe(exercise);
    // The exercise heading itself, reached from above.
    await scrollTo(page, '#littles-law-rate--duration');
    await expect.poll(() => current(page), { timeout: 5000 }).toBe('#littles-law-rate--duration');
    await scrollTo(page, exercise);
    await expect.poll(() => current(page), { timeout: 5000 }).toBe(exercise);
    // The sandbox's region keeps its name (its title moved onto a span, not lost).
    const labelled = await page.evaluate(() => {
      const region = document.querySelector('lab-sandbox[aria-labelledby], lab-sandbox [aria-labelledby]');
      const id = region?.getAttribute('aria-labelledby') ?? '';
      return document.getElementById(id)?.textContent?.trim() ?? '';
    });
    expect(labelled.length).toBeGreaterThan(3);
    expectNoProblems();
    await close();
  });
});
