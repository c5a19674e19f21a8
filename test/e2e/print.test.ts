import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './browser.ts';

afterAll(closeBrowser);

const starter = readFileSync('content/lessons/02-concurrency/size-it.starter.ts', 'utf8');

describe('a printed lesson', () => {
  it('shows every code line of an exercise, the playground as text, and no controls or navigation', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/02-concurrency/', {
      allow: ['favicon'],
    });
    // The state a learner prints from: Monaco in the sandbox (it draws only the lines in view) and a
    // playground that has run.
    const sandbox = page.locator('lab-sandbox').first();
    await sandbox.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => document.querySelector('lab-sandbox')?.getAttribute('data-editor') === 'monaco',
      undefined,
      { timeout: 60_000 },
    );
    const playground = page.locator('sim-playground').first();
    await playground.scrollIntoViewIfNeeded();
    const skip = playground.locator('[data-action="skip"]');
    if (await skip.count()) await skip.click();
    await playground
      .locator('[data-status]')
      .filter({ hasText: /Whole run computed|Paused at/ })
      .waitFor({ timeout: 30_000 });

    await page.emulateMedia({ media: 'print' });
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point: what print hides is left out.
    const printed = await page.evaluate(() => document.body.innerText);
    const lines = starter
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(lines.length).toBeGreaterThan(20);
    const missing = lines.filter((line) => !printed.includes(line));
    expect(missing, 'starter lines missing from the printed page').toEqual([]);

    // Task printed; controls, navigation and the sandbox's buttons not.
    expect(await sandbox.locator('.sb-task').isVisible()).toBe(true);
    for (const selector of [
      '.pg-controls',
      '.pg-time',
      '.sb-toolbar',
      'nav.sidebar',
      '.page > header',
      'button',
    ]) {
      const visible = await page
        .locator(selector)
        .evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
      expect(visible, `${selector} visible in print`).toBe(0);
    }
    // The playground prints as its text alternative: the sentence under each chart and the summary.
    const sentence = playground.locator('[data-sentence]').first();
    expect(await sentence.isVisible()).toBe(true);
    expect(await sentence.textContent()).toMatch(/\d/);
    expect(await playground.locator('.pg-summary').first().isVisible()).toBe(true);
    expectNoProblems();
    await close();
  });
});
