import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { toSlider } from '~/explorables/slider.ts';
import { SPECTRUM_RATE_CONTROL } from '~/explorables/spectrum.ts';
import { closeBrowser, openPage } from './browser.ts';

/** The spectrum explorer's slider position for a rate, req/s (the slider steps through log stops). */
const ratePosition = (perSecond: number) => String(toSlider(SPECTRUM_RATE_CONTROL, perSecond));

afterAll(closeBrowser);

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The playground with this id, scrolled into view. */
async function playground(page: Page, id: string): Promise<Locator> {
  const root = page.locator(`#pg-${id}-root`);
  await root.scrollIntoViewIfNeeded();
  return root;
}

/** Waits until the playground has finished a run (its status says so). */
async function computed(root: Locator): Promise<void> {
  await root
    .locator('[data-status]')
    .filter({ hasText: /Whole run computed|Paused at/ })
    .waitFor({ timeout: 30_000 });
}

/** Shows the result without guessing (for playgrounds that ask for a prediction first). */
async function reveal(root: Locator): Promise<void> {
  const skip = root.locator('[data-action="skip"]');
  if (await skip.count()) await skip.click();
  await computed(root);
}

async function summaryValue(root: Locator, label: string): Promise<string> {
  return (
    (await root.locator('.pg-summary div', { hasText: label }).first().locator('dd').textContent()) ?? ''
  );
}

