import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './browser.ts';

/** Phones are first-class: nothing important off-screen, compared sides switchable, words kept whole. */
afterAll(closeBrowser);

const PHONE = { width: 390, height: 844 };

describe('phone layout (390 px)', () => {
  it('lesson 1: "Who manages what" shows every column on screen, one card per row', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/01-compute-spectrum/', {
      viewport: PHONE,
    });
    const cells = page.locator('td[data-label="Functions"]');
    expect(await cells.count()).toBeGreaterThanOrEqual(8);
    await cells.first().scrollIntoViewIfNeeded();
    const off = await cells.evaluateAll(
      (tds) =>
        tds.filter((td) => {
          const r = td.getBoundingClientRect();
          return r.width === 0 || r.right > document.documentElement.clientWidth || r.left < 0;
        }).length,
    );
    expect(off).toBe(0);
    expect(await page.locator('table[data-reflow]').count()).toBeGreaterThanOrEqual(1);
    expect(await cells.first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe(
      '"Functions: "',
    );
    expectNoProblems();
    await close();
  });

  it('lesson 1: the spectrum explorer at 1,000 req/s with its data table open stays on screen', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/01-compute-spectrum/', {
      viewport: PHONE,
    });
    const root = page.locator('spectrum-explorer').first();
    await root.scrollIntoViewIfNeeded();
    // Its script loads when it nears the viewport: the first day's result says it is listening.
    const status = root.locator('[data-status]');
    await status.filter({ hasText: /^(Simulated|Computed)/ }).waitFor({ timeout: 30_000 });
    const rate = root.locator('input[type=range]').first();
    await rate.focus();
    await page.keyboard.press('End');
    await status.filter({ hasText: /86,400,000 requests/ }).waitFor({ timeout: 30_000 });
    await root.locator('details summary', { hasText: 'Data table' }).click();
    await expect.poll(() => root.locator('[data-table] tbody tr').count(), { timeout: 30_000 }).toBe(3);
    // Its big numbers make the table wider than the phone: it scrolls inside its box, the page does not.
    const widths = await page.evaluate(() => {
      const table = document.querySelector('spectrum-explorer [data-table] table');
      const th = table?.querySelector('thead th');
      // One client rect per line the header's words are laid out on.
      const range = document.createRange();
      if (th) range.selectNodeContents(th);
      return {
        page: document.documentElement.scrollWidth,
        screen: window.innerWidth,
        box: Math.round(table?.getBoundingClientRect().right ?? 0),
        scrolls: (table?.scrollWidth ?? 0) > (table?.clientWidth ?? 0),
        header: th?.textContent,
        headerLines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
      };
    });
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    expect(widths.box).toBeLessThanOrEqual(widths.screen);
    expect(widths.scrolls).toBe(true);
    // Words kept whole: "Compute" on one line, not a letter or two a line.
    expect(widths.header).toBe('Compute');
    expect(widths.headerLines).toBe(1);
    expectNoProblems();
    await close();
  });

  it('lesson 2: the compared sides are tabs; ← → switch them in place', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/02-concurrency/', { viewport: PHONE });
    const root = page.locator('#pg-l2-burst-root');
    await root.scrollIntoViewIfNeeded();
    await root.locator('[data-action="skip"]').click();
    await root
      .locator('[data-status]')
      .filter({ hasText: 'Whole run computed' })
      .waitFor({ timeout: 30_000 });
    const tabs = root.locator('[role="tab"]');
    expect(await tabs.allTextContents()).toEqual(['1,000 at once', 'Spread over 10 min']);
    const a = root.locator('.pg-side[data-side="a"]');
    const b = root.locator('.pg-side[data-side="b"]');
    expect(await a.isVisible()).toBe(true);
    expect(await b.isVisible()).toBe(false);
    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await b.isVisible()).toBe(true);
    expect(await a.isVisible()).toBe(false);
    // In place: side B starts where side A did, not a screen further down.
    const [ya, yb] = await Promise.all([a.boundingBox(), b.boundingBox()]);
    expect(Math.abs((ya?.y ?? 0) - (yb?.y ?? 1e6))).toBeLessThan(2);
    expect(await b.getAttribute('role')).toBe('tabpanel');
    // The differences table keeps words whole: its "Number" header is one line.
    const th = root.locator('[data-diff] thead th').first();
    const lines = await th.evaluate((el) => {
      // One client rect per line the word is laid out on (the cell itself may be taller: its row is).
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(await th.textContent()).toBe('Number');
    expect(lines).toBe(1);
    expectNoProblems();
    await close();
  });
});

describe('desktop (1280 px)', () => {
  it('compared charts get the full width, A above B, not two narrow columns', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/02-concurrency/');
    const root = page.locator('#pg-l2-burst-root');
    await root.scrollIntoViewIfNeeded();
    await root.locator('[data-action="skip"]').click();
    await root
      .locator('[data-status]')
      .filter({ hasText: 'Whole run computed' })
      .waitFor({ timeout: 30_000 });
    const a = await root.locator('.pg-side[data-side="a"] [data-view="concurrency"]').boundingBox();
    const b = await root.locator('.pg-side[data-side="b"] [data-view="concurrency"]').boundingBox();
    expect(a?.width).toBeGreaterThan(550);
    expect(b?.x).toBe(a?.x);
    expect((b?.y ?? 0) - (a?.y ?? 0)).toBeGreaterThan(0);
    expect(await root.locator('[role="tab"]').count()).toBe(0);
    expectNoProblems();
    await close();
  });
});
