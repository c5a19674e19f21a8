import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { closeBrowser, openPage } from './browser.ts';
import { formatLowContrast, lowContrast } from './contrast.ts';
import { sitePages } from './site-pages.ts';

/**
 * Contrast of everything drawn as text or as a mark, in both themes, in the states a learner reaches.
 * axe missed low-contrast marks for three reasons this test closes: (1) it scans a fresh profile, where the
 * "✓ Completed" badge, the sidebar's ✓/◐ marks and "All checks pass" do not exist yet; (2) it treats
 * symbol-only text (✓ ◐ ▶ ✕) as icons and reports it only as "incomplete", which nobody reads; (3) it only
 * reports violations, so "needs review" cases (pseudo-element content) vanish. Here progress is seeded, the
 * checks are run, and every visible text run, symbol and `::before`/`::after` content is measured as drawn.
 */
afterAll(closeBrowser);

const PROGRESS = 'concurrency-lab:progress:v1';
const allow = [/Content Security Policy/, /Refused to/];

/** Lesson 2 done (its sidebar item ✓ and active), lesson 1 started (◐), lesson 3 done. */
function seedProgress(): void {
  // Init scripts run in every frame; the sandbox's iframe has no storage (and must not).
  if (window !== window.top) return;
  localStorage.setItem(
    'concurrency-lab:progress:v1',
    JSON.stringify({
      version: 1,
      completed: [
        '02-concurrency/size-it',
        '02-concurrency/quiz',
        '01-compute-spectrum/quiz',
        '03-scaling-and-throttling/protect-checkout',
        '03-scaling-and-throttling/quiz',
      ],
    }),
  );
}

async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((t) => {
    document.documentElement.dataset['theme'] = t;
  }, theme);
}

async function expectReadable(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await setTheme(page, theme);
  const findings = await lowContrast(page);
  expect(findings, `${theme}:\n  ${formatLowContrast(findings)}`).toEqual([]);
}

describe('contrast of text and marks, both themes', () => {
  it('the measure catches a mark axe skips (a pale ✓ on white), so a pass means something', async () => {
    const { page, close } = await openPage('', { colorScheme: 'light' });
    await page.evaluate(() => {
      const mark = document.createElement('span');
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = '✓';
      mark.style.cssText = 'color: rgb(79, 223, 12); background: white; position: relative; z-index: 999';
      const label = document.createElement('p');
      label.className = 'probe';
      label.style.cssText = 'background: white';
      label.append(mark);
      document.querySelector('main')?.prepend(label);
      document.head.insertAdjacentHTML(
        'beforeend',
        '<style>.probe::after { content: "done"; color: rgb(200, 200, 200); }</style>',
      );
    });
    const findings = await lowContrast(page);
    const texts = findings.map((f) => f.text);
    expect(texts).toContain('✓');
    expect(texts).toContain('::after done');
    expect(findings.find((f) => f.text === '✓')?.ratio).toBeCloseTo(1.77, 1);
    await close();
  });

  it('a lesson with progress, a completed exercise and passing checks', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/02-concurrency/', {
      initScript: seedProgress,
      allow,
    });
    const sandbox = page.locator('lab-sandbox').first();
    await sandbox.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => document.querySelector('lab-sandbox')?.getAttribute('data-editor'),
      null,
      {
        timeout: 30_000,
      },
    );
    await sandbox.locator('[data-action=solution]').click();
    await sandbox.locator('[data-action=use-solution]').click();
    await sandbox.locator('[data-action=run]').click();
    await expect
      .poll(() => sandbox.locator('[data-checks]').textContent(), { timeout: 30_000 })
      .toContain('All checks pass');
    expect(await sandbox.locator('[data-badge]').isVisible()).toBe(true);
    expect(await page.locator('[aria-current="page"] .cl-mark').textContent()).toContain('✓');
    expect(await page.evaluate((k) => localStorage.getItem(k), PROGRESS)).toContain('02-concurrency/size-it');
    await expectReadable(page, 'light');
    await expectReadable(page, 'dark');
    expectNoProblems();
    await close();
    // Monaco, a run of the checks and two full-page scans: more than the default minute on a shared machine.
  }, 180_000);

  // Every page, both themes, at phone width (progress seeded, so the sidebar and outline marks are drawn).
  it.each(sitePages(inject('distDir')).map((p) => [p || '(landing)', p]))(
    '%s at 390 px',
    async (_name, path) => {
      const { page, expectNoProblems, close } = await openPage(path, {
        initScript: seedProgress,
        viewport: { width: 390, height: 844 },
        allow,
      });
      await expectReadable(page, 'light');
      await expectReadable(page, 'dark');
      expectNoProblems();
      await close();
    },
  );
});
