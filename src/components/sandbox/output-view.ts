import { formatValue } from '~/sandbox/format-value.ts';
import type { CheckOutcome, LearnerError, OutputEntry } from '~/sandbox/protocol.ts';
import type { LabelledResult, ResultView } from '~/sandbox/result-view.ts';
import type { DisplayValue } from '~/sandbox/serialize.ts';
import { hintLadder, revealedHints } from './hint-ladder.ts';

/** Main-thread time one slice of rendering may take, in ms; the rest waits for the next frame. */
const SLICE_MS = 12;

/**
 * Renders output entries as DOM (text only: nothing learner code produces is parsed as HTML). Rendering is
 * sliced: what arrives is queued and drawn in slices of {@link SLICE_MS}, one per frame, so the page stays
 * responsive however fast output comes (the runtime's output budget bounds how much can come).
 */
export class OutputView {
  readonly #root: HTMLElement;
  readonly #reveal: (line: number, column: number) => void;
  #queue: { render(): HTMLElement; follow: boolean }[] = [];
  #frame: number | undefined;
  #drained: (() => void)[] = [];

  constructor(root: HTMLElement, reveal: (line: number, column: number) => void) {
    this.#root = root;
    this.#reveal = reveal;
  }

  clear(): void {
    this.#queue = [];
    this.#root.replaceChildren();
  }

  append(entries: OutputEntry[]): void {
    // Follow streaming console output; a result or an error stays where it starts, so it is read from the top.
    for (const entry of entries)
      this.#queue.push({ render: () => this.#entry(entry), follow: entry.kind === 'console' });
    this.#drain();
  }

  /** Calls `fn` once everything queued so far has been rendered. */
  afterRendered(fn: () => void): void {
    if (this.#queue.length === 0) fn();
    else this.#drained.push(fn);
  }

  #drain(): void {
    if (this.#frame !== undefined) return;
    const started = performance.now();
    const fragment = document.createDocumentFragment();
    let follow = true;
    while (this.#queue.length > 0 && performance.now() - started < SLICE_MS) {
      const next = this.#queue.shift();
      if (!next) break;
      fragment.append(next.render());
      follow &&= next.follow;
    }
    this.#root.append(fragment);
    if (follow) this.#root.scrollTop = this.#root.scrollHeight;
    if (this.#queue.length > 0) {
      this.#frame = requestAnimationFrame(() => {
        this.#frame = undefined;
        this.#drain();
      });
      return;
    }
    const done = this.#drained;
    this.#drained = [];
    for (const fn of done) fn();
  }

  /** The default export: printed, and charted when it is (or holds) a simulation result. */
  answer(value: DisplayValue, results: LabelledResult[] | undefined): void {
    this.append([{ kind: 'show', label: 'default export', value, ...(results ? { results } : {}) }]);
  }

  /** A status line: run time, stop, time-out. */
  status(text: string, tone: 'info' | 'warn' | 'error'): void {
    this.#queue.push({ render: () => el('p', `sb-line sb-meta sb-${tone}`, text), follow: false });
    this.#drain();
  }

  #entry(entry: OutputEntry): HTMLElement {
    switch (entry.kind) {
      case 'console': {
        const text = entry.args.map((a) => formatValue(a)).join(' ');
        const line = el('pre', `sb-line sb-${entry.level}`, text);
        if (entry.level === 'warn' || entry.level === 'error')
          line.prepend(el('span', 'sb-tag', `${entry.level} `));
        return line;
      }
      case 'table':
        return table(entry.data);
      case 'truncated':
        return el('p', 'sb-line sb-meta sb-warn', entry.message);
      case 'error':
        return this.#error(entry);
      case 'show': {
        const box = el('div', 'sb-show');
        if (entry.label) box.append(el('p', 'sb-show-label', entry.label));
        const results = entry.results ?? [];
        if (results.length === 0) {
          box.append(el('pre', 'sb-line', formatValue(entry.value)));
          return box;
        }
        // Results are drawn; other fields of the value (an estimate, a count) are printed first.
        if (entry.value.kind === 'object' && results[0]?.label) {
          const drawn = new Set(results.map((r) => r.label));
          const rest = entry.value.entries.filter(([key]) => !drawn.has(key));
          if (rest.length) {
            const others = { ...entry.value, entries: rest, size: rest.length };
            box.append(el('pre', 'sb-line', formatValue(others)));
          }
        }
        for (const { label, view } of results) {
          if (label) box.append(el('p', 'sb-result-label', label));
          box.append(...this.#result(view));
        }
        const details = el('details', 'sb-raw');
        details.append(el('summary', '', 'Raw value'), el('pre', 'sb-line', formatValue(entry.value)));
        box.append(details);
        return box;
      }
    }
  }

  #error(error: LearnerError): HTMLElement {
    const box = el('div', 'sb-line sb-error sb-error-box');
    if (error.position) {
      const { line, column } = error.position;
      const jump = el('button', 'sb-pos', `line ${line}:${column}`);
      jump.type = 'button';
      jump.title = 'Show this line in the editor';
      jump.addEventListener('click', () => this.#reveal(line, column));
      box.append(jump, ' ');
    }
    box.append(el('strong', '', `${error.name}: `), el('span', '', error.message.split('\n')[0] ?? ''));
    if (error.issues && error.issues.length > 1) {
      const list = el('ul', 'sb-issues');
      for (const issue of error.issues) list.append(el('li', '', issue.message));
      box.append(list);
    }
    return box;
  }

  #result(view: ResultView): HTMLElement[] {
    const summary = document.createElement('table');
    summary.className = 'sb-table sb-summary';
    const head = summary.createTHead().insertRow();
    head.append(el('th', '', 'metric'), ...view.columns.map((c) => el('th', '', c)));
    const body = summary.createTBody();
    for (const row of view.rows) {
      const tr = body.insertRow();
      tr.append(el('th', '', row.label), ...row.values.map((v) => el('td', '', v)));
    }
    const wrap = el('div', 'sb-table-wrap');
    wrap.append(summary);
    const parts = [wrap];
    if (view.series) {
      // The chart's canvas is hidden from assistive technology; its sentence and data table stand for it.
      const chart = el('div', 'sb-chart');
      parts.push(chart);
      const series = view.series;
      import('./result-chart.ts').then(
        ({ drawResultChart }) => drawResultChart(chart, series),
        () => chart.append(el('p', 'sb-meta', 'The chart could not be loaded.')),
      );
    }
    return parts;
  }
}

