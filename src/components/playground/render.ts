import type { Summary } from '@lab/sim';
import { costParts } from '~/explorables/chart-data.ts';
import type { MetricDiff } from '~/explorables/compare.ts';
import { formatPercent, formatUsd } from '~/explorables/format.ts';
import { summaryRows } from '~/explorables/summary-metrics.ts';
import type { TextAlternative } from '~/explorables/text-alternatives.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Builds a data table from a text alternative. */
export function renderTable(table: TextAlternative['table']): HTMLTableElement {
  const t = el('table');
  t.append(el('caption', table.caption));
  const head = el('thead');
  const hr = el('tr');
  for (const c of table.columns) {
    const th = el('th', c);
    th.scope = 'col';
    hr.append(th);
  }
  head.append(hr);
  const body = el('tbody');
  for (const row of table.rows) {
    const tr = el('tr');
    row.forEach((cell, i) => {
      if (i === 0) {
        const th = el('th', cell);
        th.scope = 'row';
        tr.append(th);
      } else tr.append(el('td', cell));
    });
    body.append(tr);
  }
  t.append(head, body);
  return t;
}

const latest = new WeakMap<HTMLElement, TextAlternative>();

/**
 * Fills a view's sentence, and its table when the <details> is open; a closed table is built when it is
 * opened (from the latest data), so redraws while playing stay cheap.
 */
export function renderAlternative(view: HTMLElement, alt: TextAlternative): void {
  const sentence = view.querySelector<HTMLElement>('[data-sentence]');
  if (sentence && sentence.textContent !== alt.sentence) sentence.textContent = alt.sentence;
  const details = view.querySelector('details');
  const holder = view.querySelector<HTMLElement>('[data-table]');
  if (!holder || !details) return;
  if (!latest.has(view)) {
    details.addEventListener('toggle', () => {
      const current = latest.get(view);
      if (details.open && current) holder.replaceChildren(renderTable(current.table));
    });
  }
  latest.set(view, alt);
  if (details.open) holder.replaceChildren(renderTable(alt.table));
}

/** The summary numbers as a definition list; `differs` marks the paths that differ from the other side. */
export function renderSummary(
  dl: HTMLElement,
  summary: Summary,
  differs: ReadonlySet<string> = new Set(),
  async = false,
): void {
  const items = summaryRows(summary, async).map((row) => {
    const div = el('div', undefined, differs.has(row.path) ? 'pg-differs' : undefined);
    // The raw number, for tests and tools reading the widget.
    div.dataset.path = row.path;
    div.dataset.value = String(row.raw);
    const dt = el('dt', row.label);
    const dd = el('dd', differs.has(row.path) ? `${row.value} ◆` : row.value);
    if (differs.has(row.path)) dd.title = 'differs from the other side';
    div.append(dt, dd);
    return div;
  });
  dl.replaceChildren(...items);
}

/** The cost breakdown as labelled bars with amounts and shares printed (no colour needed to read it). */
export function renderCost(holder: HTMLElement, summary: Summary): void {
  const parts = costParts(summary);
  const max = Math.max(...parts.map((p) => p.usd), 1e-12);
  const rows = parts.map((p) => {
    const row = el('div', undefined, 'pg-cost-row');
    const track = el('div', undefined, 'pg-cost-track');
    const bar = el('div', undefined, 'pg-cost-bar');
    bar.style.width = `${Math.max(p.usd > 0 ? 1 : 0, (p.usd / max) * 100)}%`;
    if (p.usd === 0) bar.style.borderWidth = '0';
    track.append(bar);
    track.setAttribute('aria-hidden', 'true');
    row.append(el('span', p.label), track, el('span', `${formatUsd(p.usd)} (${formatPercent(p.share)})`));
    return row;
  });
  const total = el('div', undefined, 'pg-cost-row');
  total.append(el('strong', 'Total'), el('span'), el('strong', formatUsd(summary.costUsd.total)));
  holder.replaceChildren(...rows, total);
}

/** The compare table: one row per summary number, differing rows marked in text and style. */
export function renderDiff(
  holder: HTMLElement,
  diffs: readonly MetricDiff[],
  labels: readonly [string, string],
  format: (path: string, v: number) => string,
  judged = false,
): void {
  const table = el('table');
  table.append(
    el(
      'caption',
      judged
        ? `Rows marked ◆ differ by more than noise; “better” is said only of the numbers this comparison is about.`
        : 'Rows marked ◆ differ by more than noise.',
    ),
  );
  const head = el('thead');
  const hr = el('tr');
  for (const c of ['Number', labels[0], labels[1], 'Difference']) {
    const th = el('th', c);
    th.scope = 'col';
    hr.append(th);
  }
  head.append(hr);
  const body = el('tbody');
  for (const d of diffs) {
    const tr = el('tr', undefined, d.differs ? 'pg-differs' : undefined);
    tr.dataset.path = d.path;
    if (d.better) tr.dataset.better = d.better;
    const th = el('th', d.differs ? `◆ ${d.label}` : d.label);
    th.scope = 'row';
    const better = d.better ? ` — ${labels[d.better === 'a' ? 0 : 1]} better` : '';
    tr.append(
      th,
      el('td', format(d.path, d.a)),
      el('td', format(d.path, d.b)),
      el('td', `${d.text}${better}`),
    );
    body.append(tr);
  }
  table.append(head, body);
  holder.replaceChildren(table);
}
