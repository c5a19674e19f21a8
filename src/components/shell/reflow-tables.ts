/** Lesson tables (Markdown tables in the page's content) that may turn into cards on a narrow screen. */
const TABLES = '.sl-markdown-content table';

/**
 * A lesson table wider than the screen (e.g. "Who manages what", five columns at 390 px) becomes one card per
 * row, each cell labelled with its column's header (`data-label`, drawn by course.css), so no column sits
 * off-screen. Tables that fit stay tables. Explicit ARIA table roles keep the structure for screen readers
 * while the cards are laid out as blocks. Re-checked on resize.
 */
export function reflowWideTables(root: ParentNode = document): void {
  const tables = [...root.querySelectorAll<HTMLTableElement>(TABLES)].filter((t) => t.tHead);
  if (tables.length === 0) return;
  for (const table of tables) {
    const headers = [...(table.tHead?.rows[0]?.cells ?? [])].map((c) => c.textContent?.trim() ?? '');
    table.setAttribute('role', 'table');
    for (const row of table.rows) {
      row.setAttribute('role', 'row');
      [...row.cells].forEach((cell, i) => {
        cell.setAttribute('role', cell.tagName === 'TH' ? 'columnheader' : 'cell');
        if (cell.tagName === 'TD' && headers[i]) cell.dataset['label'] = headers[i];
      });
    }
  }
  const update = () => {
    for (const table of tables) {
      table.removeAttribute('data-reflow');
      if (table.scrollWidth > table.clientWidth + 1) table.setAttribute('data-reflow', '');
    }
  };
  update();
  let queued = false;
  window.addEventListener(
    'resize',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );
}
