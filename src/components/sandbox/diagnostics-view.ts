import type { Diagnostic } from './editor-handle.ts';

/** Shows up to three type errors in `box`, each with a button that reveals its line; hides it when none. */
export function renderDiagnostics(
  box: HTMLElement,
  diagnostics: Diagnostic[],
  reveal: (line: number, column: number) => void,
): void {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  box.hidden = errors.length === 0;
  box.replaceChildren();
  if (errors.length === 0) return;
  box.append(`${errors.length} type error${errors.length === 1 ? '' : 's'} (you can still run): `);
  for (const d of errors.slice(0, 3)) {
    const jump = document.createElement('button');
    jump.type = 'button';
    jump.className = 'sb-pos';
    jump.textContent = `line ${d.line}:${d.column}`;
    jump.addEventListener('click', () => reveal(d.line, d.column));
    const item = document.createElement('span');
    item.className = 'sb-diag';
    item.append(jump, ` ${d.message.split('\n')[0]}`);
    box.append(item);
  }
}
