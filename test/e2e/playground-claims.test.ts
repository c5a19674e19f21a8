import type { Locator } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { describeCheck, meetsCheck } from '~/explorables/claim.ts';
import { lessonPlaygrounds } from '../explorables/lesson-playgrounds.ts';
import { closeBrowser, openPage } from './browser.ts';

afterAll(closeBrowser);

const playgrounds = await lessonPlaygrounds();
const lessons = [...new Set(playgrounds.map((p) => p.lesson))];

/** The raw number a side's summary view shows for a path (`data-value` beside the printed value). */
async function shown(root: Locator, side: string, path: string): Promise<number> {
  const row = root.locator(`.pg-side[data-side="${side}"] .pg-summary [data-path="${path}"]`);
  return Number(await row.getAttribute('data-value'));
}

/**
 * Each playground, read without the prose, shows the one sentence it exists for (its `claim`, next to the
 * preset): the numbers on screen meet the claim's checks, for the claim's function, and the differences
 * table's verdicts agree with it.
 */
describe.each(lessons)('the playgrounds of %s show their claims', (lesson) => {
  it('in the summary and the differences table', async () => {
    const { page, expectNoProblems, close } = await openPage(`lessons/${lesson}/`, { allow: ['favicon'] });
    for (const p of playgrounds.filter((x) => x.lesson === lesson)) {
      const claim = p.claim;
      if (!claim) continue;
      const root = page.locator(`#pg-${p.id}-root`);
      await root.scrollIntoViewIfNeeded();
      const skip = root.locator('[data-action="skip"]');
      await skip.waitFor({ state: 'attached', timeout: 5000 }).catch(() => undefined);
      if (await skip.count()) {
        await expect.poll(() => skip.isEnabled(), { timeout: 30_000 }).toBe(true);
        await skip.click();
      }
      await root
        .locator('[data-status]')
        .filter({ hasText: 'Whole run computed' })
        .waitFor({ timeout: 60_000 });
      if (claim.fn) {
        expect(await root.locator('[data-action="function"]').inputValue(), p.id).toBe(claim.fn);
      }
      for (const check of claim.shows) {
        const value = await shown(root, check.side, check.path);
        expect(meetsCheck(check, value), `${p.id}: ${describeCheck(check)}, shown ${value}`).toBe(true);
      }
      if (p.compare) {
        for (const goal of claim.matters) {
          const row = root.locator(`[data-diff] tr[data-path="${goal.path}"]`);
          const better = (await row.getAttribute('data-better')) ?? 'same';
          expect(better, `${p.id}: verdict on ${goal.path}`).toBe(goal.expect);
        }
        // Inputs are never better or worse.
        expect(await root.locator('[data-diff] tr[data-path="requests"][data-better]').count()).toBe(0);
      }
    }
    expectNoProblems();
    await close();
  });
});

describe('a playground with several functions', () => {
  it('shows one function at a time, or all together (lesson 3)', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/03-scaling-and-throttling/', {
      allow: ['favicon'],
    });
    const root = page.locator('#pg-l3-noisy-neighbour-root');
    await root.scrollIntoViewIfNeeded();
    const skip = root.locator('[data-action="skip"]');
    await expect.poll(() => skip.isEnabled(), { timeout: 30_000 }).toBe(true);
    await skip.click();
    await root
      .locator('[data-status]')
      .filter({ hasText: 'Whole run computed' })
      .waitFor({ timeout: 60_000 });
    const checkout = await shown(root, 'a', 'requests');
    await root.locator('[data-action="function"]').selectOption('');
    await expect.poll(() => shown(root, 'a', 'requests')).toBeGreaterThan(checkout * 5);
    await root.locator('[data-action="function"]').selectOption('reports');
    await expect.poll(() => shown(root, 'a', 'requests')).toBeLessThan(checkout * 10);
    // The reservation protects checkout only: reports is throttled on both sides.
    expect(await shown(root, 'b', 'throttled')).toBeGreaterThan(1000);
    expectNoProblems();
    await close();
  });
});
