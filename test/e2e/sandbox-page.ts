import type { Locator, Page } from 'playwright-core';

/** The first `<lab-sandbox>` on the page. */
export const sandbox = (page: Page): Locator => page.locator('lab-sandbox').first();

/**
 * Replaces the first sandbox's code (one undoable edit through the element's own API) when `code` is given,
 * clicks Run and resolves when the run has ended (its `data-runs` count went up), within `timeoutMs`.
 */
export async function runSandbox(page: Page, code?: string, timeoutMs = 30_000): Promise<void> {
  const el = sandbox(page);
  if (code !== undefined) await el.evaluate((node, c) => Object.assign(node, { code: c }), code);
  const before = Number((await el.getAttribute('data-runs')) ?? 0);
  await el.locator('[data-action=run]').click();
  await page.waitForFunction(
    (n) => Number(document.querySelector('lab-sandbox')?.getAttribute('data-runs') ?? 0) > n,
    before,
    { timeout: timeoutMs },
  );
}
