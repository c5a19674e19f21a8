/** Matches a lesson page's path relative to `content/`, capturing the lesson folder (`01-compute-spectrum`). */
export const LESSON_PAGE = /(?:^|\/)lessons\/(\d\d-[a-z0-9-]+)\/index\.mdx?$/;

/** The lesson folder a content file belongs to, or `undefined` when the file is not a lesson page. */
export function lessonFolderOf(filePath: string): string | undefined {
  return LESSON_PAGE.exec(filePath.replaceAll('\\', '/'))?.[1];
}
