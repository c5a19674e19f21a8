import { parseGuess } from '~/explorables/predict.ts';
import { type PredictConfig, verdictFor } from '~/explorables/verdict.ts';
import { setText } from './dom-text.ts';
import type { Frame } from './playground-config.ts';

/**
 * The predict-then-reveal form: the results stay hidden until the learner guesses (or skips); the guess is
 * scored once the whole run has been computed.
 */
export class PredictPanel {
  #revealed: boolean;
  #guess: number | undefined;
  #verdictPending = false;
  readonly #host: HTMLElement;
  readonly #predict: PredictConfig | undefined;
  readonly #onReveal: () => void;

  /** `onReveal` runs once the results are shown, to draw them. */
  constructor(host: HTMLElement, predict: PredictConfig | undefined, onReveal: () => void) {
    this.#host = host;
    this.#predict = predict;
    this.#revealed = !predict;
    this.#onReveal = onReveal;
    host.querySelector('[data-action="skip"]')?.addEventListener('click', () => this.#reveal(undefined));
    host.querySelector('[data-predict]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      const input = host.querySelector<HTMLInputElement>('[data-predict] input');
      const guess = parseGuess(input?.value ?? '');
      if (guess === undefined) {
        setText(host, '[data-verdict]', 'Type a number first (for example 12).');
        input?.focus();
        return;
      }
      this.#reveal(guess);
    });
  }

  /** Whether the results are shown (always, for a playground without a prediction). */
  get revealed(): boolean {
    return this.#revealed;
  }

  /** The side whose summary the guess is scored against (`b` only in a comparison). */
  sideIn(compare: boolean): 'a' | 'b' {
    return this.#predict?.side === 'b' && compare ? 'b' : 'a';
  }

  /** Says how close the guess was, once the result it is scored against (`frame`) has arrived. */
  verdict(frame: Frame | undefined): void {
    const predict = this.#predict;
    if (!predict || !frame || !this.#verdictPending) return;
    if (frame.done) this.#verdictPending = false;
    const verdict = verdictFor(predict, frame.result.total, frame.done, this.#guess);
    setText(this.#host, '[data-verdict]', verdict.text);
    if (verdict.score !== undefined) {
      this.#host.querySelector('[data-verdict]')?.setAttribute('data-score', String(verdict.score));
    }
  }

  #reveal(guess: number | undefined): void {
    this.#guess = guess;
    this.#verdictPending = true;
    this.#revealed = true;
    const results = this.#host.querySelector<HTMLElement>('[data-results]');
    if (results) results.hidden = false;
    const form = this.#host.querySelector('[data-predict]');
    const hadFocus = form?.contains(document.activeElement) ?? false;
    for (const el of form?.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button') ?? [])
      el.disabled = true;
    // The control that had focus is now disabled: keep the learner's place on the verdict, not <body>.
    const verdict = this.#host.querySelector<HTMLElement>('[data-verdict]');
    if (hadFocus && verdict) {
      verdict.tabIndex = -1;
      verdict.focus();
    }
    this.#onReveal();
  }
}
