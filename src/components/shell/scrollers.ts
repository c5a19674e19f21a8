/** Content that scrolls inside itself when it does not fit: tables and code blocks. */
const SCROLLERS = 'main table, main pre';

/** Gives a scroller that overflows a tab stop and a name, and takes them back when it fits again. */
function markScroller(element: HTMLElement): void {
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

/**
 * Wide tables and code blocks scroll inside themselves on narrow screens (see course.css; Expressive Code
 * does the same for code). A scrolling region must be reachable with the keyboard, so each one that overflows
 * (sideways, or down in a fixed-height box) gets a tab stop and a name; those that fit get none.
 *
 * Measured without forcing layout on the page's first render: a ResizeObserver reports each scroller once laid
 * out and again when its size changes; a scroller whose content changes (a sandbox's code) is re-measured on
 * the next frame, alone. (Re-measuring every scroller on every change in `main` made each playground frame
 * lay the page out again.)
 */
export function makeScrollersFocusable(root: ParentNode = document): void {
  const sizes = new ResizeObserver((entries) => {
    for (const entry of entries) markScroller(entry.target as HTMLElement);
  });
  const watch = (scope: ParentNode) => {
    for (const element of scope.querySelectorAll<HTMLElement>(SCROLLERS)) sizes.observe(element);
  };
  watch(root);

  const changed = new Set<HTMLElement>();
  const main = document.querySelector('main');
  if (!main) return;
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        if (node.matches(SCROLLERS)) sizes.observe(node);
        else watch(node);
      }
      const scroller =
        record.target instanceof Element ? record.target.closest<HTMLElement>(SCROLLERS) : null;
      if (scroller) changed.add(scroller);
    }
    if (changed.size === 0) return;
    requestAnimationFrame(() => {
      for (const element of changed) markScroller(element);
      changed.clear();
    });
  }).observe(main, { childList: true, subtree: true });
}
