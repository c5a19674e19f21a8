/** Content that scrolls inside itself when it does not fit: tables and code blocks. */
const SCROLLERS = 'main table, main pre';

/**
 * Wide tables and code blocks scroll inside themselves on narrow screens (see course.css; Expressive Code
 * does the same for code). A scrolling region must be reachable with the keyboard, so each one that overflows
 * (sideways, or down in a fixed-height box) gets a tab stop and a name; those that fit get none. Re-checked
 * on resize and when content is added.
 */
export function makeScrollersFocusable(root: ParentNode = document): void {
  const update = () => {
    for (const element of root.querySelectorAll<HTMLElement>(SCROLLERS)) {
      const overflows =
        element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
      if (overflows) {
        if (!element.hasAttribute('tabindex')) {
          element.tabIndex = 0;
          element.dataset['scrollFocus'] = '';
        }
        if (!element.hasAttribute('aria-label') && !element.hasAttribute('aria-labelledby')) {
          element.setAttribute(
            'aria-label',
            element.tagName === 'PRE' ? 'Code (scrollable)' : 'Table (scrollable)',
          );
        }
      } else if (element.dataset['scrollFocus'] !== undefined) {
        element.removeAttribute('tabindex');
        delete element.dataset['scrollFocus'];
      }
    }
  };
  update();
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
  window.addEventListener('resize', schedule, { passive: true });
  const main = document.querySelector('main');
  if (main) new MutationObserver(schedule).observe(main, { childList: true, subtree: true });
}
