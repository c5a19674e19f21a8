import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const STARTER = /^([a-z0-9-]+)\.starter\.ts$/;

/**
 * The progress items of one lesson folder, found at build time: one per `<name>.starter.ts` exercise
 * (`02-concurrency/size-it`) and `<folder>/quiz` when the folder has a `quiz.ts`. Build-time only (Node).
 */
export function lessonItems(
  folder: string,
  lessonsDir = join(process.cwd(), 'content', 'lessons'),
): string[] {
  const dir = join(lessonsDir, folder);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).sort();
  const exercises = files.flatMap((file) => {
    const name = STARTER.exec(file)?.[1];
    return name ? [`${folder}/${name}`] : [];
  });
  return files.includes('quiz.ts') ? [...exercises, `${folder}/quiz`] : exercises;
}
