import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './browser.ts';

/** The request walk shows, step by step and in words, what its lesson says it shows. */
afterAll(closeBrowser);

async function walk(page: Page, id: string): Promise<Locator> {
  const root = page.locator(`#rw-${id}`);
  await root.scrollIntoViewIfNeeded();
  await root.locator('[data-walk="step"]:not([disabled])').waitFor({ timeout: 30_000 });
  return root;
}

/** Presses Step until the live line matches `pattern`; returns that line. */
async function stepUntil(root: Locator, pattern: RegExp, max = 60): Promise<string> {
  for (let i = 0; i < max; i++) {
    await root.locator('[data-walk="step"]').click();
    const text = (await root.locator('[data-walk-text]').textContent()) ?? '';
    if (pattern.test(text)) return text;
  }
  throw new Error(`no step matched ${pattern} in ${max} steps`);
}

describe('request walk', () => {
  it('lesson 4: after the idle gap the next request is a cold start on a new environment', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/04-environment-reuse/');
    const root = await walk(page, 'l4-walk');
    expect(await root.locator('[data-walk-sentence]').textContent()).toContain(
      'starts cold on a new environment 4',
    );
    expect(await root.locator('[data-walk-text]').getAttribute('aria-live')).toBe('polite');
    expect(await stepUntil(root, /^Request 4 /)).toMatch(/environment \d is idle → warm start/);
    await stepUntil(root, /reclaimed/);
    const last = await stepUntil(root, /^Request 5 /);
    expect(last).toBe('Request 5 arrives; no environment is idle → new environment 4, cold start (INIT).');
    // The cards say the same without the sentence: three crossed out, a fourth in INIT.
    expect(await root.locator('.rw-env[data-state="reclaimed"]').count()).toBe(3);
    expect(await root.locator('.rw-env[data-env="4"]').getAttribute('data-state')).toBe('initializing');
    expect(await root.locator('[data-walk-clock]').textContent()).toMatch(/^Time 12:00\.0 \(/);
    // ← goes back one step, by keyboard.
    await root.locator('[data-walk="step"]').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await root.locator('.rw-env[data-env="4"]').count()).toBe(0);
    expectNoProblems();
    await close();
  });

  it('lesson 2: five clicks at once get five environments; spaced clicks reuse one', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/02-concurrency/');
    const root = await walk(page, 'l2-walk');
    await stepUntil(root, /^Request 5 /);
    expect(await root.locator('.rw-env[data-state="initializing"]').count()).toBe(5);
    const sixth = await stepUntil(root, /^Request 6 /);
    expect(sixth).toMatch(/warm start/);
    const warm = await stepUntil(root, /^Request 10 /);
    expect(warm).toMatch(/warm start/);
    expect(await root.locator('.rw-env').count()).toBe(5);
    expectNoProblems();
    await close();
  });

  it('plays by itself at a human pace and pauses; with reduced motion nothing transitions', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/04-environment-reuse/');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const root = await walk(page, 'l4-walk');
    await root.locator('[data-walk="pace"]').selectOption('700');
    await root.locator('[data-walk="play"]').click();
    await expect.poll(() => root.getAttribute('data-step'), { timeout: 10_000 }).not.toBe('0');
    await root.locator('[data-walk="play"]').click();
    expect(await root.locator('[data-walk="play"]').getAttribute('aria-pressed')).toBe('false');
    const duration = await root
      .locator('.rw-env')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(duration.split(',').every((d) => Number.parseFloat(d) === 0)).toBe(true);
    expectNoProblems();
    await close();
  });
});
