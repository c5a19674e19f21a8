import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './browser.ts';

afterAll(closeBrowser);

const example = readFileSync(new URL('../../public/traffic/example-console.csv', import.meta.url));
const controls = (root: Locator, side: 'a' | 'b') => root.locator(`fieldset[data-side="${side}"]`);
const status = (root: Locator) => root.locator('[data-status]').textContent();
const root = (page: Page) => page.locator('your-traffic');

async function loadExample(r: Locator): Promise<void> {
  await r
    .locator('[data-input="file"]')
    .setInputFiles({ name: 'example-console.csv', mimeType: 'text/csv', buffer: example });
  await expect.poll(() => status(r), { timeout: 60_000 }).toMatch(/example-console\.csv simulated in/);
}

describe('Your traffic: compare, share, scale', () => {
  it('compares two settings with the playgrounds’ compare table, and switches sides by tabs on a phone', {
    timeout: 180_000,
  }, async () => {
    const { page, expectNoProblems, close } = await openPage('your-traffic/', { allow: ['favicon'] });
    const r = root(page);
    await loadExample(r);
    await r.locator('[data-option="compare"]').check();
    await expect.poll(() => controls(r, 'b').isVisible()).toBe(true);
    await controls(r, 'b').locator('[data-input="reservedConcurrency"]').fill('2');
    await controls(r, 'b').locator('[data-input="reservedConcurrency"]').dispatchEvent('change');
    const compare = r.locator('[data-view="compare"]');
    await expect.poll(() => compare.isVisible(), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => status(r), { timeout: 60_000 }).toMatch(/simulated in/);
    // Reserving 2 for this file (about 5 in flight) throttles B: the table and the sentence say A is better.
    await expect
      .poll(() => compare.locator('tr[data-path="throttled"]').getAttribute('data-better'), {
        timeout: 60_000,
      })
      .toBe('a');
    expect(await compare.locator('[data-sentence]').textContent()).toMatch(
      /^B against A: throttled \+[\d,]+ .*\(A better\)/,
    );
    expect(
      await r.locator('.pg-side[data-side="b"] [data-view="summary"] [data-sentence]').textContent(),
    ).toMatch(/requests:/);
    await page.setViewportSize({ width: 390, height: 800 });
    const tabB = r.locator('.pg-tabs [role="tab"]').nth(1);
    await tabB.click();
    expect(await tabB.getAttribute('aria-selected')).toBe('true');
    expect(await r.locator('.pg-side[data-side="b"]').getAttribute('data-current')).toBe('');
    expectNoProblems();
    await close();
  });

  it('round-trips the settings, and on request a small file, through the link', {
    timeout: 180_000,
  }, async () => {
    const first = await openPage('your-traffic/', { allow: ['favicon'] });
    const r = root(first.page);
    await loadExample(r);
    await controls(r, 'a').locator('[data-input="memoryMb"]').selectOption('512');
    await r.locator('[data-option="compare"]').check();
    await controls(r, 'b').locator('[data-input="architecture"]').selectOption('arm64');
    await r.locator('[data-option="share-file"]').check();
    await r.locator('[data-action="share"]').click();
    const url = new URL(first.page.url());
    await first.close();
    const second = await openPage(`your-traffic/${url.search}`, { allow: ['favicon'] });
    const r2 = root(second.page);
    await expect
      .poll(() => status(r2), { timeout: 60_000 })
      .toMatch(/example-console\.csv \(from the link\) simulated in/);
    expect(await controls(r2, 'a').locator('[data-input="memoryMb"]').inputValue()).toBe('512');
    expect(await controls(r2, 'b').locator('[data-input="architecture"]').inputValue()).toBe('arm64');
    expect(await r2.locator('[data-option="compare"]').isChecked()).toBe(true);
    second.expectNoProblems();
    await second.close();
  });

  it.each([
    [
      'not compressed data',
      'garbage!!',
      /The link's settings were not used: it is not settings this page wrote/,
    ],
    [
      'oversized',
      'A'.repeat(20_000),
      /The link's settings were not used: its data is 20,000 characters, over the 16,000/,
    ],
  ])(
    'says a shared link with a bad payload (%s) was not used, and keeps working',
    { timeout: 120_000 },
    async (_, value, message) => {
      const { page, close } = await openPage(`your-traffic/?pg-your-traffic=${value}`, {
        allow: ['favicon'],
      });
      const r = root(page);
      await expect.poll(() => status(r), { timeout: 30_000 }).toMatch(message);
      expect(await r.locator('[data-status]').getAttribute('data-kind')).toBe('error');
      await loadExample(r);
      await close();
    },
  );

  it('runs a generated week at 1,000 req/s by the fast method, showing progress', {
    timeout: 300_000,
  }, async () => {
    const { page, expectNoProblems, close } = await openPage('your-traffic/', { allow: ['favicon'] });
    const r = root(page);
    const seen: string[] = [];
    await page.exposeFunction('ytStatus', (text: string) => seen.push(text));
    await page.evaluate(() => {
      const s = document.querySelector('your-traffic [data-status]');
      if (!s) return;
      new MutationObserver(() =>
        (window as unknown as { ytStatus: (t: string) => void }).ytStatus(s.textContent ?? ''),
      ).observe(s, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await r.locator('[data-action="large"]').click();
    await expect.poll(() => status(r), { timeout: 240_000 }).toMatch(/a week at 1,000 req\/s simulated in/);
    expect(seen.some((t) => /\(60\d(\.\d)? M requests\)… \d+%/.test(t))).toBe(true);
    const summary = await r
      .locator('.pg-side[data-side="a"] [data-view="summary"] [data-sentence]')
      .textContent();
    expect(summary).toMatch(/^60\d,\d{3},\d{3} requests: /);
    expect(await r.locator('.pg-side[data-side="a"] [data-fit]').textContent()).toMatch(
      /^Computed by the fast method/,
    );
    expectNoProblems();
    await close();
  });

  it('stops a long exact run on request and keeps working', { timeout: 180_000 }, async () => {
    const { page, close } = await openPage('your-traffic/', { allow: ['favicon'] });
    const r = root(page);
    await controls(r, 'a').locator('[data-input="method"]').selectOption('exact');
    await r.locator('[data-action="sample"]').click();
    await expect.poll(() => status(r), { timeout: 30_000 }).toMatch(/Simulating the sample week/);
    await r.locator('[data-action="stop"]').click();
    expect(await status(r)).toMatch(/^Stopped\./);
    expect(await r.locator('[data-progress]').isHidden()).toBe(true);
    await loadExample(r);
    await close();
  });
});
