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

/**
 * Where side A's timeline canvas holds the INIT colour: how wide (CSS px) the stretch of columns is, and how
 * many of the plot's device-pixel rows (above the axis) hold it at all, of how many.
 */
function initPixels(root: Locator): Promise<{ span: number; rowsWithInit: number; plotRows: number }> {
  return root.locator('.pg-side[data-side="a"] [data-view="timeline"] canvas').evaluate((node) => {
    const canvas = node as HTMLCanvasElement;
    const host = canvas.closest('sim-playground') as HTMLElement;
    const probe = document.createElement('canvas').getContext('2d');
    const ctx = canvas.getContext('2d');
    if (!probe || !ctx) return { span: -1, rowsWithInit: 0, plotRows: 0 };
    probe.fillStyle = getComputedStyle(host).getPropertyValue('--pg-c-init').trim();
    probe.fillRect(0, 0, 1, 1);
    const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
    const { width, height } = canvas;
    const plotRows = Math.floor(height - 30 * devicePixelRatio);
    const data = ctx.getImageData(0, 0, width, plotRows).data;
    const rows = new Set<number>();
    let min = width;
    let max = -1;
    for (let i = 0; i < data.length; i += 4) {
      const near =
        Math.abs((data[i] ?? 0) - (r ?? 0)) +
        Math.abs((data[i + 1] ?? 0) - (g ?? 0)) +
        Math.abs((data[i + 2] ?? 0) - (b ?? 0));
      if (near < 30 && (data[i + 3] ?? 0) > 200) {
        const x = (i / 4) % width;
        rows.add(Math.floor(i / 4 / width));
        min = Math.min(min, x);
        max = Math.max(max, x);
      }
    }
    return { span: max < 0 ? 0 : (max - min + 1) / devicePixelRatio, rowsWithInit: rows.size, plotRows };
  });
}

/** How wide (CSS px) the stretch of canvas columns is that holds the INIT colour, in side A's timeline. */
async function initSpan(root: Locator): Promise<number> {
  return (await initPixels(root)).span;
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

  it('draws every one of the 1,000 environments in INIT, four to a pixel row, and pages through single lanes', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/02-concurrency/');
    const root = await burst(page);
    const timeline = root.locator('.pg-side[data-side="a"] [data-view="timeline"]');
    const note = timeline.locator('[data-lane-rows]');
    expect(await note.textContent()).toBe(
      'All 1,000 environments; each row = 4 environments, shaded by the share of them in INIT, busy or idle.',
    );
    const label = (await timeline.locator('canvas').getAttribute('aria-label')) ?? '';
    expect(label).toContain('1,000 environments in 10:00: 1,000 cold starts');
    expect(label).toContain('each row = 4 environments');
    // 250 rows of 1 px hold the 1,000 environments, all in INIT at the start: hatched INIT marks on (nearly)
    // every device-pixel row of the plot's 250 px (anti-aliasing thins a few).
    const all = await initPixels(root);
    const dpr = await page.evaluate(() => devicePixelRatio);
    expect(all.rowsWithInit).toBeGreaterThanOrEqual(Math.floor(0.9 * 250 * dpr));
    expect(all.span).toBeGreaterThan(40);
    // One lane each: 36 at a time, moved by the buttons or Page Up/Down.
    await timeline.locator('[data-lanes="one"]').click();
    expect(await note.textContent()).toBe('Environments 1–36 of 1,000, one lane each.');
    await timeline.locator('[data-lanes="later"]').focus();
    await page.keyboard.press('PageDown');
    expect(await note.textContent()).toBe('Environments 37–72 of 1,000, one lane each.');
    expect(await timeline.locator('canvas').getAttribute('aria-label')).toContain(
      'Environments 37–72 of 1,000',
    );
    // The last environments to start are drawn too, each with its INIT.
    const later = timeline.locator('[data-lanes="later"]');
    while (await later.isEnabled()) await later.click();
    expect(await note.textContent()).toBe('Environments 965–1,000 of 1,000, one lane each.');
    const last = await initPixels(root);
    expect(last.span).toBeGreaterThan(40);
    expect(last.rowsWithInit).toBeGreaterThanOrEqual(36 * 4 * dpr);
    await timeline.locator('[data-lanes="all"]').click();
    expect(await note.textContent()).toContain('All 1,000 environments');
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
