import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './browser.ts';

/** Lesson 2's burst: the environment timeline opens zoomed to 0–2 s, where INIT is wide enough to see. */
afterAll(closeBrowser);

async function burst(page: Page): Promise<Locator> {
  const root = page.locator('#pg-l2-burst-root');
  await root.scrollIntoViewIfNeeded();
  const skip = root.locator('[data-action="skip"]');
  await skip.click();
  await root.locator('[data-status]').filter({ hasText: 'Whole run computed' }).waitFor({ timeout: 30_000 });
  await root.locator('.pg-zoom').first().waitFor();
  return root;
}

/** How wide (px) the stretch of canvas columns is that holds the INIT colour, in side A's timeline. */
function initSpan(root: Locator): Promise<number> {
  return root.locator('.pg-side[data-side="a"] [data-view="timeline"] canvas').evaluate((node) => {
    const canvas = node as HTMLCanvasElement;
    const host = canvas.closest('sim-playground') as HTMLElement;
    const probe = document.createElement('canvas').getContext('2d');
    const ctx = canvas.getContext('2d');
    if (!probe || !ctx) return -1;
    probe.fillStyle = getComputedStyle(host).getPropertyValue('--pg-c-init').trim();
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
    const { width, height } = canvas;
    const data = ctx.getImageData(0, 0, width, height - 30 * devicePixelRatio).data;
    let min = width;
    let max = -1;
    for (let i = 0; i < data.length; i += 4) {
      const near =
        Math.abs((data[i] ?? 0) - (r ?? 0)) +
        Math.abs((data[i + 1] ?? 0) - (g ?? 0)) +
        Math.abs((data[i + 2] ?? 0) - (b ?? 0));
      if (near < 30 && (data[i + 3] ?? 0) > 200) {
        const x = (i / 4) % width;
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
    return max < 0 ? 0 : (max - min + 1) / devicePixelRatio;
  });
}

describe('timeline zoom (lesson 2, 1,000 clicks at once)', () => {
  it('opens where the 1,000 INITs are visible, and zooms out, in and back by keyboard', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/02-concurrency/');
    const root = await burst(page);
    const timeline = root.locator('.pg-side[data-side="a"] [data-view="timeline"]');
    expect(await timeline.locator('[data-zoom-window]').textContent()).toBe('Showing 0 s to 2 s of 10:00.');
    expect(await timeline.locator('[data-sentence]').textContent()).toContain('1,000 cold starts');
    // INIT takes a few hundred ms: at 0–2 s that is a wide hatched band, at the whole 10 minutes a sliver.
    const zoomed = await initSpan(root);
    expect(zoomed).toBeGreaterThan(40);
    await timeline.locator('[data-zoom="all"]').click();
    expect(await timeline.locator('[data-zoom-window]').textContent()).toBe(
      'Showing the whole run, 0:00 to 10:00.',
    );
    expect(await initSpan(root)).toBeLessThan(zoomed / 10);
    // Both sides share the window: side B says the same.
    const b = root.locator('.pg-side[data-side="b"] [data-zoom-window]');
    expect(await b.textContent()).toBe('Showing the whole run, 0:00 to 10:00.');
    // Keyboard: + zooms in around the middle, → moves later, 0 shows everything again.
    await timeline.locator('[data-zoom="in"]').focus();
    await page.keyboard.press('+');
    expect(await b.textContent()).toBe('Showing 2:30 to 7:30 of 10:00.');
    await page.keyboard.press('ArrowRight');
    expect(await b.textContent()).toBe('Showing 3:45 to 8:45 of 10:00.');
    await page.keyboard.press('0');
    expect(await b.textContent()).toBe('Showing the whole run, 0:00 to 10:00.');
    expectNoProblems();
    await close();
  });

  it('zooms to the stretch dragged across with the mouse', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/02-concurrency/');
    const root = await burst(page);
    const timeline = root.locator('.pg-side[data-side="a"] [data-view="timeline"]');
    await timeline.locator('canvas').scrollIntoViewIfNeeded();
    const box = await timeline.locator('canvas').boundingBox();
    if (!box) throw new Error('no timeline canvas');
    const y = box.y + box.height / 3;
    await page.mouse.move(box.x + 4, y);
    await page.mouse.down();
    await page.mouse.move(box.x + 4 + (box.width - 12) / 2, y, { steps: 4 });
    await page.mouse.up();
    expect(await timeline.locator('[data-zoom-window]').textContent()).toBe('Showing 0 s to 1 s of 10:00.');
    expectNoProblems();
    await close();
  });
});
