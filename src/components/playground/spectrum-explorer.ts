import type { SpectrumResult } from '@lab/sim';
import { formatMs, formatNumber } from '~/explorables/format.ts';
import type { SessionReply } from '~/explorables/sim-session.ts';
import { fromSlider, toSlider } from '~/explorables/slider.ts';
import {
  describeSpectrum,
  SPECTRUM_MEMORY_MB,
  SPECTRUM_RATE_CONTROL,
  type SpectrumSettings,
  WORKLOAD_SHAPES,
} from '~/explorables/spectrum.ts';
import { spectrumBars } from '~/explorables/spectrum-bars.ts';
import { renderTable } from './render.ts';
import { connect } from './sim-client.ts';

const RATE = SPECTRUM_RATE_CONTROL;

/** `<spectrum-explorer>`: runs `compareSpectrum` in the worker for the chosen settings. */
class SpectrumExplorerElement extends HTMLElement {
  #seq = 0;
  #busy = false;
  #pending = false;
  #run: () => void = () => {};

  connectedCallback(): void {
    const id = this.dataset.pg ?? 'spectrum';
    const client = connect(`spectrum:${id}`, (reply) => this.#onReply(reply));
    const input = <T extends HTMLElement>(name: string) => this.querySelector<T>(`[data-input="${name}"]`);
    const shape = input<HTMLSelectElement>('shape');
    const rate = input<HTMLInputElement>('rate');
    const servers = input<HTMLInputElement>('servers');
    const memory = input<HTMLSelectElement>('memory');
    if (!shape || !rate || !servers || !memory) return;
    const workMs = Number(this.dataset.work ?? 200);
    // The preset rate is used exactly until the learner moves the slider (positions are rounded values).
    let value = Number(this.dataset.rate ?? 5);
    rate.value = String(toSlider(RATE, value));
    const show = (name: string, text: string) => {
      const out = this.querySelector(`[data-output="${name}"]`);
      if (out) out.textContent = text;
    };
    rate.addEventListener('input', () => {
      value = fromSlider(RATE, Number(rate.value));
      show('rate', `${formatNumber(value)} req/s`);
      rate.setAttribute('aria-valuetext', `${formatNumber(value)} req/s`);
    });
    servers.addEventListener('input', () => show('servers', servers.value));
    this.#run = () => {
      if (this.#busy) {
        this.#pending = true;
        return;
      }
      this.#busy = true;
      // Performance marks for `npm run perf:spectrum`: control change → redrawn bars.
      performance.mark(`sx:${id}:change`);
      rate.setAttribute('aria-valuetext', `${formatNumber(value)} req/s`);
      this.#status('Computing a day on three kinds of compute…');
      const settings: SpectrumSettings = {
        shape: WORKLOAD_SHAPES.find((s) => s === shape.value) ?? 'steady',
        meanPerSecond: value,
        workMs,
        servers: Number(servers.value),
        memoryMb: SPECTRUM_MEMORY_MB.find((m) => String(m) === memory.value) ?? 128,
      };
      client.send({ type: 'spectrum', seq: ++this.#seq, side: 'a', settings });
    };
    for (const el of [shape, rate, servers, memory]) {
      el.addEventListener('change', () => this.#run());
      el.disabled = false;
    }
    this.#run();
  }

  #status(text: string, kind = 'info'): void {
    const s = this.querySelector<HTMLElement>('[data-status]');
    if (s) {
      s.textContent = text;
      s.dataset.kind = kind;
    }
  }

  #onReply(reply: SessionReply): void {
    this.#busy = false;
    if (this.#pending) {
      this.#pending = false;
      this.#run();
      return;
    }
    if (reply.type === 'error') {
      this.#status(`The comparison failed: ${reply.message}`, 'error');
      return;
    }
    if (reply.type !== 'spectrum') return;
    const requests = Math.round(reply.result.functions.requests).toLocaleString('en-US');
    const how =
      reply.result.method === 'fast'
        ? `Computed ${requests} requests from their rates (expected values)`
        : `Simulated ${requests} requests one by one`;
    this.#status(`${how} on each kind of compute in ${formatMs(reply.computeMs)}.`);
    this.dataset.method = reply.result.method;
    this.#render(reply.result);
    const id = this.dataset.pg ?? 'spectrum';
    requestAnimationFrame(() => {
      if (performance.getEntriesByName(`sx:${id}:change`).length > 0)
        performance.measure(`sx:${id}:redraw`, `sx:${id}:change`);
    });
  }

  #render(result: SpectrumResult): void {
    for (const b of spectrumBars(result)) {
      const row = this.querySelector(`[data-metric="${b.metric}"] [data-column="${b.column}"]`);
      const bar = row?.querySelector<HTMLElement>('.pg-cost-bar');
      if (bar) bar.style.width = `${b.widthPct}%`;
      const label = row?.querySelector<HTMLElement>('[data-value]');
      if (label) {
        label.textContent = b.text;
        label.dataset.raw = String(b.value);
      }
    }
    const alt = describeSpectrum(result);
    const sentence = this.querySelector('[data-sentence]');
    if (sentence) sentence.textContent = alt.sentence;
    this.querySelector('[data-table]')?.replaceChildren(renderTable(alt.table));
  }
}

if (!customElements.get('spectrum-explorer'))
  customElements.define('spectrum-explorer', SpectrumExplorerElement);
