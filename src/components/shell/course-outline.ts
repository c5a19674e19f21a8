import { getCollection } from 'astro:content';
import { withBase } from '~/build/base-path.ts';
import { lessonFolders, lessonItems } from '~/build/lesson-items.ts';
import { lessonFolderOf } from '~/schemas/lesson-path.ts';

/** One lesson as the shell shows it: in the outline, the sidebar marks and the lesson header. */
export interface OutlineLesson {
  /** Lesson folder, also the lesson's progress id, e.g. `02-concurrency`. */
  folder: string;
  /** Link to the lesson page, base path included. */
  href: string;
  title: string;
  description?: string | undefined;
  /** Position in the course, from 1. */
  order: number;
  /** Estimated time, in minutes. */
  minutes: number;
  objectives: string[];
  /** Progress ids of the lesson's exercises and quiz. */
  items: string[];
}

/** The lessons that exist, in course order: the sidebar's order, from {@link lessonFolders} (build time). */
export async function courseOutline(): Promise<OutlineLesson[]> {
  const entries = await getCollection('docs');
  const position = new Map(lessonFolders().map((folder, index) => [folder, index]));
  const lessons = entries.flatMap((entry) => {
    const folder = entry.filePath ? lessonFolderOf(entry.filePath) : undefined;
    const { order, minutes, objectives } = entry.data;
    if (!folder || !position.has(folder)) return [];
    if (order === undefined || minutes === undefined || objectives === undefined) return [];
    return [
      {
        folder,
        href: withBase(`${entry.id}/`),
        title: entry.data.title,
        description: entry.data.description,
        order,
        minutes,
        objectives,
        items: lessonItems(folder),
      },
    ];
  });
  return lessons.sort((a, b) => (position.get(a.folder) ?? 0) - (position.get(b.folder) ?? 0));
}
