import type { Scenario } from '@lab/sim';
import { formatMs } from '~/explorables/format.ts';
import { buildWalk, formatWalkClock, type WalkEnv, type WalkStep } from '~/explorables/request-walk.ts';

const STATE_WORDS: Record<WalkEnv['state'], string> = {
  initializing: 'INIT (cold start)',
  busy: 'busy',
  idle: 'idle, warm',
  reclaimed: 'reclaimed ✕',
};

function envItem(env: WalkEnv, step: WalkStep | undefined): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'rw-env';
  li.dataset['state'] = env.state;
  li.dataset['env'] = String(env.id);
  if (step?.envId === env.id) li.dataset['active'] = '';
  const name = document.createElement('span');
  name.className = 'rw-env-name';
  name.textContent = `Env ${env.id}`;
  const state = document.createElement('span');
  state.className = 'rw-env-state';
  state.textContent = STATE_WORDS[env.state];
  li.append(name, state);
  if (env.request !== undefined) {
    const chip = document.createElement('span');
    chip.className = 'rw-chip';
    chip.textContent = `request ${env.request}`;
    li.append(chip);
  }
  const served = document.createElement('span');
  served.className = 'rw-env-served';
  served.textContent = `served ${env.served}`;
  li.append(served);
  return li;
}

/**
 * `<request-walk>`: plays a small run of the real simulator one event at a time. Play advances a step per
 * "pace" interval; Back/Step (or ← →) move by one; every step is told in an `aria-live` line. With reduced
 * motion nothing slides or fades (the CSS drops the transitions); off-screen, playing pauses.
 */
class RequestWalkElement extends HTMLElement {
  #steps: WalkStep[] = [];
  #at = 0;
  #timer: number | undefined;

  connectedCallback(): void {
    if (this.#steps.length) return;
    const raw = this.querySelector('script[data-scenario]')?.textContent ?? '{}';
    this.#steps = buildWalk(JSON.parse(raw) as Scenario);
    const on = (name: string, fn: () => void) =>
      this.querySelector(`[data-walk="${name}"]`)?.addEventListener('click', fn);
    on('play', () => (this.#timer === undefined ? this.#play() : this.#pause()));
    on('step', () => this.#go(this.#at + 1, true));
    on('back', () => this.#go(this.#at - 1, true));
    on('restart', () => this.#go(0, true));
    this.querySelector('.rw-controls')?.addEventListener('keydown', (e) => {
      const key = (e as KeyboardEvent).key;
      if (key !== 'ArrowRight' && key !== 'ArrowLeft') return;
      e.preventDefault();
      this.#go(this.#at + (key === 'ArrowRight' ? 1 : -1), true);
    });
    new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) this.#pause();
    }).observe(this);
    for (const el of this.querySelectorAll<HTMLButtonElement | HTMLSelectElement>(':disabled'))
      el.disabled = false;
    this.#render();
  }

  /** Steps taken so far (0 = before the first event). */
  get position(): number {
    return this.#at;
  }

  #pace(): number {
    return Number(this.querySelector<HTMLSelectElement>('[data-walk="pace"]')?.value ?? 1400);
  }

  #play(): void {
    if (this.#at >= this.#steps.length) this.#go(0, false);
    this.#setPlaying(true);
    const tick = () => {
      this.#go(this.#at + 1, false);
      if (this.#at >= this.#steps.length) this.#pause();
      else this.#timer = window.setTimeout(tick, this.#pace());
    };
    this.#timer = window.setTimeout(tick, 300);
  }

  #pause(): void {
    if (this.#timer !== undefined) window.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#setPlaying(false);
  }

  #setPlaying(playing: boolean): void {
    const button = this.querySelector<HTMLButtonElement>('[data-walk="play"]');
    if (!button) return;
    button.textContent = playing ? '❚❚ Pause' : '▶ Play';
    button.setAttribute('aria-pressed', String(playing));
  }

  #go(to: number, byHand: boolean): void {
    if (byHand) this.#pause();
    this.#at = Math.min(this.#steps.length, Math.max(0, to));
    this.#render();
  }

  #render(): void {
    const step = this.#steps[this.#at - 1];
    const previous = this.#steps[this.#at - 2];
    const gap = step && previous ? step.atMs - previous.atMs : 0;
    const clock = this.querySelector('[data-walk-clock]');
    if (clock) {
      clock.textContent =
        `Time ${formatWalkClock(step?.atMs ?? 0)}${gap >= 1000 ? ` (${formatMs(gap)} later)` : ''}` +
        ` · step ${this.#at} of ${this.#steps.length}`;
    }
    const list = this.querySelector('[data-walk-envs]');
    const envs = step?.envs ?? [];
    if (list) {
      if (envs.length === 0) {
        const empty = document.createElement('li');
        empty.className = 'rw-empty';
        empty.textContent = 'No environments yet.';
        list.replaceChildren(empty);
      } else list.replaceChildren(...envs.map((env) => envItem(env, step)));
    }
    const text = this.querySelector('[data-walk-text]');
    if (text) {
      text.textContent = step ? step.text : 'Press Step or Play: the first request is about to arrive.';
    }
    this.dataset['step'] = String(this.#at);
    const items = this.querySelectorAll('[data-walk-log] li');
    items.forEach((li, i) => {
      if (i === this.#at - 1) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
    });
    const end = this.#at >= this.#steps.length;
    const stepButton = this.querySelector<HTMLButtonElement>('[data-walk="step"]');
    const backButton = this.querySelector<HTMLButtonElement>('[data-walk="back"]');
    if (stepButton) stepButton.setAttribute('aria-disabled', String(end));
    if (backButton) backButton.setAttribute('aria-disabled', String(this.#at === 0));
  }
}

if (!customElements.get('request-walk')) customElements.define('request-walk', RequestWalkElement);
