import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { parse as parseYaml } from 'yaml';
import { parseQuiz } from '../components/quiz/quiz.ts';
import { checkFrontmatter, checkOrder } from './content-frontmatter.ts';
import { checkPlaygroundTags } from './content-playgrounds.ts';
import { type ContentProblem, describeAnswer, formatProblems } from './content-problem.ts';
import { lessonFolders } from './lesson-items.ts';

export { type ContentProblem, formatProblems } from './content-problem.ts';

/**
 * The content check as a build step: `astro build` stops before anything is built when a lesson has a problem, printing
 * each problem once (file, export or field, fix) and no stack trace.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'concurrency-lab:content-check',
    hooks: {
      // At config setup, before Astro syncs the content collections: an author's frontmatter mistake is
      // reported here, in the course's words, rather than by the content layer.
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build') return;
        const problems = await checkContent(process.cwd());
        if (problems.length === 0) return;
        logger.error(`${problems.length} problem(s) in content/:\n${formatProblems(problems)}`);
        const error = new Error('The content check failed (see the problems above).');
        error.stack = error.message;
        throw error;
      },
    },
  };
}

type Module = Record<string, unknown>;

/** Runs `work` with the console quiet: exercise files print their results (`console.log`) when they run. */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const saved = { log: console.log, info: console.info, table: console.table, warn: console.warn };
  console.log = console.info = console.table = console.warn = () => {};
  try {
    return await work();
  } finally {
    Object.assign(console, saved);
  }
}

