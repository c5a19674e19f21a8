import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { answerKey } from '../../src/components/quiz/answer-key.ts';
import { closeBrowser, openPage } from './browser.ts';

const PROGRESS_KEY = 'concurrency-lab:progress:v1';
const QUIZ_KEY = 'concurrency-lab:quiz:v1';

afterAll(closeBrowser);

/** The option of a question whose hashed key matches the question's key (what the page itself checks). */
async function correctOption(form: Locator, right = true): Promise<Locator> {
  const qid = (await form.getAttribute('data-qid')) ?? '';
  const key = await form.getAttribute('data-key');
  const indices = await form
    .locator('li[data-option]')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-o')));
  const index = indices.find((o) => (answerKey(qid, Number(o)) === key) === right);
  return form.locator(`li[data-o="${index}"]`);
}

const optionOrder = (page: Page) =>
  page
    .locator('lab-quiz form[data-q]')
    .first()
    .locator('li[data-option]')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-o')));

describe('quiz', () => {
  it('a wrong answer explains itself and does not complete the quiz', async () => {
    const opened = await openPage('lessons/02-concurrency/');
    const { page } = opened;
    const first = page.locator('lab-quiz form[data-q]').first();
    await (await correctOption(first, false)).locator('input').check();
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
      await (await correctOption(form)).locator('input').focus();
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

  it('after a reload, shows the learner’s answers and explanations in the same order', async () => {
    const opened = await openPage('lessons/07-cost/');
    const { page } = opened;
    const forms = page.locator('lab-quiz form[data-q]');
    const first = forms.first();
    const wrong = await correctOption(first, false);
    const wrongIndex = await wrong.getAttribute('data-o');
    await wrong.locator('input').check();
    await first.getByRole('button', { name: 'Check answer' }).click();
    for (let i = 0; i < (await forms.count()); i += 1) {
      const form = forms.nth(i);
      await (await correctOption(form)).locator('input').check();
      await form.getByRole('button', { name: 'Check answer' }).click();
    }
    const order = await optionOrder(page);

    await page.reload();
    await expect.poll(() => page.locator('[data-quiz-status]').textContent()).toContain('quiz complete');
    expect(await optionOrder(page)).toEqual(order);
    expect(await page.locator('lab-quiz [data-explanation][hidden]').count()).toBe(0);
    expect(await first.locator(`li[data-o="${wrongIndex}"]`).getAttribute('data-verdict')).toBe('wrong');
    expect(await first.locator('li[data-verdict="right"] [data-text]').textContent()).not.toBe('');
    opened.expectNoProblems();
    await opened.close();
  });

  it('keeps the answer out of the page source, and shuffles options per learner', async () => {
    const opened = await openPage('lessons/05-cold-starts/');
    const { page } = opened;
    const html = await (await page.request.get(page.url())).text();
    expect(html).not.toContain('data-correct');
    expect(html).not.toContain('The misconception');
    expect(html).not.toContain('Right answer');

    const orders = new Set<string>();
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      await page.evaluate(([key, s]) => localStorage.setItem(key, JSON.stringify({ seed: s, answers: {} })), [
        QUIZ_KEY,
        seed,
      ] as const);
      await page.reload();
      await page.locator('lab-quiz form[data-q] button:not([disabled])').first().waitFor();
      orders.add(JSON.stringify(await optionOrder(page)));
    }
    expect(orders.size).toBeGreaterThan(1);
    opened.expectNoProblems();
    await opened.close();
  });
});
