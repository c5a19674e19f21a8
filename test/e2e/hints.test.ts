import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './browser.ts';
import { runSandbox, sandbox } from './sandbox-page.ts';

/** A failing check's hints come one at a time, and what was revealed survives the next run. */
afterAll(closeBrowser);

async function run(page: Page, code?: string): Promise<void> {
  await runSandbox(page, code);
  await expect
    .poll(() => sandbox(page).locator('[data-checks]').textContent(), { timeout: 30_000 })
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
