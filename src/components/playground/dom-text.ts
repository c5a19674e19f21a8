/** Sets the text of the first match of `selector` under `root`, leaving it alone when it already says that. */
export function setText(root: ParentNode, selector: string, text: string): void {
  const node = root.querySelector(selector);
  if (node && node.textContent !== text) node.textContent = text;
}

/** Sets the playground's status line (`[data-status]`) and its kind (`info` or `error`). */
export function setStatus(root: ParentNode, text: string, kind = 'info'): void {
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (!status) return;
  status.dataset.kind = kind;
  if (status.textContent !== text) status.textContent = text;
}
