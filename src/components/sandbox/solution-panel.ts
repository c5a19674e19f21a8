/** Something shown in the panel that must be cleaned up (the Monaco diff). */
export interface Disposable {
  dispose(): void;
  /** Resolves once the diff is computed; until then "Put it in the editor" waits. */
  ready?: Promise<void>;
}

/** How long "Put it in the editor" waits for Monaco's first diff before it is enabled anyway, ms. */
const READY_TIMEOUT_MS = 3000;

/**
 * The Solution panel of a sandbox (the `[data-solution]` part of Sandbox.astro). Once Monaco is in, the
 * solution is a read-only diff against the learner's code; until then, and with the plain editor, it is
 * the highlighted solution rendered at build time. It never changes the learner's code: "Put it in the
 * editor" is the sandbox's own, undoable, action.
 */
export class SolutionPanel {
  readonly #panel: HTMLElement;
  readonly #button: HTMLElement | null;
  readonly #diffHost: HTMLElement | null;
  readonly #staticView: HTMLElement | null;
  #createDiff: ((host: HTMLElement) => Disposable) | undefined;
  #diff: Disposable | undefined;

  /** `panel` is the `[data-solution]` section; `button` the toolbar's Solution toggle. */
  constructor(panel: HTMLElement, button: HTMLElement | null) {
    this.#panel = panel;
    this.#button = button;
    this.#diffHost = panel.querySelector<HTMLElement>('[data-diff]');
    this.#staticView = panel.querySelector<HTMLElement>('[data-solution-code]');
  }

  /** Whether the panel is showing. */
  get open(): boolean {
    return !this.#panel.hidden;
  }

  /** Shows or hides the panel (the Solution button). */
  toggle(): void {
    this.#panel.hidden = !this.#panel.hidden;
    this.#button?.setAttribute('aria-expanded', String(this.open));
    this.#render();
  }

  /**
   * Hides the panel and removes the diff (made again when the panel reopens); focus moves to the Solution
   * button so a keyboard user is not left on a hidden control. Called before the solution replaces the
   * learner's code: a diff still being computed on the old code must not land on the new one.
   */
  close(): void {
    if (!this.open) return;
    this.dispose();
    this.#panel.hidden = true;
    this.#button?.setAttribute('aria-expanded', 'false');
    this.#button?.focus();
    this.#render();
  }

  /** Monaco is in: from now on the solution is a diff, made by `create` the first time it is shown. */
  useDiff(create: (host: HTMLElement) => Disposable): void {
    this.#createDiff = create;
    this.#render();
  }

  /** Removes the diff (before the learner's editor, whose model it shows, goes away). */
  dispose(): void {
    this.#diff?.dispose();
    this.#diff = undefined;
  }

  /** Disables "Put it in the editor" until the diff is computed (replacing its model earlier breaks it). */
  #holdUseSolution(ready: Promise<void> | undefined): void {
    const use = this.#panel.querySelector<HTMLButtonElement>('[data-action="use-solution"]');
    if (!use || !ready) return;
    use.disabled = true;
    const release = () => {
      use.disabled = false;
    };
    void ready.then(release);
    setTimeout(release, READY_TIMEOUT_MS);
  }

  #render(): void {
    const host = this.#diffHost;
    let asDiff = host !== null && this.#createDiff !== undefined;
    if (host && asDiff && this.open && !this.#diff) {
      try {
        this.#diff = this.#createDiff?.(host);
        this.#holdUseSolution(this.#diff?.ready);
      } catch {
        // No diff after all (the editor went away): the static solution is still right.
        this.#createDiff = undefined;
        asDiff = false;
      }
    }
    if (host) host.hidden = !asDiff;
    if (this.#staticView) this.#staticView.hidden = asDiff;
    this.#panel.dataset.view = asDiff ? 'diff' : 'code';
  }
}