/** Serious and critical axe violations inside the playgrounds and spectrum explorers only. */
async function axeOnWidgets(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    interface Result {
      violations: { id: string; impact?: string; nodes: { target: string[] }[] }[];
    }
    const axe = (globalThis as unknown as { axe: { run(c: unknown): Promise<Result> } }).axe;
    const include = [...document.querySelectorAll('sim-playground, spectrum-explorer')].map((el) => [
      `#${el.id}`,
    ]);
    const results = await axe.run({ include });
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('SimPlayground', () => {
  it('renders every view with data (lessons 3 and 6)', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/06-provisioned-concurrency/', {
      allow: ['favicon'],
    });
    const root = await playground(page, 'l6-provisioned');
    await reveal(root);
    for (const view of ['timeline', 'concurrency', 'latency', 'cost']) {
      const figure = root.locator(`.pg-side[data-side="a"] [data-view="${view}"]`);
      expect(await figure.locator('[data-sentence]').textContent(), view).toMatch(/\d/);
      await figure.locator('details summary').click();
      await expect
        .poll(() => figure.locator('[data-table] tbody tr').count(), { message: `${view} table rows` })
        .toBeGreaterThan(0);
    }
    // Charts are drawn by uPlot into a canvas; the timeline is our own canvas with lanes on it.
    expect(await root.locator('[data-view="concurrency"] .pg-chart canvas').count()).toBeGreaterThan(0);
    expect(await root.locator('[data-view="latency"] .pg-chart canvas').count()).toBeGreaterThan(0);
    const inked = await root
      .locator('[data-view="timeline"] canvas')
      .first()
      .evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
        return n;
      });
    expect(inked).toBeGreaterThan(500);
    expect(await root.locator('.pg-side[data-side="a"] .pg-cost .pg-cost-row').count()).toBe(4);
    expect(await root.locator('.pg-side[data-side="a"] .pg-summary dd').count()).toBeGreaterThan(8);
    expectNoProblems();
    await close();

    const lesson3 = await openPage('lessons/03-scaling-and-throttling/', { allow: ['favicon'] });
    const flash = await playground(lesson3.page, 'l3-flash-sale');
    await reveal(flash);
    const throttles = flash.locator('.pg-side[data-side="a"] [data-view="throttles"]');
    expect(await throttles.locator('.pg-chart canvas').count()).toBeGreaterThan(0);
    expect(await throttles.locator('[data-sentence]').textContent()).toMatch(/throttled/);
    // Compare: the differences table marks at least one differing number.
    expect(await flash.locator('[data-diff] tr.pg-differs').count()).toBeGreaterThan(0);
    lesson3.expectNoProblems();
    await lesson3.close();
  });

  it('moving a control re-simulates and puts the setting in the URL', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/02-concurrency/', {
      allow: ['favicon'],
    });
    const root = await playground(page, 'l2-rate-duration');
    await reveal(root);
    const before = await summaryValue(root, 'Requests');
    const slider = root.locator('input[data-control="ratePerSecond"]');
    await slider.focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => summaryValue(root, 'Requests'), { timeout: 15_000 }).not.toBe(before);
    expect(await root.locator(`output[for="${await slider.getAttribute('id')}"]`).textContent()).toMatch(
      /req\/s/,
    );
    expect(new URL(page.url()).searchParams.get('pg-l2-rate-duration')).toBeTruthy();

    // The shared link restores the setting.
    const shared = await openPage(page.url().replace(/^https?:\/\/[^/]+\//, ''), { allow: ['favicon'] });
    const again = await playground(shared.page, 'l2-rate-duration');
    await reveal(again);
    expect(await summaryValue(again, 'Requests')).toBe(await summaryValue(root, 'Requests'));
    await shared.close();
    expectNoProblems();
    await close();
  });

  it("controls start at the preset's values and say what they move (lessons 3 and 5)", async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/03-scaling-and-throttling/', {
      allow: ['favicon'],
    });
    const sale = await playground(page, 'l3-flash-sale');
    const rate = sale.locator('input[data-control="ratePerSecond"]');
    const rateId = (await rate.getAttribute('id')) ?? '';
    // The sale's steps go from 0 to 3,000 req/s: the slider is their peak, not the run's 2,750 average.
    expect(await sale.locator(`label[for="${rateId}"]`).textContent()).toBe('Peak request rate (req/s)');
    expect(await sale.locator(`output[for="${rateId}"]`).textContent()).toBe('3,000 req/s');
    await close();

    const l5 = await openPage('lessons/05-cold-starts/', { allow: ['favicon'] });
    const pkg = await playground(l5.page, 'l5-package');
    await reveal(pkg);
    const runtime = pkg.locator('select[data-control="runtime"]');
    expect(await runtime.inputValue()).toBe('nodejs22.x');
    const size = pkg.locator('input[data-control="packageMb"]');
    expect(await pkg.locator(`output[for="${await size.getAttribute('id')}"]`).textContent()).toBe('5 MB');
    // Another runtime keeps the package and changes INIT, so the cold latency moves.
    const before = await summaryValue(pkg, 'Latency p99');
    await runtime.selectOption('java21');
    await expect.poll(() => summaryValue(pkg, 'Latency p99'), { timeout: 15_000 }).not.toBe(before);
    expect(await pkg.locator(`output[for="${await size.getAttribute('id')}"]`).textContent()).toBe('5 MB');
    l5.expectNoProblems();
    await l5.close();
    expectNoProblems();
  });

  it('the reuse-policy control changes which environments stay alive (lesson 4)', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/04-environment-reuse/', {
      allow: ['favicon'],
    });
    const root = await playground(page, 'l4-burst-then-trickle');
    await computed(root);
    const policy = root.locator('select[data-control="reusePolicy"]');
    expect(await policy.inputValue()).toBe('newest');
    // Environments alive at the end of the run: the last row of the concurrency view's data table.
    const view = root.locator('[data-view="concurrency"]');
    await view.locator('details summary').click();
    const aliveAtEnd = async () =>
      (await view.locator('tbody tr').last().locator('td').nth(1).textContent()) ?? '';
    const newest = Number(await aliveAtEnd());
    expect(newest).toBeLessThan(10);
    await policy.selectOption('oldest');
    // Oldest-first spreads the trickle over many environments, so far more are still alive.
    await expect.poll(async () => Number(await aliveAtEnd()), { timeout: 15_000 }).toBeGreaterThan(100);
    expectNoProblems();
    await close();
  });

  it('ignores broken URL state with a warning naming it', async () => {
    const opened = await openPage('lessons/02-concurrency/?pg-l2-rate-duration=broken!', {
      allow: ['favicon'],
    });
    const root = await playground(opened.page, 'l2-rate-duration');
    await reveal(root);
    expect(opened.warnings.join('\n')).toContain('pg-l2-rate-duration');
    opened.expectNoProblems();
    await opened.close();
  });

  it('plays, pauses and steps one event at a time', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/04-environment-reuse/', {
      allow: ['favicon'],
    });
    const root = await playground(page, 'l4-waves');
    await reveal(root);
    const clock = root.locator('.pg-clock');
    const play = root.locator('[data-action="play"]');
    await root.locator('[data-action="speed"]').selectOption('600');
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => clock.textContent(), { timeout: 10_000 }).not.toMatch(/^0:00 \//);
    await play.click();
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    const paused = await clock.textContent();
    await page.waitForTimeout(600);
    expect(await clock.textContent()).toBe(paused);

    await root.locator('[data-action="scrub"]').fill('0');
    await expect.poll(() => clock.textContent()).toMatch(/^0:00 \//);
    await root.locator('[data-action="step"]').click();
    await expect
      .poll(() => root.locator('[data-event]').textContent())
      .toMatch(/\d:\d\d .*(arrived|INIT|finished|reclaimed)/);
    const first = await root.locator('[data-event]').textContent();
    await root.locator('[data-action="step"]').click();
    await expect.poll(() => root.locator('[data-event]').textContent()).not.toBe(first);

    await root.locator('[data-action="end"]').click();
    await expect.poll(() => root.locator('[data-status]').textContent()).toMatch(/Whole run computed/);
    expectNoProblems();
    await close();
  });

  it('with reduced motion, playback moves in whole one-second ticks instead of animating', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/04-environment-reuse/', {
      allow: ['favicon'],
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const root = await playground(page, 'l4-waves');
    await reveal(root);
    await root.locator('[data-action="speed"]').selectOption('60');
    await root.locator('[data-action="play"]').click();
    const clock = root.locator('.pg-clock');
    await expect.poll(() => clock.textContent(), { timeout: 10_000 }).toMatch(/^[1-9]:00 \//);
    // Each tick advances exactly 60 simulated seconds from 0:00, so the seconds always read :00.
    await page.waitForTimeout(1200);
    expect(await clock.textContent()).toMatch(/^\d+:00 \//);
    await root.locator('[data-action="play"]').click();
    expectNoProblems();
    await close();
  });

  it('asks for a prediction, then reveals the result and says how close it was', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/04-environment-reuse/', {
      allow: ['favicon'],
    });
    const root = await playground(page, 'l4-waves');
    await computed(root);
    expect(await root.locator('[data-results]').isHidden()).toBe(true);
    await root.locator('[data-predict] input').fill('40');
    await root.locator('[data-predict] button[type="submit"]').click();
    expect(await root.locator('[data-results]').isVisible()).toBe(true);
    const verdict = await root.locator('[data-verdict]').textContent();
    expect(verdict).toMatch(
      /^You guessed 40; the simulation gave [\d,]+ \(.*\): (spot on|very close|close|in the right ballpark|far off)\.$/,
    );
    expect(await root.locator('[data-predict] input').isDisabled()).toBe(true);
    // Focus stays with the verdict the learner is about to read, not <body>.
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-verdict'))).toBe(true);
    // The waves have no randomness (fixed times, bursts): no seed control to mislead.
    expect(await root.locator('[data-control="seed"]').count()).toBe(0);
    expectNoProblems();
    await close();
  });

  it('works with the keyboard alone, with visible focus', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/02-concurrency/', {
      allow: ['favicon'],
    });
    const root = await playground(page, 'l2-rate-duration');
    await computed(root);
    // Tab from just before the playground to its first control.
    await root.evaluate((el) => {
      const before = document.createElement('button');
      before.textContent = 'start';
      el.before(before);
      before.focus();
    });
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if (
          await root
            .locator(selector)
            .evaluate((el) => el === document.activeElement)
            .catch(() => false)
        )
          return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await tabTo('[data-action="share"]');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await tabTo('input[data-control="ratePerSecond"]');
    // The guess box comes before the results: answer it with the keyboard.
    await tabTo('[data-predict] input');
    await page.keyboard.type('10');
    await page.keyboard.press('Enter');
    expect(await root.locator('[data-verdict]').textContent()).toMatch(/You guessed 10/);
    const before = await summaryValue(root, 'Requests');
    await root.locator('input[data-control="ratePerSecond"]').focus();
    await page.keyboard.press('End');
    await expect.poll(() => summaryValue(root, 'Requests'), { timeout: 15_000 }).not.toBe(before);
    await tabTo('[data-action="play"]');
    await page.keyboard.press('Enter');
    expect(await root.locator('[data-action="play"]').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Space');
    expect(await root.locator('[data-action="play"]').getAttribute('aria-pressed')).toBe('false');
    await tabTo('details summary');
    await page.keyboard.press('Enter');
    await expect.poll(() => root.locator('details[open] [data-table] table').count()).toBe(1);
    expectNoProblems();
    await close();
  });

  it.each([
    ['lessons/02-concurrency/', 'light'],
    ['lessons/06-provisioned-concurrency/', 'dark'],
  ] as const)('has no serious axe violations on %s (%s)', async (path, colorScheme) => {
    const { page, close } = await openPage(path, { allow: ['favicon'], colorScheme });
    for (const el of await page.locator('sim-playground').all()) {
      await el.scrollIntoViewIfNeeded();
      await reveal(el);
      for (const summary of await el.locator('details summary').all()) await summary.click();
    }
    expect(await axeOnWidgets(page)).toEqual([]);
    await close();
  });

  it('fits a 390 px wide phone without horizontal scrolling', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/02-concurrency/', {
      allow: ['favicon'],
      viewport: { width: 390, height: 844 },
    });
    const root = await playground(page, 'l2-burst');
    await reveal(root);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect((await root.boundingBox())?.width ?? 999).toBeLessThanOrEqual(390);
    expectNoProblems();
    await close();
  });
});

