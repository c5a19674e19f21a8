/**
 * Loads an element's code only when the element comes near the viewport, so a lesson page ships the
 * explorables' JavaScript (custom element, charts, the simulation worker) only to readers who scroll to them.
 * The server-rendered markup stands until then (its controls start disabled); defining the custom element
 * upgrades every instance at once.
 */
export function loadWhenNear(tagName: string, load: () => Promise<unknown>, margin = '800px'): void {
  const elements = document.querySelectorAll(tagName);
  if (elements.length === 0) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    load().catch((error: unknown) => {
      console.error(`${tagName}: its code failed to load`, error);
    });
  };
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          (entries) => {
            if (entries.some((entry) => entry.isIntersecting)) start();
          },
          { rootMargin: margin },
        )
      : undefined;
  if (!observer) {
    start();
    return;
  }
  for (const element of elements) {
    observer.observe(element);
    // Keyboard users reach a control before it scrolls near: focusing one loads the code too.
    element.addEventListener('focusin', start, { once: true });
  }
}
