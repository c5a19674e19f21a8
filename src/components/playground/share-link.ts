import type { ControlValues } from '~/explorables/controls.ts';
import type { Side } from '~/explorables/sim-session.ts';
import { writeUrlState } from '~/explorables/url-state.ts';

/** Writes a playground's control values into the address bar (replacing the history entry). */
export function persistValues(id: string, values: Record<Side, ControlValues>, compare: boolean): void {
  const { a, b } = values;
  const state = compare ? { v: 1 as const, a, b } : { v: 1 as const, a };
  history.replaceState(history.state, '', writeUrlState(location.href, id, state));
}

/** Copies the page address to the clipboard and says so on `button` for 2.5 s. */
export async function copyLink(button: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(location.href);
    button.textContent = 'Link copied';
  } catch {
    button.textContent = 'Copy the address bar to share';
  }
  setTimeout(() => {
    button.textContent = 'Copy link to this setup';
  }, 2500);
}
