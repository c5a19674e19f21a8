import { REDUCED_MOTION_TICK_MS, tickDeltaMs } from '~/explorables/playback.ts';

/**
 * Drives playback: while playing and on screen, calls `onTick` with the real ms elapsed, every animation
 * frame, or once a second with reduced motion. Keeps the Play button's label and `aria-pressed` in step.
 */
export class PlaybackClock {
  /** Simulated ms per real ms (the speed menu's value). */
  speed = 60;
  #playing = false;
  #visible = true;
  #lastTick = 0;
  #timer = 0;
  #reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');
  readonly #host: HTMLElement;
  readonly #onTick: (dtMs: number) => void;

  /** `host` holds the `[data-action="play"]` button; `onTick` advances the simulation. */
  constructor(host: HTMLElement, onTick: (dtMs: number) => void) {
    this.#host = host;
    this.#onTick = onTick;
    this.#reduceMotion.addEventListener('change', () => this.#playing && this.#schedule());
    // Off-screen, playback pauses; it resumes when the playground comes back into view.
    new IntersectionObserver((entries) => {
      this.#visible = entries.some((e) => e.isIntersecting);
      if (this.#visible && this.#playing) this.#schedule();
    }).observe(host);
  }

  /** Whether playback is on. */
  get playing(): boolean {
    return this.#playing;
  }

  /** Starts playback from now. */
  start(): void {
    this.#playing = true;
    this.#showButton(true);
    this.#lastTick = performance.now();
    this.#schedule();
  }

  /** Stops playback (nothing happens when it is not playing). */
  stop(): void {
    if (!this.#playing) return;
    this.#playing = false;
    cancelAnimationFrame(this.#timer);
    clearTimeout(this.#timer);
    this.#showButton(false);
  }

  #showButton(playing: boolean): void {
    const button = this.#host.querySelector('[data-action="play"]');
    button?.setAttribute('aria-pressed', String(playing));
    if (button) button.textContent = playing ? '❚❚ Pause' : '▶ Play';
  }

  #schedule(): void {
    cancelAnimationFrame(this.#timer);
    clearTimeout(this.#timer);
    if (!this.#playing || !this.#visible) return;
    const tick = () => {
      if (!this.#playing || !this.#visible) return;
      const now = performance.now();
      const dt = tickDeltaMs(now, this.#lastTick, this.#reduceMotion.matches);
      this.#lastTick = now;
      this.#onTick(dt);
      this.#schedule();
    };
    if (this.#reduceMotion.matches) this.#timer = window.setTimeout(tick, REDUCED_MOTION_TICK_MS);
    else this.#timer = requestAnimationFrame(tick);
  }
}