/** Bundles one content file (TypeScript, `@lab/sim` shared from `sim`) and imports it. */
async function importContent(root: string, file: string, sim: string): Promise<Module> {
  const shareSim: Plugin = {
    name: 'share-sim',
    setup: (b) => b.onResolve({ filter: /^@lab\/sim$/ }, () => ({ path: sim, external: true })),
  };
  const out = await build({
    entryPoints: [file],
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    plugins: [shareSim],
  });
  const code = out.outputFiles[0]?.text ?? '';
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const message = (error: unknown) =>
  error && typeof error === 'object' && 'errors' in error && Array.isArray(error.errors) && error.errors[0]
    ? `${error.errors[0].text} (line ${error.errors[0].location?.line ?? '?'})`
    : error instanceof Error
      ? error.message
      : String(error);

/**
 * The content check: every lesson folder's frontmatter, folder number, playground presets, quiz and
 * exercises (the solution passes every check, the starter runs and fails at least one). Runs in seconds; the
 * build runs it first (`contentCheck` integration) and `test/build/content-check.test.ts` runs it on content/.
 * Returns every problem found, each naming the author's file, the field or export, and the fix.
 */
export async function checkContent(root: string): Promise<ContentProblem[]> {
  const lessonsDir = join(root, 'content', 'lessons');
  const problems: ContentProblem[] = [];
  const tmp = mkdtempSync(join(tmpdir(), 'concurrency-lab-content-'));
  try {
    const simFile = join(tmp, 'sim.mjs');
    const simBundle = await build({
      entryPoints: [join(root, 'src', 'sim', 'index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      logLevel: 'silent',
    });
    writeFileSync(simFile, simBundle.outputFiles[0]?.text ?? '');
    const sim = pathToFileURL(simFile).href;
    const { validateScenario, runChecks } = (await import(sim)) as typeof import('../sim/index.ts');
    const load = async (file: string, where?: string): Promise<Module | undefined> => {
      try {
        return await quietly(() => importContent(root, file, sim));
      } catch (error) {
        problems.push({ file: relative(root, file), where, message: `does not load: ${message(error)}` });
        return undefined;
      }
    };

    const lessons = lessonFolders(lessonsDir);
    for (const entry of readdirSync(lessonsDir, { withFileTypes: true })) {
      if (!entry.isDirectory() || lessons.includes(entry.name)) continue;
      problems.push({
        file: relative(root, join(lessonsDir, entry.name)),
        message: 'is a lesson folder without an index.mdx, so it is not in the course',
        fix: `add ${relative(root, join(lessonsDir, entry.name, 'index.mdx'))} (see AUTHORING.md), or move the folder out of content/lessons/`,
      });
    }
    for (const folder of lessons) {
      const dir = join(lessonsDir, folder);
      const rel = (name: string) => relative(root, join(dir, name));
      const page = join(dir, 'index.mdx');
      const mdx = readFileSync(page, 'utf8');
      const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx)?.[1] ?? '';
      let data: unknown = {};
      try {
        data = parseYaml(yaml) ?? {};
      } catch (error) {
        problems.push({
          file: rel('index.mdx'),
          message: `frontmatter is not valid YAML: ${message(error)}`,
        });
      }
      const front = checkFrontmatter(rel('index.mdx'), data);
      problems.push(...front);
      if (front.length === 0) problems.push(...checkOrder(rel('index.mdx'), folder, data));

      const presets = existsSync(join(dir, 'playground.ts'))
        ? ((await load(join(dir, 'playground.ts'))) ?? {})
        : {};
      problems.push(...checkPlaygroundTags(rel('index.mdx'), mdx, presets));
      for (const [name, preset] of Object.entries(presets)) {
        if (!preset || typeof preset !== 'object' || !('functions' in preset)) continue;
        try {
          validateScenario(preset);
        } catch (error) {
          const lines = message(error).split('\n').slice(1);
          for (const line of lines.length ? lines : [message(error)]) {
            problems.push({
              file: rel('playground.ts'),
              where: name,
              message: line.replace(/^\s*-\s*/, ''),
            });
          }
        }
      }
      if (existsSync(join(dir, 'quiz.ts'))) {
        const quiz = await load(join(dir, 'quiz.ts'));
        try {
          if (quiz) parseQuiz(folder, quiz['default']);
        } catch (error) {
          problems.push({ file: rel('quiz.ts'), where: 'default', message: message(error) });
        }
      }

      for (const file of readdirSync(dir).filter((f) => f.endsWith('.solution.ts'))) {
        const name = file.replace(/\.solution\.ts$/, '');
        for (const part of ['starter', 'check']) {
          if (!existsSync(join(dir, `${name}.${part}.ts`))) {
            problems.push({
              file: rel(file),
              message: `has no ${name}.${part}.ts beside it`,
              fix: `add ${rel(`${name}.${part}.ts`)} (see AUTHORING.md, "Exercise files")`,
            });
          }
        }
        const checks = (await load(join(dir, `${name}.check.ts`)))?.['default'];
        if (!Array.isArray(checks)) {
          problems.push({
            file: rel(`${name}.check.ts`),
            where: 'default',
            message: 'must be the check list',
            fix: 'export default defineChecks<Answer>([{ name, hints: [nudge, concept, nearAnswer], test }])',
          });
          continue;
        }
        for (const kind of ['solution', 'starter'] as const) {
          const module = await load(join(dir, `${name}.${kind}.ts`), 'default');
          if (!module) continue;
          const answer = await quietly(async () => await module['default']);
          let results: ReturnType<typeof runChecks>;
          try {
            results = runChecks(checks, answer);
          } catch (error) {
            problems.push({
              file: rel(`${name}.check.ts`),
              where: 'default',
              message: `cannot run: ${message(error)}`,
              fix: 'each check is { name, hints: [nudge, concept, nearAnswer], test } (see AUTHORING.md)',
            });
            break;
          }
          const failed = results.filter((r) => !r.passed);
          if (kind === 'solution') {
            for (const r of failed) {
              problems.push({
                file: rel(`${name}.solution.ts`),
                where: 'default',
                message: `fails the check "${r.name}"${r.error ? ` (${r.error})` : ''}; observed ${describeAnswer(answer)}`,
                fix: `the check's first hint: ${r.hints[0] ?? '(none)'}`,
              });
            }
          } else if (failed.length === 0) {
            problems.push({
              file: rel(`${name}.starter.ts`),
              where: 'default',
              message: 'already passes every check',
              fix: 'leave the learner something to do: the starter must fail at least one check',
            });
          }
        }
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return problems;
}
