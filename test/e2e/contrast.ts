import type { Page } from 'playwright-core';

/** A run of rendered text (or a symbol, or pseudo-element content) whose contrast is too low. */
export interface LowContrast {
  /** A CSS-ish path to the element, e.g. `span.sb-badge`. */
  target: string;
  /** The text as drawn (first 40 characters); `::before`/`::after` content is marked as such. */
  text: string;
  /** Contrast ratio against the background behind it, e.g. 1.77. */
  ratio: number;
  /** The ratio it needs: 4.5 for text, 3 for large text (≥ 24 px, or ≥ 18.66 px bold). */
  needs: number;
  /** Foreground and background as `rgb(r, g, b)` after blending transparency and opacity. */
  colours: string;
}

/**
 * Measures the contrast of every visible run of text on the page, as drawn, in the current theme: text
 * nodes, symbol-only marks (✓ ◐ ▶ ✕, which axe skips as "non-BMP/icon" text and reports only as
 * "incomplete"), text the page hides from screen readers (`aria-hidden` marks are still seen), and
 * `::before`/`::after` content. The background is what lies under the text's centre (`elementsFromPoint`,
 * so overlapping boxes and SVG shapes count), blended through transparent layers and the opacity of
 * every ancestor. Disabled controls are exempt (WCAG 1.4.3). Scrolls the page to see every part.
 *
 * Charts are canvases (exempt above): for every chart on the page (`.lab-chart`), each colour of
 * `chartColours` (custom property names, read on the chart) is measured as a mark against the chart's
 * background and needs 3:1 (WCAG 1.4.11).
 */
