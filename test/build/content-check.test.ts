import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '~/build/content-check.ts';

const root = process.cwd();

describe('content check', () => {
  it('finds no problem in the course as it is', { timeout: 120_000 }, async () => {
    expect(formatProblems(await checkContent(root))).toBe('');
  });

  describe('a throwaway lesson with the common mistakes', () => {
    // A temporary copy of the project's content and sources: content/ itself is never touched.
    const copy = mkdtempSync(join(tmpdir(), 'concurrency-lab-author-'));
    afterAll(() => rmSync(copy, { recursive: true, force: true }));
    cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
    cpSync(
      join(root, 'content', 'lessons', '02-concurrency'),
      join(copy, 'content', 'lessons', '02-concurrency'),
      {
        recursive: true,
      },
    );
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    const lesson = join(copy, 'content', 'lessons', '09-async');
    mkdirSync(lesson);
    const write = (name: string, text: string) => writeFileSync(join(lesson, name), text);
    // Missing `minutes`, misspelled `objective`, folder 09 but order 8.
    write(
      'index.mdx',
      '---\ntitle: Async\ndescription: x\norder: 8\nobjective:\n  - Explain retries\n---\n\nText.\n\n<SimPlayground id="l9-burst" scenario={burstSynk} />\n',
    );
    write(
      'playground.ts',
      `export const burstSync = { functions: [{ name: 'a', memoryMb: 50, arrivals: { kind: 'burst', count: 10 }, durationMs: { kind: 'fixed', valueMs: 10 } }] };\n`,
    );
    write('sum.starter.ts', 'export type Answer = number;\nexport default 1;\n');
    write('sum.solution.ts', 'export type Answer = number;\nexport default 3;\n');
    write(
      'sum.check.ts',
      `import { defineChecks } from '@lab/sim';\nexport default defineChecks<number>([{ name: 'Two plus two', hints: ['Add 2 and 2.', 'Two and two make four.', 'Return 4.'], test: (a) => a === 4 }]);\n`,
    );
    // A lesson written as index.md (not .mdx) would silently be left out of the course.
    mkdirSync(join(copy, 'content', 'lessons', '10-draft'));
    writeFileSync(join(copy, 'content', 'lessons', '10-draft', 'index.md'), '---\ntitle: Draft\n---\n');
    const all = checkContent(copy);
    const problems = all.then((list) => list.filter((p) => p.file.includes('09-async')));

    it('names a missing field and how to write it', async () => {
      const p = (await problems).find((x) => x.where === 'minutes');
      expect(p).toMatchObject({ file: 'content/lessons/09-async/index.mdx', message: 'is missing' });
      expect(p?.fix).toMatch(/minutes: 20/);
    });

    it('names a misspelled field and the field it meant', async () => {
      const p = (await problems).find((x) => x.where === 'objective');
      expect(p?.message).toBe('is not a frontmatter field');
      expect(p?.fix).toBe('did you mean `objectives`?');
    });

    it('names a bad preset by file, export and field, with the allowed range', async () => {
      const p = (await problems).find((x) => x.where === 'burstSync');
      expect(formatProblems(p ? [p] : [])).toBe(
        'content/lessons/09-async/playground.ts: burstSync: functions[0].memoryMb must be 128–10240, got 50',
      );
    });

    it('names a failing solution with the observed value and the check’s hint, without a stack', async () => {
      const p = (await problems).find((x) => x.file.endsWith('sum.solution.ts'));
      expect(p?.message).toBe('fails the check "Two plus two"; observed 3');
      expect(p?.fix).toBe("the check's first hint: Add 2 and 2.");
      expect(formatProblems(await problems)).not.toMatch(/\bat \S+ \(/);
    });

    it('names a lesson folder without index.mdx, which would be left out of the course', async () => {
      const p = (await all).find((x) => x.file === 'content/lessons/10-draft');
      expect(p?.message).toMatch(/without an index\.mdx/);
      expect(p?.fix).toMatch(/content\/lessons\/10-draft\/index\.mdx/);
    });

    it('names a playground whose preset is misspelled, and one without a claim', async () => {
      const tags = (await problems).filter((x) => x.where === '<SimPlayground id="l9-burst">');
      expect(tags.map((x) => x.message)).toEqual([
        'scenario={burstSynk} is not exported by playground.ts',
        'has no claim (the one sentence it exists to show)',
      ]);
      expect(tags[0]?.fix).toMatch(/exports: burstSync/);
    });

    it('reports each problem once', async () => {
      const lines = formatProblems(await problems).split('\n');
      expect(new Set(lines).size).toBe(lines.length);
    });
  });
});
