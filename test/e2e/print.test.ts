import { readFileSync } from 'node:fs';
import { compareSpectrum } from '@lab/sim';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { presetSummary } from '~/explorables/preset-summary.ts';
import { describeSpectrum, spectrumRun } from '~/explorables/spectrum.ts';
import { spectrumBars } from '~/explorables/spectrum-bars.ts';
import { lessonPlaygrounds } from '../explorables/lesson-playgrounds.ts';
import { closeBrowser, openPage } from './browser.ts';

afterAll(closeBrowser);

const starter = readFileSync('content/lessons/02-concurrency/size-it.starter.ts', 'utf8');

describe('a printed lesson', () => {
  it('shows every code line of an exercise, the playground as text, and no controls or navigation', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/02-concurrency/', {
      allow: ['favicon'],
    });
    // The state a learner prints from: Monaco in the sandbox (it draws only the lines in view) and a
    // playground that has run.
    const sandbox = page.locator('lab-sandbox').first();
    await sandbox.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () => document.querySelector('lab-sandbox')?.getAttribute('data-editor') === 'monaco',
      undefined,
      { timeout: 60_000 },
    );
    const playground = page.locator('sim-playground').first();
    await playground.scrollIntoViewIfNeeded();
    const skip = playground.locator('[data-action="skip"]');
    if (await skip.count()) await skip.click();
    await playground
      .locator('[data-status]')
      .filter({ hasText: /Whole run computed|Paused at/ })
      .waitFor({ timeout: 30_000 });

    await page.emulateMedia({ media: 'print' });
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point: what print hides is left out.
    const printed = await page.evaluate(() => document.body.innerText);
    const lines = starter
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    expect(lines.length).toBeGreaterThan(20);
    const missing = lines.filter((line) => !printed.includes(line));
    expect(missing, 'starter lines missing from the printed page').toEqual([]);

    // Task printed; controls, navigation and the sandbox's buttons not.
    expect(await sandbox.locator('.sb-task').isVisible()).toBe(true);
    for (const selector of [
      '.pg-controls',
      '.pg-time',
      '.sb-toolbar',
      'nav.sidebar',
      '.page > header',
      'button',
    ]) {
      const visible = await page
        .locator(selector)
        .evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
      expect(visible, `${selector} visible in print`).toBe(0);
    }
    // The playground prints as its text alternative: the sentence under each chart and the summary.
    const sentence = playground.locator('[data-sentence]').first();
    expect(await sentence.isVisible()).toBe(true);
    expect(await sentence.textContent()).toMatch(/\d/);
    expect(await playground.locator('.pg-results .pg-summary').first().isVisible()).toBe(true);
    // Having been run, it prints the learner's result, not the preset's summary.
    expect(await playground.locator('.pg-print').isVisible()).toBe(false);

    // The second playground was never run (its guess never made): it prints the preset's claim and summary
    // numbers, rendered at build time, in place of its empty results.
    const unrun = page.locator('#pg-l2-rate-duration-root');
    expect(await unrun.getAttribute('data-rendered')).toBeNull();
    expect(await unrun.locator('.pg-results').isVisible()).toBe(false);
    const section = unrun.locator('.pg-print');
    expect(await section.isVisible()).toBe(true);
    const preset = (await lessonPlaygrounds()).find((p) => p.id === 'l2-rate-duration');
    if (!preset) throw new Error('lesson 2 has no l2-rate-duration playground');
    // biome-ignore lint/performance/useDomNodeTextContent: what prints is what is rendered.
    const text = await section.evaluate((el) => (el as HTMLElement).innerText);
    if (preset.claim) expect(text).toContain(preset.claim.sentence);
    const [side] = presetSummary([{ label: '', scenario: preset.scenario }], preset.claim?.fn);
    expect(side?.rows.length).toBeGreaterThan(5);
    for (const row of side?.rows ?? []) expect(text).toContain(`${row.label}\n${row.value}`);
    expectNoProblems();
    await close();
  });

  it("prints lesson 7's spectrum explorer with its starting numbers, rendered at build time", async () => {
    // The page as served (before any script): the sentence and the nine numbers are in the markup.
    const html = await (await fetch(new URL('lessons/07-cost/', inject('baseUrl')))).text();
    const run = spectrumRun({ shape: 'steady', meanPerSecond: 15, workMs: 120, memoryMb: 512, servers: 1 });
    const result = compareSpectrum(run.workload, run.options);
    const sentence = describeSpectrum(result).sentence;
    expect(sentence).toMatch(/^Cheapest: /);
    const escaped = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    expect(html).toContain(escaped(sentence));
    for (const bar of spectrumBars(result)) expect(html).toContain(`data-value>${escaped(bar.text)}</span>`);

    // Printed without scrolling to it: the sentence and the numbers show, the controls do not.
    const { page, expectNoProblems, close } = await openPage('lessons/07-cost/', { allow: ['favicon'] });
    await page.emulateMedia({ media: 'print' });
    const root = page.locator('#sx-l7-spectrum-root');
    expect(await root.locator('[data-sentence]').isVisible()).toBe(true);
    expect(await root.locator('[data-sentence]').textContent()).toBe(sentence);
    expect(await root.locator('.pg-controls').isVisible()).toBe(false);
    const values = await root.locator('[data-value]').allTextContents();
    expect(values).toEqual(spectrumBars(result).map((b) => b.text));
    expectNoProblems();
    await close();
  });
});
