/** Lesson tables (Markdown tables in the page's content) that may turn into cards on a narrow screen. */
const TABLES = '.sl-markdown-content table';

/**
 * A lesson table wider than the screen (e.g. "Who manages what", five columns at 390 px) becomes one card per
 * row, each cell labelled with its column's header (`data-label`, drawn by course.css), so no column sits
 * off-screen. Tables that fit stay tables. Explicit ARIA table roles keep the structure for screen readers
 * while the cards are laid out as blocks. Re-checked when the table's container changes width.
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
  // Measured when laid out (a ResizeObserver on each table's container), never forcing a layout of the page
  // while it first renders; again whenever the container's width changes.
  const reflowIfWide = (table: HTMLTableElement) => {
    table.removeAttribute('data-reflow');
    if (table.scrollWidth > table.clientWidth + 1) table.setAttribute('data-reflow', '');
  };
  const byContainer = new Map<Element, HTMLTableElement[]>();
  for (const table of tables) {
    const container = table.parentElement ?? table;
    byContainer.set(container, [...(byContainer.get(container) ?? []), table]);
  }
  const widths = new Map<Element, number>();
  const sizes = new ResizeObserver((entries) => {
    for (const entry of entries) {
      const width = entry.contentRect.width;
      if (widths.get(entry.target) === width) continue;
      widths.set(entry.target, width);
      for (const table of byContainer.get(entry.target) ?? []) reflowIfWide(table);
    }
  });
  for (const container of byContainer.keys()) sizes.observe(container);
}
