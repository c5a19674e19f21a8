import type { EditorHandle } from './editor-handle.ts';

/**
 * The plain editor: a `<textarea>` for phones and touch screens (where Monaco is hard to use) and for the
 * moment before Monaco has loaded when saved or shared code has to be shown. Tab inserts two spaces;
 * Escape then Tab leaves the field, so keyboard users are never trapped.
 */
export function createTextareaEditor(host: HTMLElement, code: string, label: string): EditorHandle {
  const area = document.createElement('textarea');
  area.className = 'sb-textarea';
  area.value = code;
  area.spellcheck = false;
  area.autocapitalize = 'off';
  area.setAttribute('autocomplete', 'off');
  area.setAttribute('autocorrect', 'off');
  area.setAttribute('aria-label', label);
  area.wrap = 'off';
  let escaped = false;
  area.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') escaped = true;
    else if (event.key === 'Tab' && !escaped && !event.shiftKey) {
      event.preventDefault();
      // execCommand keeps the native undo stack; setRangeText is the fallback.
      if (!document.execCommand('insertText', false, '  '))
        area.setRangeText('  ', area.selectionStart, area.selectionEnd, 'end');
      area.dispatchEvent(new Event('input'));
    } else escaped = false;
  });
  host.replaceChildren(area);
  const lineStart = (line: number) => {
    let offset = 0;
    for (let i = 1; i < line; i++) offset = area.value.indexOf('\n', offset) + 1;
    return offset;
  };
  return {
    getValue: () => area.value,
    replaceAll(next) {
      area.focus();
      area.select();
      if (!document.execCommand('insertText', false, next)) area.value = next;
      area.dispatchEvent(new Event('input'));
    },
    reveal(line, column) {
      const offset = lineStart(line) + column - 1;
      area.focus();
      area.setSelectionRange(offset, offset);
      const lineHeight = Number.parseFloat(getComputedStyle(area).lineHeight) || 20;
      area.scrollTop = Math.max(0, (line - 3) * lineHeight);
    },
    focus: () => area.focus(),
    onChange(listener) {
      area.addEventListener('input', listener);
      return () => area.removeEventListener('input', listener);
    },
    dispose: () => area.remove(),
  };
}
