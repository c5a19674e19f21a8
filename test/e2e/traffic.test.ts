import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './browser.ts';

afterAll(closeBrowser);

const example = (name: string) => readFileSync(new URL(`../../public/traffic/${name}`, import.meta.url));

async function loadFile(root: Locator, name: string, buffer: Buffer): Promise<void> {
  await root.locator('[data-input="file"]').setInputFiles({ name, mimeType: 'text/plain', buffer });
}

const sideA = (root: Locator) => root.locator('.pg-side[data-side="a"]');
const controls = (root: Locator, side: 'a' | 'b') => root.locator(`fieldset[data-side="${side}"]`);

const done = (root: Locator) =>
  root
    .locator('[data-status]')
    .filter({ hasText: /simulated in|line \d|MetricDataResults|at most|need at least|periods must/ });

describe('Your traffic', () => {
  it('runs the sample week, reacts to a control, and reports the model against the file', {
    timeout: 420_000,
  }, async () => {
    const { page, expectNoProblems, close } = await openPage('your-traffic/', { allow: ['favicon'] });
    const root = page.locator('your-traffic');
    await root.locator('[data-action="sample"]').click();
    await root
      .locator('[data-status]')
      .filter({ hasText: /simulated in/ })
      .waitFor({ timeout: 180_000 });
    const summary = () => sideA(root).locator('[data-view="summary"] [data-sentence]').textContent();
    const first = await summary();
    expect(first).toMatch(/^12,8\d\d,\d{3} requests: [\d,]+ cold starts/);
    expect(await sideA(root).locator('[data-view="checks"] [data-sentence]').textContent()).toMatch(
      /^ConcurrentExecutions: /,
    );
    expect(await sideA(root).locator('[data-view="concurrency"] canvas').count()).toBeGreaterThan(0);
    expect(await sideA(root).locator('[data-fit]').textContent()).toMatch(/^Computed request by request\./);
    await controls(root, 'a').locator('[data-input="memoryMb"]').selectOption('1024');
    await expect.poll(summary, { timeout: 180_000 }).not.toBe(first);
    expectNoProblems();
    await close();
  });

  it.each([
    ['example-console.csv', /example-console\.csv simulated in/],
    ['example-get-metric-data.json', /example-get-metric-data\.json simulated in/],
    ['example-timestamps.txt', /example-timestamps\.txt simulated in/],
  ])('loads the documented format %s', async (name, status) => {
    const { page, expectNoProblems, close } = await openPage('your-traffic/', { allow: ['favicon'] });
    const root = page.locator('your-traffic');
    await loadFile(root, name, example(name));
    await expect.poll(() => done(root).textContent(), { timeout: 60_000 }).toMatch(status);
    expectNoProblems();
    await close();
  });

  it.each([
    [
      'wrong-columns.csv',
      'Time,Requests\n2026-11-02 00:00:00,5\n2026-11-02 00:01:00,5\n',
      /line 1, column 1: no Invocations column/,
    ],
    [
      'bad-date.csv',
      'Label,Invocations\n2026-11-02 00:00:00,5\nyesterday,5\n',
      /line 3, column 1: expected a time/,
    ],
    [
      'negative.csv',
      'Label,Invocations\n2026-11-02 00:00:00,5\n2026-11-02 00:01:00,-3\n',
      /line 3, column 2: Invocations must be ≥ 0, got -3/,
    ],
  ])('names the line and column of a bad file (%s) and keeps working', async (name, text, message) => {
    const { page, close } = await openPage('your-traffic/', { allow: ['favicon'] });
    const root = page.locator('your-traffic');
    await loadFile(root, name, Buffer.from(text));
    await expect.poll(() => done(root).textContent(), { timeout: 60_000 }).toMatch(message);
    expect(await root.locator('[data-status]').getAttribute('data-kind')).toBe('error');
    // Still working: a good file runs after the bad one.
    await loadFile(root, 'example-console.csv', example('example-console.csv'));
    await expect.poll(() => done(root).textContent(), { timeout: 60_000 }).toMatch(/simulated in/);
    await close();
  });

  it('refuses a 100 MB file before reading it', async () => {
    const { page, close } = await openPage('your-traffic/', { allow: ['favicon'] });
    const root = page.locator('your-traffic');
    // Playwright passes buffers only up to 50 MB: a file on disk instead.
    const dir = mkdtempSync(join(tmpdir(), 'yt-'));
    const huge = join(dir, 'huge.csv');
    writeFileSync(huge, Buffer.alloc(100 * 1024 * 1024, 'a'));
    await root.locator('[data-input="file"]').setInputFiles(huge);
    rmSync(dir, { recursive: true, force: true });
    await expect
      .poll(() => done(root).textContent(), { timeout: 60_000 })
      .toMatch(/huge\.csv is 100 MB; at most 50 MB/);
    await close();
  });
});
