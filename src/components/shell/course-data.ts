/** What the browser needs to know about a lesson to show progress (emitted by `CourseData.astro`). */
export interface ClientLesson {
  /** Lesson folder and progress id, e.g. `02-concurrency`. */
  folder: string;
  /** Lesson page link, base path included. */
  href: string;
  /** Progress ids of the lesson's exercises and quiz. */
  items: string[];
}

/** The element id of the JSON script that carries the course data. */
export const COURSE_DATA_ID = 'course-data';

/** Reads the course data the page was built with (an empty list when the page has none). */
export function readCourseData(doc: Document = document): ClientLesson[] {
  const text = doc.getElementById(COURSE_DATA_ID)?.textContent;
  if (!text) return [];
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? (value as ClientLesson[]) : [];
}
