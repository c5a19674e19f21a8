/**
 * A failing check's hints, one at a time: the first shows at once, "Another hint" reveals the next
 * (a diagnosed mistake's hint, then the nudge, the concept and a near-answer). Text only, no HTML parsing.
 */

/** How many hints each check (by name) had revealed in the list about to be replaced. */
export function revealedHints(root: HTMLElement): Map<string, number> {
  const revealed = new Map<string, number>();
  for (const ladder of root.querySelectorAll<HTMLElement>('.sb-hints[data-check]')) {
    revealed.set(ladder.dataset['check'] ?? '', ladder.querySelectorAll('.sb-hint').length);
  }
  return revealed;
}

/**
 * The hint ladder of one failing check.
 * @param check the check's name (keeps the revealed count across runs)
 * @param hints in the order to reveal them
 * @param error the error text when the check threw, shown after the first hint
 * @param shown how many hints to show at first (at least 1)
 */
export function hintLadder(check: string, hints: readonly string[], error?: string, shown = 1): HTMLElement {
  const box = document.createElement('div');
  box.className = 'sb-hints';
  box.dataset['check'] = check;
  const list = document.createElement('ol');
  list.className = 'sb-hint-list';
  list.setAttribute('aria-live', 'polite');
  box.append(list);
  if (hints.length === 0) {
    if (error) list.append(item(`(${error})`));
    return box;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'sb-more-hint';
  const reveal = () => {
    const i = list.children.length;
    const text = hints[i] ?? '';
    list.append(item(i === 0 && error ? `${text} (${error})` : text));
    const left = hints.length - list.children.length;
    button.hidden = left === 0;
    button.textContent = `Another hint (${left} more)`;
  };
  const target = Math.min(Math.max(1, shown), hints.length);
  while (list.children.length < target) reveal();
  button.addEventListener('click', () => {
    reveal();
    (list.lastElementChild as HTMLElement | null)?.focus();
  });
  box.append(button);
  return box;
}

function item(text: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'sb-hint';
  li.tabIndex = -1;
  li.textContent = text;
  return li;
}
