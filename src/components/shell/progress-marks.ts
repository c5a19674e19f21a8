import { type ProgressStore, progress } from '~/progress/store.ts';
import { type ClientLesson, readCourseData } from './course-data.ts';

/** Describes a lesson's state in words (never colour alone). */
export function lessonStatus(store: ProgressStore, lesson: ClientLesson): 'done' | 'started' | 'new' {
  if (store.isLessonComplete(lesson.folder, lesson.items)) return 'done';
  return lesson.items.some((id) => store.isComplete(id)) ? 'started' : 'new';
}

const LABEL = { done: 'completed', started: 'in progress', new: '' } as const;

function markLink(link: HTMLAnchorElement, status: 'done' | 'started' | 'new') {
  let mark = link.querySelector<HTMLElement>('.cl-mark');
  if (!mark) {
    mark = document.createElement('span');
    mark.className = 'cl-mark';
    link.append(mark);
  }
  mark.dataset['status'] = status;
  mark.innerHTML = status === 'new' ? '' : `<span aria-hidden="true">${status === 'done' ? '✓' : '◐'}</span>`;
  if (status !== 'new') {
    const text = document.createElement('span');
    text.className = 'sr-only';
    text.textContent = ` (${LABEL[status]})`;
    mark.append(text);
  }
}

/** Keeps check marks on the sidebar's lesson links in step with the progress store. */
export function showSidebarProgress(root: ParentNode = document): void {
  const store = progress();
  const lessons = readCourseData();
  const render = () => {
    for (const lesson of lessons) {
      for (const link of root.querySelectorAll<HTMLAnchorElement>(`a[href="${lesson.href}"]`)) {
        markLink(link, lessonStatus(store, lesson));
      }
    }
  };
  render();
  store.subscribe(render);
}

/**
 * On a lesson page: remembers it as the place to continue from and, for a lesson without exercises or quiz,
 * records it complete once the learner reaches its end.
 */
export function trackLessonVisit(folder: string): void {
  const store = progress();
  store.markVisited(folder);
  const lesson = readCourseData().find((l) => l.folder === folder);
  if (!lesson || lesson.items.length > 0 || store.isComplete(folder)) return;
  const end = document.querySelector('.pagination-links') ?? document.querySelector('footer');
  if (!end || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      store.markComplete(folder);
      observer.disconnect();
    }
  });
  observer.observe(end);
}
