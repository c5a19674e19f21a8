import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openPage } from './browser.ts';

afterAll(closeBrowser);

const KEY = 'concurrency-lab:progress:v1';
const LESSON = 'lessons/01-compute-spectrum/';

describe('learner progress', () => {
  it('shows completed lessons in the sidebar and the outline, continues where the learner left off, and resets', async () => {
    const { page, expectNoProblems, close } = await openPage(LESSON);
    // Complete every item of lesson 1 (or the lesson itself when it has none), as exercises and quizzes would.
    await page.evaluate((key) => {
      const lessons = JSON.parse(document.getElementById('course-data')?.textContent ?? '[]') as {
        folder: string;
        items: string[];
      }[];
      const first = lessons[0];
      if (!first) throw new Error('no course data on the page');
      const completed = first.items.length > 0 ? first.items : [first.folder];
      localStorage.setItem(key, JSON.stringify({ version: 1, completed, lastLesson: first.folder }));
    }, KEY);
    await page.reload();
    const mark = page.locator(`#starlight__sidebar a[href$="/${LESSON}"] .cl-mark`);
    expect(await mark.getAttribute('data-status')).toBe('done');
    expect(await mark.textContent()).toContain('(completed)');
    expect(await page.locator('[data-lesson-status]').textContent()).toContain('completed');

    await page.goto(new URL('..', new URL('..', page.url())).href);
    expect(
      await page.locator('[data-outline-lesson="01-compute-spectrum"] .cl-outline-status').textContent(),
    ).toContain('completed');
    expect(await page.locator('.cl-start-link').textContent()).toMatch(/continue where you left off/i);

    page.once('dialog', (dialog) => dialog.accept());
    await page.click('[data-progress=reset]');
    expect(await page.locator('.cl-reset-message').textContent()).toMatch(/progress reset/i);
    expect(
      await page.locator('[data-outline-lesson="01-compute-spectrum"] .cl-outline-status').textContent(),
    ).toBe('not started');
    expect(await page.locator('.cl-start-link').textContent()).toBe('Start the course');
    expectNoProblems();
    await close();
  });

  it('survives corrupt stored progress with one console warning', async () => {
    const opened = await openPage(LESSON, {
      initScript: () => {
        // Init scripts run in every frame; the sandbox iframe (started at idle) has no storage.
        if (window.top !== window) return;
        localStorage.setItem('concurrency-lab:progress:v1', '{"version":1,"completed":');
      },
    });
    await opened.page.waitForLoadState('networkidle');
    opened.expectNoProblems();
    expect(opened.warnings.filter((w) => w.includes('Concurrency Lab'))).toHaveLength(1);
    await opened.close();
  });

  it('survives storage that throws (private mode, full quota)', async () => {
    const opened = await openPage('', {
      initScript: () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        Storage.prototype.getItem = () => {
          throw new DOMException('Access is denied.', 'SecurityError');
        };
      },
    });
    await opened.page.waitForLoadState('networkidle');
    opened.expectNoProblems();
    expect(opened.warnings.some((w) => w.includes('storage is unavailable'))).toBe(true);
    await opened.close();
  });

  it('keeps a completion when saved code has filled storage, evicting the oldest draft', async () => {
    const { page, expectNoProblems, close } = await openPage('lessons/02-concurrency/', {
      allow: [/Content Security Policy/, /Refused to/],
      initScript: () => {
        if (window.top !== window || sessionStorage.getItem('filled')) return;
        sessionStorage.setItem('filled', '1');
        // Start from no progress: the browser is shared with the tests above, one of which leaves corrupt
        // progress behind (which the store rightly refuses to overwrite).
        localStorage.removeItem('concurrency-lab:progress:v1');
        // A pasted log saved as code by an earlier version: fills the origin's storage (about 5 MB).
        let chunk = 'log line '.repeat(100_000);
        for (let i = 0; ; i++) {
          try {
            localStorage.setItem(`lab:sandbox:99-old/pasted-log:${i}`, chunk);
          } catch {
            if (chunk.length < 1000) break;
            chunk = chunk.slice(0, chunk.length / 2);
          }
        }
      },
    });
    const sandbox = page.locator('lab-sandbox').first();
    const files = JSON.parse((await sandbox.locator('script[data-files]').textContent()) ?? '{}') as {
      solution: string;
    };
    await sandbox.evaluate((node, code) => Object.assign(node, { code }), files.solution);
    await sandbox.locator('[data-action=run]').click();
    await expect
      .poll(() => sandbox.locator('[data-checks]').textContent(), { timeout: 60_000 })
      .toContain('All checks pass');
    // The completion is written as the checks finish; read it back once it has landed.
    const completed = async () => {
      const stored = await page.evaluate((key) => localStorage.getItem(key), KEY);
      return stored ? (JSON.parse(stored).completed ?? []) : [];
    };
    await expect.poll(completed).toContain('02-concurrency/size-it');
    await page.reload();
    await expect.poll(() => sandbox.locator('[data-badge]').isVisible()).toBe(true);
    expect(await sandbox.locator('[data-checks]').textContent()).not.toMatch(/could not be saved/);
    expectNoProblems();
    await close();
  });

  it('exports progress to a file and imports it back; a bad file changes nothing and says why', async () => {
    const { page, expectNoProblems, close } = await openPage('', {
      initScript: () => {
        if (!sessionStorage.getItem('seeded')) {
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem(
            'concurrency-lab:progress:v1',
            '{"version":1,"completed":["01-compute-spectrum/quiz"],"lastLesson":"01-compute-spectrum"}',
          );
        }
      },
    });
    const download = page.waitForEvent('download');
    await page.click('[data-progress=export]');
    const file = await (await download).path();
    expect(await page.locator('.cl-reset-message').textContent()).toMatch(/Exported 1 completed item/);
    page.once('dialog', (dialog) => dialog.accept());
    await page.click('[data-progress=reset]');
    const completed = () =>
      page.evaluate(
        (key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { completed?: string[] }).completed,
        KEY,
      );
    expect(await completed()).toEqual([]);

    const input = page.locator('[data-progress=file]');
    for (const [name, text, why] of [
      ['notes.txt', 'my notes', /not valid JSON/],
      ['other.json', '{"format":"something-else","version":1,"completed":[]}', /"format" must be/],
      [
        'tampered.json',
        '{"format":"concurrency-lab-progress","version":1,"completed":[42]}',
        /completed\[0\] must be an id/,
      ],
    ] as const) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => page.locator('.cl-reset-message').textContent()).toMatch(why);
      expect(await page.locator('.cl-reset-message').textContent()).toMatch(/Nothing was changed/);
      expect(await completed()).toEqual([]);
    }
    await input.setInputFiles(file);
    await expect
      .poll(() => page.locator('.cl-reset-message').textContent())
      .toMatch(/Imported 1 completed item/);
    expect(await completed()).toEqual(['01-compute-spectrum/quiz']);
    await page.reload();
    expect(
      await page.locator('[data-outline-lesson="01-compute-spectrum"] .cl-outline-status').textContent(),
    ).not.toBe('not started');
    expectNoProblems();
    await close();
  });
});
