import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const STARTER = /^([a-z0-9-]+)\.starter\.ts$/;

/** Where lessons live: `content/lessons/` of the project the build runs in. */
export const LESSONS_DIR = join(process.cwd(), 'content', 'lessons');

/**
 * The course order, in one place: every `content/lessons/NN-slug/` folder that has an `index.mdx`, sorted by
 * name (so by `NN`). The sidebar, the landing outline and the content check all read it; the content check
 * makes each lesson's `order` agree with its folder number. Build-time only (Node).
 */
export function lessonFolders(lessonsDir = LESSONS_DIR): string[] {
  if (!existsSync(lessonsDir)) return [];
  return readdirSync(lessonsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(lessonsDir, entry.name, 'index.mdx')))
    .map((entry) => entry.name)
    .sort();
}

/**
 * The progress items of one lesson folder, found at build time: one per `<name>.starter.ts` exercise
 * (`02-concurrency/size-it`) and `<folder>/quiz` when the folder has a `quiz.ts`. Build-time only (Node).
 */
export function lessonItems(folder: string, lessonsDir = LESSONS_DIR): string[] {
  const dir = join(lessonsDir, folder);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).sort();
  const exercises = files.flatMap((file) => {
    const name = STARTER.exec(file)?.[1];
    return name ? [`${folder}/${name}`] : [];
  });
  return files.includes('quiz.ts') ? [...exercises, `${folder}/quiz`] : exercises;
}
