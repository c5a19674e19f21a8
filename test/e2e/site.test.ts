import { afterAll, describe, expect, inject, it } from 'vitest';
import { formatViolations, seriousViolations } from './axe.ts';
import { closeBrowser, openPage } from './browser.ts';
import { sitePages } from './site-pages.ts';

const pages = sitePages(inject('distDir'));

afterAll(closeBrowser);

describe('every page', () => {
  it('the build has the landing page and at least one lesson', () => {
    expect(pages).toContain('');
    expect(pages.some((page) => page.startsWith('lessons/'))).toBe(true);
  });

  describe.each(pages.map((page) => [page || '(landing)', page]))('%s', (_name, path) => {
    it('loads without console errors, failed requests or uncaught exceptions', async () => {
      const opened = await openPage(path);
      // Let scripts that run after load (progress marks, widgets) finish.
      await opened.page.waitForLoadState('networkidle');
      opened.expectNoProblems();
      await opened.close();
    });

    // Dark mode at desktop width here, light mode at phone width below: both themes, both layouts.
    it('has no serious or critical axe violations (dark mode, 1280 px)', async () => {
      const opened = await openPage(path, { colorScheme: 'dark' });
      const violations = await seriousViolations(opened.page);
      expect(violations, formatViolations(violations)).toEqual([]);
      await opened.close();
    });

    it('does not scroll sideways at 390 px, and has no serious axe violations there (light mode)', async () => {
      const opened = await openPage(path, { viewport: { width: 390, height: 844 }, colorScheme: 'light' });
      const overflow = await opened.page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => el.getBoundingClientRect().right > width + 1 && el.checkVisibility())
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
        return { scrollWidth: document.documentElement.scrollWidth, width, wide };
      });
      expect(overflow.scrollWidth, `wider than the screen: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(
        overflow.width,
      );
      const violations = await seriousViolations(opened.page);
      expect(violations, formatViolations(violations)).toEqual([]);
      opened.expectNoProblems();
      await opened.close();
    });
  });
});
