import { sampleWeekCsv } from '~/traffic/sample-week.ts';
import { SETTING_KEYS, settingsToWhatIf, type TrafficSettings } from '~/traffic/traffic-settings.ts';
import {
  decodeTrafficState,
  encodeTrafficState,
  TRAFFIC_PARAM,
  type TrafficUrlState,
} from '~/traffic/traffic-url-state.ts';
import type { TrafficView } from '~/traffic/traffic-view.ts';
import type { Chart } from '../charts/chart.ts';
import { wireCompareTabs } from '../playground/compare-tabs.ts';
import { copyLink } from '../playground/share-link.ts';
import type { TrafficReply, TrafficRequest } from './traffic.worker.ts';
import { renderComparison, renderSide, sharedPeak } from './traffic-render.ts';

type Side = 'a' | 'b';
const MAX_BYTES = 50 * 1024 * 1024;

/**
 * `<your-traffic>`: reads a file locally, runs it in a worker under one what-if or two (A/B), draws the
 * results, keeps the settings in the address bar, and stops a run on request (the worker is replaced).
 */
class YourTrafficElement extends HTMLElement {
  #seq = 0;
  #file: { text: string; bytes: number; name: string } | null = null;
  #worker: Worker | null = null;
  #charts = new WeakMap<HTMLElement, Chart>();
  #tabsWired = false;

