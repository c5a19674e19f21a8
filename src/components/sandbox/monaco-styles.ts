let pending: string[] = [];

/**
 * Adds one of Monaco's stylesheets to the page (see src/build/monaco-css-plugin.ts). Monaco's modules call
 * this as they are evaluated, so its CSS arrives with its code, never before; the sheets of one chunk
 * are written as a single `<style>` element, in evaluation order, before the editor is created.
 */
export function addMonacoStyle(css: string): void {
  if (pending.push(css) > 1) return;
  queueMicrotask(() => {
    const style = document.createElement('style');
    style.dataset.monaco = '';
    style.textContent = pending.join('\n');
    pending = [];
    document.head.append(style);
  });
}