/** Renders check outcomes: a list with pass/fail and, for failures, the hint. */
export function renderChecks(root: HTMLElement, outcomes: CheckOutcome[] | { error: string }): boolean {
  root.hidden = false;
  const revealed = revealedHints(root);
  root.replaceChildren(el('h4', 'sb-checks-title', 'Checks'));
  if (!Array.isArray(outcomes)) {
    root.append(el('p', 'sb-check sb-fail', `The checks could not run: ${outcomes.error}`));
    return false;
  }
  const list = el('ul', 'sb-check-list');
  for (const o of outcomes) {
    const item = el('li', `sb-check ${o.passed ? 'sb-pass' : 'sb-fail'}`);
    item.append(el('span', 'sb-check-mark', o.passed ? '✓ ' : '✗ '), el('span', 'sb-check-name', o.name));
    if (!o.passed) item.append(hintLadder(o.name, o.hints, o.error, revealed.get(o.name)));
    list.append(item);
  }
  const passed = outcomes.filter((o) => o.passed).length;
  const all = passed === outcomes.length && outcomes.length > 0;
  root.append(
    list,
    el(
      'p',
      `sb-check-summary ${all ? 'sb-pass' : ''}`,
      all ? 'All checks pass: exercise complete.' : `${passed} of ${outcomes.length} checks pass.`,
    ),
  );
  return all;
}

function table(data: DisplayValue): HTMLElement {
  const rows: [string, DisplayValue][] =
    data.kind === 'array'
      ? data.items.map((item, i) => [String(i), item])
      : data.kind === 'object'
        ? data.entries
        : [];
  if (rows.length === 0) return el('pre', 'sb-line', formatValue(data));
  const columns: string[] = [];
  for (const [, row] of rows) {
    if (row.kind === 'object') for (const [key] of row.entries) if (!columns.includes(key)) columns.push(key);
  }
  const t = document.createElement('table');
  t.className = 'sb-table';
  const head = t.createTHead().insertRow();
  head.append(el('th', '', '(index)'), ...(columns.length ? columns : ['value']).map((c) => el('th', '', c)));
  const body = t.createTBody();
  for (const [index, row] of rows) {
    const tr = body.insertRow();
    tr.append(el('th', '', index));
    if (row.kind === 'object' && columns.length) {
      const cells = new Map(row.entries);
      for (const c of columns) {
        const cell = cells.get(c);
        tr.append(el('td', '', cell ? formatValue(cell) : ''));
      }
    } else tr.append(el('td', '', formatValue(row)));
  }
  const wrap = el('div', 'sb-table-wrap');
  wrap.append(t);
  return wrap;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
