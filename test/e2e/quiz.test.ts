import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './browser.ts';

const PROGRESS_KEY = 'concurrency-lab:progress:v1';

afterAll(closeBrowser);

describe('quiz', () => {
  it('a wrong answer explains itself and does not complete the quiz', async () => {
    const opened = await openPage('lessons/02-concurrency/');
    const { page } = opened;
    const first = page.locator('lab-quiz form[data-q]').first();
    await first.locator('li[data-correct="false"] input').first().check();
    await first.getByRole('button', { name: 'Check answer' }).click();

    await expect.poll(() => first.getByRole('status').textContent()).toMatch(/^Not quite\./);
    expect(await first.locator('[data-explanation]:not([hidden])').count()).toBe(1);
    expect(await first.locator('li[data-verdict="wrong"]').textContent()).toContain('✗ Not this one.');
    const stored = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    expect(stored ?? '').not.toContain('02-concurrency/quiz');
    opened.expectNoProblems();
    await opened.close();
  });

  it('answering every question correctly with the keyboard completes <lesson>/quiz', async () => {
    const opened = await openPage('lessons/03-scaling-and-throttling/', {
      viewport: { width: 390, height: 800 },
    });
    const { page } = opened;
    const forms = page.locator('lab-quiz form[data-q]');
    const count = await forms.count();
    expect(count).toBeGreaterThan(0);

    for (let i = 0; i < count; i += 1) {
      const form = forms.nth(i);
      await form.locator('li[data-correct="true"] input').focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
        .toBe('Check answer');
      await page.keyboard.press('Enter');
      await expect.poll(() => form.getByRole('status').textContent()).toMatch(/^Correct\./);
      // Every option's explanation is shown once the right answer is found.
      expect(await form.locator('[data-explanation][hidden]').count()).toBe(0);
    }

    await expect.poll(() => page.locator('[data-quiz-status]').textContent()).toContain('quiz complete');
    const stored = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
    expect(JSON.parse(stored ?? '{}').completed).toContain('03-scaling-and-throttling/quiz');
    opened.expectNoProblems();
    await opened.close();
  });
});
