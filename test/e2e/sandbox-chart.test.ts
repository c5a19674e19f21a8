import { afterAll, describe, expect, it } from 'vitest';
import { CHART_COLOURS } from '~/components/charts/palette.ts';
import { closeBrowser, type OpenPageOptions, openPage } from './browser.ts';
import { formatLowContrast, lowContrast } from './contrast.ts';
import { runSandbox, sandbox } from './sandbox-page.ts';

/**
 * A simulation result in the sandbox is drawn with the course's one chart (the playground's): the same
 * series names and colours, a canvas hidden from assistive technology, and a text alternative beside it.
 */
afterAll(closeBrowser);

const allow: OpenPageOptions['allow'] = [/Content Security Policy/, /Refused to/];

const RESULT = `import { simulate } from '@lab/sim';

export default simulate({
  horizonSeconds: 600,
  output: { seriesResolutionSeconds: 10 },
  functions: [
    {
      name: 'api',
      arrivals: { kind: 'poisson', ratePerSecond: 20 },
      durationMs: { kind: 'exponential', meanMs: 300 },
    },
  ],
});
`;

describe('sandbox: a result as a chart', () => {
  it('draws the course chart with its legend, sentence and data table, readable in both themes', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/02-concurrency/', { allow });
    await sandbox(page).scrollIntoViewIfNeeded();
    await runSandbox(page, RESULT);
    const chart = sandbox(page).locator('.sb-chart.lab-chart');
    await chart.locator('canvas').first().waitFor({ timeout: 30_000 });
    expect(await chart.locator('.uplot').getAttribute('aria-hidden')).toBe('true');
    const legend = await chart.locator('.u-legend').textContent();
    expect(legend).toContain('Requests in flight (most at once per interval)');
    expect(legend).toContain('Environments alive');
    expect(legend).toContain('Idle environments');
    expect(await chart.locator('p.sb-meta').textContent()).toMatch(
      /^Concurrency .*peaked at \d+ at \d+:\d\d/,
    );
    await chart.locator('details > summary').click();
    // The table is built when the details open (a toggle event, after the click returns).
    await expect.poll(() => chart.locator('details table tbody tr').count()).toBeGreaterThan(10);
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => {
        document.documentElement.dataset.theme = t;
      }, theme);
      const marks = (await lowContrast(page, CHART_COLOURS)).filter((f) => f.text.startsWith('chart mark'));
      expect(marks, `${theme}:\n  ${formatLowContrast(marks)}`).toEqual([]);
    }
    expectNoProblems();
    await close();
  });
});
