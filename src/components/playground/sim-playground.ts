import { describeEvent } from '~/explorables/describe-event.ts';
import { plainError } from '~/explorables/plain-error.ts';
import { nextPlaybackMs, parseSpeed } from '~/explorables/playback.ts';
import type { Side } from '~/explorables/sim-session.ts';
import { MAX_SPANS } from '~/explorables/timeline-rows.ts';
import { readUrlState } from '~/explorables/url-state.ts';
import { wireCompareTabs } from './compare-tabs.ts';
import { ControlPanel } from './control-panel.ts';
import { setStatus, setText } from './dom-text.ts';
import { FrameRequests } from './frame-requests.ts';
import { PlaybackClock } from './playback-clock.ts';
import { type PlaygroundConfig, readConfig } from './playground-config.ts';
import { PlaygroundView } from './playground-view.ts';
import { PredictPanel } from './predict-panel.ts';
import { copyLink, persistValues } from './share-link.ts';

/**
 * `<sim-playground>`: wires the server-rendered controls to the simulation worker and draws the views.
 * Time: the run is first computed to the end; Play replays it from the start (or from the scrubber), Step
 * processes one event, the scrubber seeks. Off-screen, playback pauses; with reduced motion it advances
 * once a second instead of animating. The parts live beside it; this element connects them.
 */
class SimPlaygroundElement extends HTMLElement {
  #config!: PlaygroundConfig;
  #requests!: FrameRequests;
  #controls!: ControlPanel;
  #clock!: PlaybackClock;
  #predict!: PredictPanel;
  #view!: PlaygroundView;

  connectedCallback(): void {
    if (this.#requests) return;
    const config = readConfig(this);
    this.#config = config;
    this.#predict = new PredictPanel(this, config.predict, () => this.#render());
    this.#view = new PlaygroundView(
      this,
      {
        id: config.id,
        labels: config.labels,
        views: config.views,
        goals: config.goals ?? [],
        async: config.async ?? false,
      },
      config.fn,
    );
    if (config.b) wireCompareTabs(this, config.labels);
    this.#requests = new FrameRequests(config.id, this.#sides(), {
      onConfigure: () => setStatus(this, 'Simulating…'),
      configureRequest: (seq, side, atMs) => ({
        type: 'configure',
        seq,
        side,
        base: side === 'b' && config.b ? config.b : config.a,
        values: this.#controls.values[side],
        atMs,
        timelineLanes: config.views.includes('timeline') ? MAX_SPANS : 0,
      }),
      onError: (message, issues) => {
        setStatus(this, plainError(issues, message), 'error');
        // The charts still show the last setting that worked: say so on them.
        this.querySelector('[data-results]')?.setAttribute('data-stale', '');
        this.#clock.stop();
      },
      onEvent: (frame) => setText(this, '[data-event]', describeEvent(frame.event ?? null)),
      onFrames: () => {
        this.querySelector('[data-results]')?.removeAttribute('data-stale');
        this.#render();
      },
      onIdle: () => {
        if (this.#clock.playing && this.#requests.frames.a?.done) this.#clock.stop();
      },
    });
    this.#controls = new ControlPanel(this, config.defs, (sides) => this.#onControl(sides));
    const url = readUrlState(location.search, config.id);
    if (url) {
      this.#controls.values = { a: url.a, b: url.b ?? {} };
      this.#controls.sync();
    }
    this.#clock = new PlaybackClock(this, (dt) => this.#tick(dt));
    this.#wireActions();
    for (const el of this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
      ':disabled:not([data-fixed])',
    )) {
      el.disabled = false;
    }
    new MutationObserver(() => {
      this.#view.invalidate();
      this.#render();
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    this.#requests.configure('end');
  }

  /** The time controls, Share and Reset. */
  #wireActions(): void {
    const on = (action: string, type: string, fn: (el: HTMLElement) => void) => {
      const el = this.querySelector<HTMLElement>(`[data-action="${action}"]`);
      el?.addEventListener(type, () => fn(el));
    };
    const requests = this.#requests;
    const clock = this.#clock;
    on('play', 'click', () => (clock.playing ? this.#pauseHere() : this.#play()));
    on('step', 'click', () => {
      clock.stop();
      requests.step();
    });
    on('end', 'click', () => {
      clock.stop();
      requests.seek('end');
    });
    on('speed', 'change', (el) => {
      clock.speed = parseSpeed((el as HTMLSelectElement).value);
    });
    on('scrub', 'input', (el) => {
      clock.stop();
      requests.seek(Number((el as HTMLInputElement).value));
    });
    on('function', 'change', (el) => {
      this.#view.fn = (el as HTMLSelectElement).value || undefined;
      this.#render();
    });
    on('share', 'click', (el) => {
      this.#persist();
      void copyLink(el);
    });
    on('reset', 'click', () => {
      this.#controls.reset();
      this.#persist();
      requests.configure(requests.atMs());
    });
  }

  #sides(): Side[] {
    return this.#config.b ? ['a', 'b'] : ['a'];
  }

  #persist(): void {
    persistValues(this.#config.id, this.#controls.values, Boolean(this.#config.b));
  }

  #onControl(sides: Side[]): void {
    this.#persist();
    performance.mark(`pg:${this.#config.id}:input`);
    this.#view.measure = `pg:${this.#config.id}:control-redraw`;
    // A control for one side of a comparison re-simulates only that side.
    this.#requests.configure(this.#requests.atMs(), this.#config.b ? sides : ['a']);
  }

  #play(): void {
    const a = this.#requests.frames.a;
    if (!a || a.done) this.#requests.seek(0);
    this.#clock.start();
  }

  /** Pauses at the time on screen (a playback frame already in flight is dropped). */
  #pauseHere(): void {
    this.#clock.stop();
    this.#requests.dropInFlight();
  }

  #tick(dtMs: number): void {
    const a = this.#requests.frames.a;
    if (this.#requests.busy || !a) return;
    this.#requests.seek(nextPlaybackMs(a.nowMs, dtMs, this.#clock.speed, this.#config.horizonMs));
  }

  #render(): void {
    const frames = this.#requests.frames;
    const a = frames.a;
    if (!a) return;
    this.#view.renderTime(a, frames, this.#sides(), this.#clock.playing);
    if (!this.#predict.revealed) return;
    this.#predict.verdict(frames[this.#predict.sideIn(Boolean(this.#config.b))]);
    this.#view.renderResults(a, frames, this.#sides());
  }
}

if (!customElements.get('sim-playground')) customElements.define('sim-playground', SimPlaygroundElement);
