const NARROW = '(max-width: 49.99rem)';

/**
 * On narrow screens, makes a comparison's two sides tabs (WAI-ARIA tabs pattern: ← → move between them,
 * the selected side shows in place), instead of one side a screen below the other. On wide screens the
 * sides stay as they are (interleaved by `compare-layout.css`) and the tab roles are taken off again.
 */
export function wireCompareTabs(host: HTMLElement, labels: readonly [string, string]): void {
  const sides = host.querySelector<HTMLElement>('.pg-sides-2');
  const panels = [...(sides?.querySelectorAll<HTMLElement>(':scope > .pg-side') ?? [])];
  if (!sides || panels.length !== 2) return;
  const list = document.createElement('div');
  list.className = 'pg-tabs';
  list.setAttribute('aria-label', 'Which side to show');
  const tabs = panels.map((panel, i) => {
    panel.id ||= `${host.id}-side-${panel.dataset['side'] ?? i}`;
    const tab = document.createElement('button');
    tab.type = 'button';
    tab.className = 'pg-tab';
    tab.id = `${panel.id}-tab`;
    tab.textContent = labels[i] ?? '';
    tab.setAttribute('aria-controls', panel.id);
    tab.addEventListener('click', () => select(i));
    return tab;
  });
  list.append(...tabs);
  list.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    const next = tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true') === 0 ? 1 : 0;
    select(next);
    tabs[next]?.focus();
  });
  sides.before(list);
  sides.dataset['tabs'] = '';
  const media = window.matchMedia(NARROW);
  const roles = () => {
    const narrow = media.matches;
    list.toggleAttribute('role', narrow);
    if (narrow) list.setAttribute('role', 'tablist');
    tabs.forEach((tab, i) => {
      const panel = panels[i];
      if (!panel) return;
      if (narrow) {
        tab.setAttribute('role', 'tab');
        panel.setAttribute('role', 'tabpanel');
        panel.setAttribute('aria-labelledby', tab.id);
      } else {
        tab.removeAttribute('role');
        panel.removeAttribute('role');
        panel.removeAttribute('aria-labelledby');
      }
    });
  };
  function select(index: number): void {
    tabs.forEach((tab, i) => {
      const on = i === index;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      panels[i]?.toggleAttribute('data-current', on);
      // The hidden side keeps its layout (visibility), so its controls must leave the tab order too.
      panels[i]?.toggleAttribute('inert', !on && media.matches);
    });
  }
  media.addEventListener('change', () => {
    roles();
    select(tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true'));
  });
  roles();
  select(0);
}
