import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { CHART_COLOURS } from '~/components/charts/palette.ts';
import { closeBrowser, openPage } from './browser.ts';
import { formatLowContrast, lowContrast } from './contrast.ts';
import { sitePages } from './site-pages.ts';

/**
 * Contrast of everything drawn as text or as a mark, in both themes, in the states a learner reaches.
 * axe missed low-contrast marks for three reasons this test closes: (1) it scans a fresh profile, where the
 * "✓ Completed" badge, the sidebar's ✓/◐ marks and "All checks pass" do not exist yet; (2) it treats
 * symbol-only text (✓ ◐ ▶ ✕) as icons and reports it only as "incomplete", which nobody reads; (3) it only
 * reports violations, so "needs review" cases (pseudo-element content) vanish. Here progress is seeded (so
 * the badge and the marks are drawn) and every visible text run, symbol and `::before`/`::after` content is
 * measured as drawn. "All checks pass" shares the badge's colour (sandbox.css); sandbox.test.ts reaches it.
 */
afterAll(closeBrowser);

const allow = [/Content Security Policy/, /Refused to/];

/** Lesson 2 done (its sidebar item ✓, and active on its own page), lesson 1 started (◐), lesson 3 done. */
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
  const findings = await lowContrast(page, CHART_COLOURS);
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
    await page.evaluate(() => {
      const chart = document.createElement('div');
      chart.className = 'lab-chart';
      chart.style.cssText = 'height: 40px; background: white; --probe-mark: rgb(200, 200, 200)';
      document.querySelector('main')?.prepend(chart);
    });
    const findings = await lowContrast(page, ['--probe-mark']);
    const texts = findings.map((f) => f.text);
    expect(texts).toContain('chart mark --probe-mark');
    expect(texts).toContain('✓');
    expect(texts).toContain('::after done');
    expect(findings.find((f) => f.text === '✓')?.ratio).toBeCloseTo(1.77, 1);
    await close();
  });

  // Every page, both themes, with progress seeded so the sidebar's ✓ and ◐ marks are drawn (on lesson 2 the
  // current page's item carries ✓ on the accent background). Desktop width: the sidebar is shown there.
  it.each(sitePages(inject('distDir')).map((p) => [p || '(landing)', p]))('%s', async (_name, path) => {
    const { page, expectNoProblems, close } = await openPage(path, { initScript: seedProgress, allow });
    if (path === 'lessons/02-concurrency/') {
      // The states axe never saw: the current lesson's ✓ on the accent background, and "✓ Completed".
      await page.locator('[aria-current="page"] .cl-mark[data-status="done"]').waitFor();
      await page.locator('lab-sandbox [data-badge]:not([hidden])').first().waitFor();
    }
    await expectReadable(page, 'light');
    await expectReadable(page, 'dark');
    expectNoProblems();
    await close();
  });
});
