import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './browser.ts';

/** A failing check's hints come one at a time, and what was revealed survives the next run. */
afterAll(closeBrowser);

const sandbox = (page: Page) => page.locator('lab-sandbox').first();

async function run(page: Page, code?: string): Promise<void> {
  const el = sandbox(page);
  if (code !== undefined) await el.evaluate((node, c) => Object.assign(node, { code: c }), code);
  const before = Number((await el.getAttribute('data-runs')) ?? 0);
  await el.locator('[data-action=run]').click();
  await page.waitForFunction(
    (n) => Number(document.querySelector('lab-sandbox')?.getAttribute('data-runs') ?? 0) > n,
    before,
    { timeout: 30_000 },
  );
  await expect
    .poll(() => el.locator('[data-checks]').textContent(), { timeout: 30_000 })
    .toMatch(/checks pass/);
}

describe('hint ladder', () => {
  it('shows the hint written for the learner’s mistake first, then one more per click', async () => {
    const opened = await openPage('lessons/02-concurrency/', {
      allow: [/Content Security Policy/, /Refused to/],
    });
    const { page } = opened;
    await sandbox(page).scrollIntoViewIfNeeded();
    // Milliseconds left in Little's law: every plan about 1,000 times too high.
    await run(page, 'export default [100_000, 60_000, 60_000, 10_000, 100_000];\n');
    const checkout = sandbox(page).locator('.sb-check', { hasText: 'Checkout (one steady phase)' });
    const hints = checkout.locator('.sb-hint');
    expect(await hints.count()).toBe(1);
    expect(await hints.first().textContent()).toContain('milliseconds');
    const more = checkout.getByRole('button', { name: /Another hint/ });
    expect(await more.textContent()).toBe('Another hint (3 more)');
    await more.click();
    expect(await hints.count()).toBe(2);
    await more.click();
    await more.click();
    expect(await hints.count()).toBe(4);
    expect(await more.isHidden()).toBe(true);

    // The next run keeps what was revealed for a check that still fails.
    await run(page, 'export default [100_000, 60, 60, 10, 100];\n');
    expect(await hints.count()).toBe(4);
    opened.expectNoProblems();
    await opened.close();
  });
});
