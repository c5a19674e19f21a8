import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './browser.ts';

afterAll(closeBrowser);

/**
 * Presses Tab until `matches` holds for the focused element; returns how many presses it took. Inside a code
 * editor it first uses the editor's documented way out, as a keyboard user would: Ctrl+M in Monaco (toggles
 * Tab from indenting to moving focus, once per page), Escape in the plain textarea editor.
 */
async function tabUntil(page: Page, matches: (el: Element) => boolean, limit = 150): Promise<number> {
  let monacoTabMoves = false;
  for (let presses = 1; presses <= limit; presses++) {
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (el?.closest('.monaco-editor')) return 'monaco';
      return el?.matches('textarea') ? 'textarea' : 'page';
    });
    if (where === 'monaco' && !monacoTabMoves) {
      await page.keyboard.press('Control+m');
      monacoTabMoves = true;
    }
    if (where === 'textarea') await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    const focused = await page.evaluateHandle(() => document.activeElement ?? document.body);
    if (await focused.evaluate(matches)) return presses;
  }
  throw new Error(`focus never reached the target in ${limit} Tab presses`);
}

describe('keyboard-only learner', () => {
  it('first Tab reaches the skip link, which moves focus to the content', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/01-compute-spectrum/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(
      /skip to content/i,
    );
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#_top$/);
    expectNoProblems();
    await close();
  });

  it('reaches the sidebar lesson links', async () => {
    const { page, close } = await openPage('lessons/01-compute-spectrum/');
    await tabUntil(page, (el) => el.closest('#starlight__sidebar') !== null && el.tagName === 'A');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/lessons\//);
    await close();
  });

  it('starts the course from the landing page and walks to the next lesson with Tab and Enter', async () => {
    const { page, expectNoProblems, close } = await openPage('');
    await tabUntil(page, (el) => el.classList.contains('cl-start-link'));
    await Promise.all([page.waitForURL(/lessons\/01-compute-spectrum\/$/), page.keyboard.press('Enter')]);

    await tabUntil(page, (el) => el.getAttribute('rel') === 'next');
    await Promise.all([page.waitForURL(/lessons\/(?!01-)[^/]+\/$/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').first().textContent()).not.toBe('The compute spectrum');
    expectNoProblems();
    await close();
  });
});