  connectedCallback(): void {
    this.#startWorker();
    const file = this.#q<HTMLInputElement>('[data-input="file"]');
    file?.addEventListener('change', async () => {
      const f = file.files?.[0];
      if (!f) return;
      // Refuse a huge file before reading it into memory.
      if (f.size > MAX_BYTES) {
        this.#status(`${f.name} is ${(f.size / 1048576).toFixed(0)} MB; at most 50 MB.`, 'error');
        return;
      }
      this.#load({ text: await f.text(), bytes: f.size, name: f.name });
    });
    this.#on('sample', () => this.#load({ text: sampleWeekCsv(), bytes: 0, name: 'the sample week' }));
    this.#on('large', () =>
      this.#load({
        text: sampleWeekCsv({ peakPerSecond: 1875, periodSeconds: 60 }),
        bytes: 0,
        name: 'a week at 1,000 req/s',
      }),
    );
    this.#on('stop', () => this.#stop());
    this.#on('share', (button) => this.#share(button));
    for (const el of this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
      '[data-input], [data-action], [data-option]',
    )) {
      el.disabled = el.dataset.action === 'stop';
      if (el.dataset.input && el.dataset.input !== 'file')
        el.addEventListener('change', () => this.#changed());
    }
    this.#q('[data-option="compare"]')?.addEventListener('change', () => this.#changed());
    this.#restore();
  }

  disconnectedCallback(): void {
    this.#worker?.terminate();
  }

  #q<T extends Element = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  #on(action: string, handler: (button: HTMLElement) => void): void {
    const button = this.#q(`[data-action="${action}"]`);
    button?.addEventListener('click', () => handler(button));
  }

  #startWorker(): void {
    this.#worker = new Worker(new URL('./traffic.worker.ts', import.meta.url), {
      type: 'module',
      name: 'your-traffic',
    });
    this.#worker.addEventListener('message', (e: MessageEvent<TrafficReply>) => this.#onReply(e.data));
  }

  #comparing(): boolean {
    return this.#q<HTMLInputElement>('[data-option="compare"]')?.checked ?? false;
  }

  #settings(side: Side): TrafficSettings {
    const out: TrafficSettings = {};
    for (const key of SETTING_KEYS) {
      const el = this.#q<HTMLInputElement | HTMLSelectElement>(
        `fieldset[data-side="${side}"] [data-input="${key}"]`,
      );
      if (el) out[key] = el.value;
    }
    return out;
  }

  #apply(side: Side, settings: TrafficSettings): string[] {
    const ignored: string[] = [];
    for (const [key, value] of Object.entries(settings)) {
      const el = this.#q<HTMLInputElement | HTMLSelectElement>(
        `fieldset[data-side="${side}"] [data-input="${key}"]`,
      );
      if (!el) continue;
      const before = el.value;
      el.value = value;
      // A select keeps no value it has no option for.
      if (el instanceof HTMLSelectElement && el.value !== value) {
        el.value = before;
        ignored.push(`${key} "${value}"`);
      }
    }
    return ignored;
  }

  /** Settings (and a shared file) from the address bar; a bad link is named and the defaults kept. */
  #restore(): void {
    const raw = new URLSearchParams(location.search).get(TRAFFIC_PARAM);
    if (!raw) return;
    const decoded = decodeTrafficState(raw);
    if (!decoded.ok) {
      this.#status(
        `The link's settings were not used: ${decoded.reason}. The page uses its defaults.`,
        'error',
      );
      return;
    }
    const { a, b, file } = decoded.state;
    const ignored = this.#apply('a', a);
    if (b) {
      const box = this.#q<HTMLInputElement>('[data-option="compare"]');
      if (box) box.checked = true;
      ignored.push(...this.#apply('b', b));
    }
    this.#layout();
    if (ignored.length > 0)
      this.#status(
        `The link set values this page does not offer, left as they were: ${ignored.join(', ')}.`,
        'error',
      );
    if (file) this.#load({ text: file.text, bytes: file.text.length, name: `${file.name} (from the link)` });
    else if (ignored.length === 0) this.#status('Settings from the link. Load a file or the sample week.');
  }

  #persist(): void {
    const state: TrafficUrlState = { v: 1, a: this.#settings('a') };
    if (this.#comparing()) state.b = this.#settings('b');
    const encoded = encodeTrafficState(state);
    if (!encoded.ok) return;
    const url = new URL(location.href);
    url.searchParams.set(TRAFFIC_PARAM, encoded.value);
    history.replaceState(history.state, '', url);
  }

  async #share(button: HTMLElement): Promise<void> {
    this.#persist();
    const withFile = this.#q<HTMLInputElement>('[data-option="share-file"]')?.checked;
    if (withFile && this.#file) {
      const state: TrafficUrlState = {
        v: 1,
        a: this.#settings('a'),
        file: { name: this.#file.name, text: this.#file.text },
      };
      if (this.#comparing()) state.b = this.#settings('b');
      const encoded = encodeTrafficState(state);
      if (!encoded.ok) this.#status(`Not in the link: ${encoded.reason}.`, 'error');
      else {
        const url = new URL(location.href);
        url.searchParams.set(TRAFFIC_PARAM, encoded.value);
        history.replaceState(history.state, '', url);
      }
    }
    await copyLink(button);
  }

  #layout(): void {
    const on = this.#comparing();
    const bSet = this.#q('fieldset[data-side="b"]');
    if (bSet) bSet.hidden = !on;
    const sides = this.#q('[data-sides]');
    sides?.classList.toggle('pg-sides-2', on);
    const sideB = this.#q('.pg-side[data-side="b"]');
    if (sideB) sideB.hidden = !on;
    const compare = this.#q('[data-view="compare"]');
    if (compare && !on) compare.hidden = true;
    for (const t of this.querySelectorAll<HTMLElement>('.pg-side > .pg-side-title')) t.hidden = !on;
    if (on && !this.#tabsWired && this.id) {
      wireCompareTabs(this, ['A', 'B']);
      this.#tabsWired = true;
    }
    const tabs = this.#q('.pg-tabs');
    if (tabs) tabs.hidden = !on;
    if (!on) this.#q('.pg-side[data-side="a"]')?.removeAttribute('inert');
  }

  #changed(): void {
    this.#layout();
    this.#persist();
    this.#run();
  }

  /** `bytes` 0 marks a file the page made (the sample, the generated week). */
  #load(file: { text: string; bytes: number; name: string }): void {
    this.#file = file;
    this.#run();
  }

  #run(): void {
    if (!this.#file || !this.#worker) return;
    const whatIfs = [settingsToWhatIf(this.#settings('a'))];
    if (this.#comparing()) whatIfs.push(settingsToWhatIf(this.#settings('b')));
    const request: TrafficRequest = {
      seq: ++this.#seq,
      text: this.#file.text,
      bytes: this.#file.bytes || this.#file.text.length,
      whatIfs,
    };
    this.#status(`Simulating ${this.#file.name}…`);
    this.#busy(true, 0);
    this.#worker.postMessage(request);
  }

  #stop(): void {
    this.#worker?.terminate();
    this.#seq++;
    this.#startWorker();
    this.#busy(false);
    this.#status('Stopped. Change a setting or load a file to run again.');
  }

  #busy(on: boolean, done = 0): void {
    const bar = this.#q<HTMLProgressElement>('[data-progress]');
    if (bar) [bar.hidden, bar.value] = [!on, done];
    const stop = this.#q<HTMLButtonElement>('[data-action="stop"]');
    if (stop) stop.disabled = !on;
  }

  #status(text: string, kind = 'info'): void {
    const s = this.#q('[data-status]');
    if (s) [s.textContent, s.dataset.kind] = [text, kind];
  }

  #onReply(reply: TrafficReply): void {
    if (reply.seq !== this.#seq) return;
    const name = this.#file?.name ?? 'the file';
    // A generated file's name ("the sample week") starts the result's sentence; a file's own name stays as is.
    const subject = this.#file?.bytes === 0 ? name.charAt(0).toUpperCase() + name.slice(1) : name;
    if (reply.type === 'progress') {
      this.#busy(true, reply.done);
      const requests = `${(reply.requests / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} M requests`;
      this.#status(`Simulating ${name} (${requests})… ${Math.round(reply.done * 100)}%`);
      return;
    }
    this.#busy(false);
    if (reply.type === 'error') {
      this.#status(`${subject}: ${reply.message}`, 'error');
      return;
    }
    this.#status(`${subject} simulated in ${(reply.computeMs / 1000).toFixed(1)} s.`);
    this.#render(reply.views);
  }

  #render(views: TrafficView[]): void {
    const results = this.#q('[data-results]');
    if (results) results.hidden = false;
    const yMax = sharedPeak(views);
    views.forEach((view, i) => {
      const section = this.#q(`.pg-side[data-side="${i === 0 ? 'a' : 'b'}"]`);
      if (section) renderSide(section, view, yMax, this.#charts);
    });
    const compare = this.#q('[data-view="compare"]');
    const [a, b] = views;
    if (compare) compare.hidden = !(a && b);
    if (compare && a && b) renderComparison(compare, a, b);
  }
}

if (!customElements.get('your-traffic')) customElements.define('your-traffic', YourTrafficElement);
