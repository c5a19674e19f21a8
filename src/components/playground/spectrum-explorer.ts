import type { SpectrumResult } from '@lab/sim';
import type { RangeControl } from '~/explorables/controls.ts';
import { formatMs, formatPercent, formatUsd } from '~/explorables/format.ts';
import type { SessionReply } from '~/explorables/sim-session.ts';
import { fromSlider, toSlider } from '~/explorables/slider.ts';
import {
  describeSpectrum,
  SPECTRUM_COLUMNS,
  WORKLOAD_SHAPES,
  type WorkloadShape,
} from '~/explorables/spectrum.ts';
import { renderTable } from './render.ts';
import { connect } from './sim-client.ts';

const RATE: RangeControl = {
  key: 'ratePerSecond',
  kind: 'range',
  label: 'Mean request rate (req/s)',
  help: '',
  min: 0.5,
  max: 20,
  step: 0.1,
  scale: 'log',
  unit: 'req/s',
};

/** `<spectrum-explorer>`: runs `compareSpectrum` in the worker for the chosen shape and rate. */
class SpectrumExplorerElement extends HTMLElement {
  #seq = 0;
  #busy = false;
  #pending = false;

  connectedCallback(): void {
    const id = this.dataset.pg ?? 'spectrum';
    const client = connect(`spectrum:${id}`, (reply) => this.#onReply(reply));
    const shape = this.querySelector<HTMLSelectElement>('[data-input="shape"]');
    const rate = this.querySelector<HTMLInputElement>('[data-input="rate"]');
    if (!shape || !rate) return;
    // The preset rate is used exactly until the learner moves the slider (positions are rounded values).
    let value = Number(this.dataset.rate ?? 5);
    rate.value = String(toSlider(RATE, value));
    rate.addEventListener('input', () => {
      value = fromSlider(RATE, Number(rate.value));
    });
    const run = () => {
      if (this.#busy) {
        this.#pending = true;
        return;
      }
      this.#busy = true;
      const text = `${value} req/s`;
      rate.setAttribute('aria-valuetext', text);
      const out = this.querySelector('output');
      if (out) out.textContent = text;
      this.#status('Simulating a day on three kinds of compute…');
      const chosen = WORKLOAD_SHAPES.find((s) => s === shape.value) ?? 'steady';
      client.send({
        type: 'spectrum',
        seq: ++this.#seq,
        side: 'a',
        shape: chosen as WorkloadShape,
        meanPerSecond: value,
      });
    };
    shape.addEventListener('change', run);
    rate.addEventListener('change', run);
    rate.addEventListener('input', () => {
      const out = this.querySelector('output');
      if (out) out.textContent = `${fromSlider(RATE, Number(rate.value))} req/s`;
    });
    shape.disabled = false;
    rate.disabled = false;
    run();
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
      this.querySelector<HTMLSelectElement>('[data-input="shape"]')?.dispatchEvent(new Event('change'));
      return;
    }
    if (reply.type === 'error') {
      this.#status(`The comparison failed: ${reply.message}`, 'error');
      return;
    }
    if (reply.type !== 'spectrum') return;
    const requests = reply.result.functions.requests;
    this.#status(
      `Simulated ${requests.toLocaleString('en-US')} requests on each kind of compute in ${formatMs(reply.computeMs)}.`,
    );
    this.#render(reply.result);
  }

  #render(result: SpectrumResult): void {
    type Column = (typeof SPECTRUM_COLUMNS)[number]['key'];
    const metrics: {
      key: string;
      get: (c: Column) => number;
      format: (v: number) => string;
      share?: true;
    }[] = [
      { key: 'cost', get: (c) => result[c].costUsd, format: formatUsd },
      { key: 'utilization', get: (c) => result[c].utilization, format: (v) => formatPercent(v), share: true },
      { key: 'p99', get: (c) => result[c].latencyMs.p99, format: formatMs },
    ];
    for (const m of metrics) {
      const max = Math.max(...SPECTRUM_COLUMNS.map((c) => m.get(c.key)), 1e-12);
      for (const c of SPECTRUM_COLUMNS) {
        const row = this.querySelector(`[data-metric="${m.key}"] [data-column="${c.key}"]`);
        const v = m.get(c.key);
        const bar = row?.querySelector<HTMLElement>('.pg-cost-bar');
        // Utilization is a share (0–100%); the other bars are relative to the largest of the three.
        if (bar) bar.style.width = `${(m.share ? v : v / max) * 100}%`;
        const label = row?.querySelector('[data-value]');
        if (label) label.textContent = m.format(v);
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