export async function lowContrast(page: Page, chartColours: readonly string[] = []): Promise<LowContrast[]> {
  return page.evaluate(async (marks) => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba | undefined => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m?.[1]) return undefined;
      const p = m[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 1];
    };
    // Computed colours may come back as lab()/oklch(); a 1×1 canvas turns any CSS colour into sRGB.
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
    const toRgba = (css: string): Rgba => {
      const direct = parse(css);
      if (direct || !ctx) return direct ?? [0, 0, 0, 0];
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const d = ctx.getImageData(0, 0, 1, 1).data;
      return [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0, (d[3] ?? 0) / 255];
    };
    const over = (top: Rgba, below: Rgba): Rgba => {
      const a = top[3];
      return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (below[i] ?? 0) * (1 - a)).concat(1) as Rgba;
    };
    const lum = (c: Rgba) => {
      const ch = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (ch[0] ?? 0) + 0.7152 * (ch[1] ?? 0) + 0.0722 * (ch[2] ?? 0);
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const fill = (el: Element): Rgba => {
      const s = getComputedStyle(el);
      if (el instanceof SVGElement) {
        if (!(el instanceof SVGGeometryElement) || s.fill === 'none') return [0, 0, 0, 0];
        const c = toRgba(s.fill);
        return [c[0], c[1], c[2], c[3] * Number(s.fillOpacity)];
      }
      return toRgba(s.backgroundColor);
    };
    const pageBg = toRgba(getComputedStyle(document.documentElement).backgroundColor);
    const canvasBg: Rgba = pageBg[3] > 0 ? pageBg : [255, 255, 255, 1];
    // Layers under (x, y) below `el`, topmost first; ancestors missing from the hit list are added in order.
    const backgroundAt = (el: Element, x: number, y: number): Rgba => {
      const stack = document.elementsFromPoint(x, y);
      const i = stack.indexOf(el);
      const below = i >= 0 ? stack.slice(i) : [];
      for (let a: Element | null = el; a; a = a.parentElement) if (!below.includes(a)) below.push(a);
      const layers: Rgba[] = [];
      for (const layer of below) {
        const c = fill(layer);
        const o = opacityOf(layer);
        if (c[3] * o > 0) layers.push([c[0], c[1], c[2], c[3] * o]);
        if (c[3] * o >= 1) break;
      }
      return layers.reduceRight((acc, layer) => over(layer, acc), canvasBg);
    };
    const exempt = (el: Element) =>
      el.closest(':disabled, [aria-disabled="true"], option, canvas, .sr-only, [hidden]') !== null;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
    const found = new Map<string, LowContrast>();
    const measure = (el: Element, text: string, rect: DOMRect, pseudo: '' | '::before' | '::after') => {
      if (rect.width < 2 || rect.height < 2) return;
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      if (y < 0 || y >= innerHeight || x < 0 || x >= innerWidth) return;
      const s = getComputedStyle(el, pseudo || null);
      const colour = toRgba(el instanceof SVGElement ? s.fill : s.color);
      const bg = backgroundAt(el, x, y);
      const fg = over([colour[0], colour[1], colour[2], colour[3] * opacityOf(el)], bg);
      const size = parseFloat(s.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
      const needs = large ? 3 : 4.5;
      const r = ratio(fg, bg);
      const key = `${name(el)}${pseudo}|${text}`;
      if (r < needs - 0.005 && !found.has(key)) {
        const rgb = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
        found.set(key, {
          target: `${el.parentElement ? `${name(el.parentElement)} > ` : ''}${name(el)}${pseudo}`,
          text: `${pseudo ? `${pseudo} ` : ''}${text.slice(0, 40)}`,
          ratio: Math.round(r * 100) / 100,
          needs,
          colours: `${rgb(fg)} on ${rgb(bg)}`,
        });
      }
    };
    const measureMarks = (chart: Element) => {
      const rect = chart.getBoundingClientRect();
      const x = rect.left + rect.width / 2;
      const y = rect.top + Math.min(rect.height / 2, 40);
      if (rect.width < 2 || y < 0 || y >= innerHeight || x < 0 || x >= innerWidth) return;
      const bg = backgroundAt(chart, x, y);
      const style = getComputedStyle(chart);
      for (const mark of marks) {
        const key = `${name(chart)}|${mark}`;
        const colour = toRgba(style.getPropertyValue(mark).trim());
        const r = ratio(over(colour, bg), bg);
        if (r < 3 - 0.005 && !found.has(key)) {
          const rgb = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
          found.set(key, {
            target: name(chart),
            text: `chart mark ${mark}`,
            ratio: Math.round(r * 100) / 100,
            needs: 3,
            colours: `${rgb(over(colour, bg))} on ${rgb(bg)}`,
          });
        }
      }
    };
    const scan = () => {
      for (const chart of document.querySelectorAll('.lab-chart')) {
        if (chart.checkVisibility({ visibilityProperty: true })) measureMarks(chart);
      }
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        const text = node.textContent?.trim() ?? '';
        if (!el || !text || exempt(el) || !el.checkVisibility({ visibilityProperty: true })) continue;
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) measure(el, text, rect, '');
      }
      for (const el of document.body.querySelectorAll('*')) {
        for (const pseudo of ['::before', '::after'] as const) {
          const content = getComputedStyle(el, pseudo).content;
          const text = content.startsWith('"') ? content.slice(1, -1).trim() : '';
          if (!text || exempt(el) || !el.checkVisibility({ visibilityProperty: true })) continue;
          // The pseudo-element's own box is not exposed; the element's box is the closest stand-in.
          measure(el, text, el.getBoundingClientRect(), pseudo);
        }
      }
    };
    const step = Math.max(200, innerHeight - 100);
    for (let y = 0; ; y += step) {
      scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      scan();
      if (y + innerHeight >= document.documentElement.scrollHeight) break;
    }
    scrollTo(0, 0);
    return [...found.values()];
  }, chartColours);
}

/** Formats findings for a test failure message. */
export function formatLowContrast(findings: readonly LowContrast[]): string {
  return findings
    .map((f) => `${f.ratio}:1 (needs ${f.needs}) "${f.text}" ${f.target}: ${f.colours}`)
    .join('\n  ');
}