describe('SpectrumExplorer', () => {
  it('compares the three kinds of compute and reacts to the workload shape (lesson 1)', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/01-compute-spectrum/', {
      allow: ['favicon'],
    });
    const root = page.locator('spectrum-explorer').first();
    await root.scrollIntoViewIfNeeded();
    const status = root.locator('[data-status]');
    await status.filter({ hasText: /^(Simulated|Computed)/ }).waitFor({ timeout: 30_000 });
    const costs = () => root.locator('[data-metric="cost"] [data-value]').allTextContents();
    const steady = await costs();
    expect(steady).toHaveLength(3);
    for (const text of steady) expect(text).toMatch(/^\$/);
    expect(await root.locator('[data-sentence]').textContent()).toMatch(/^Cheapest: /);
    await root.locator('[data-input="shape"]').selectOption('spiky');
    await expect.poll(() => root.locator('[data-table] tbody tr').count(), { timeout: 30_000 }).toBe(3);
    await expect.poll(costs, { timeout: 30_000 }).not.toEqual(steady);
    expect(await axeOnWidgets(page)).toEqual([]);
    expectNoProblems();
    await close();
  });

  /** The explorer's cost of each column, USD, as drawn. */
  async function costs(root: Locator): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const c of ['vm', 'containers', 'functions'])
      out[c] = Number(
        await root.locator(`[data-metric="cost"] [data-column="${c}"] [data-value]`).getAttribute('data-raw'),
      );
    return out;
  }

  it.each([
    // Lesson 7: 120 ms at 512 MB, one VM; past ~19 req/s the VM is cheaper (26 req/s, as the prose asks).
    ['lessons/07-cost/', 'l7-spectrum', { rate: ratePosition(26) }, /26 req\/s/],
    // Lesson 1: 512 MB functions at 44 req/s against the two default VMs.
    ['lessons/01-compute-spectrum/', 'l1-spectrum', { rate: ratePosition(44), memory: '512' }, /44 req\/s/],
  ] as const)(
    'shows a VM fleet cheaper than functions at a reachable rate (%s)',
    async (path, id, set, label) => {
      const { page, expectNoProblems, close } = await openPage(path, { allow: ['favicon'] });
      const root = page.locator(`#sx-${id}-root`);
      await root.scrollIntoViewIfNeeded();
      const status = root.locator('[data-status]');
      await status.filter({ hasText: /^(Simulated|Computed)/ }).waitFor({ timeout: 30_000 });
      const before = await costs(root);
      expect(before.functions).toBeLessThan(before.vm ?? 0);
      if ('memory' in set) await root.locator('[data-input="memory"]').selectOption(set.memory);
      await root.locator('[data-input="rate"]').fill(set.rate);
      await expect.poll(() => root.locator('[data-output="rate"]').textContent()).toMatch(label);
      const vmCheaper = async () => {
        const c = await costs(root);
        return (c.vm ?? Number.NaN) < (c.functions ?? Number.NaN);
      };
      await expect.poll(vmCheaper, { timeout: 30_000 }).toBe(true);
      await expect
        .poll(() => root.locator('[data-sentence]').textContent())
        .toMatch(/Cheapest: (VM fleet|Containers)/);
      expectNoProblems();
      await close();
    },
  );
});
