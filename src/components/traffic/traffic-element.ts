import type { TextAlternative } from '~/explorables/text-alternatives.ts';
import { sampleWeekCsv } from '~/traffic/sample-week.ts';
import type { WhatIf } from '~/traffic/traffic-scenario.ts';
import type { TrafficView } from '~/traffic/traffic-view.ts';
import { Chart } from '../playground/chart.ts';
import { renderTable } from '../playground/render.ts';
import type { TrafficReply, TrafficRequest } from './traffic.worker.ts';

/** `<your-traffic>`: reads a file locally, runs it in a worker under the what-if settings, draws the result. */
class YourTrafficElement extends HTMLElement {
  #seq = 0;
  #file: { text: string; bytes: number; name: string } | null = null;
  #worker: Worker | null = null;
  #chart: Chart | null = null;

  connectedCallback(): void {
    this.#worker = new Worker(new URL('./traffic.worker.ts', import.meta.url), {
      type: 'module',
      name: 'your-traffic',
    });
    this.#worker.addEventListener('message', (e: MessageEvent<TrafficReply>) => this.#onReply(e.data));
    const file = this.querySelector<HTMLInputElement>('[data-input="file"]');
    file?.addEventListener('change', async () => {
      const f = file.files?.[0];
      if (!f) return;
      // Refuse a huge file before reading it into memory.
      if (f.size > 50 * 1024 * 1024) {
        this.#status(`${f.name} is ${(f.size / 1048576).toFixed(0)} MB; at most 50 MB.`, 'error');
        return;
      }
      this.#file = { text: await f.text(), bytes: f.size, name: f.name };
      this.#run();
    });
    this.querySelector('[data-action="sample"]')?.addEventListener('click', () => {
      const text = sampleWeekCsv();
      this.#file = { text, bytes: text.length, name: 'the sample week' };
      this.#run();
    });
    for (const el of this.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>(
      '[data-input], [data-action]',
    )) {
      el.disabled = false;
      if (el.dataset.input && el.dataset.input !== 'file') el.addEventListener('change', () => this.#run());
    }
  }

  disconnectedCallback(): void {
    this.#worker?.terminate();
  }

  #value(name: string): string {
    return this.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-input="${name}"]`)?.value ?? '';
  }

  #whatIf(): WhatIf {
    const num = (name: string) => Number(this.#value(name));
    const reserved = this.#value('reservedConcurrency').trim();
    const provisioned = num('provisioned');
    return {
      memoryMb: num('memoryMb'),
      architecture: this.#value('architecture') === 'arm64' ? 'arm64' : 'x86_64',
      runtime: this.#value('runtime') as WhatIf['runtime'] & string,
      packageMb: num('packageMb'),
      idleMinutes: num('idleMinutes'),
      reservedConcurrency: reserved === '' ? null : Number(reserved),
      accountLimit: num('accountLimit'),
      scaling: this.#value('scaling') as NonNullable<WhatIf['scaling']>,
      provisionedByHour: provisioned > 0 ? [{ fromHour: 8, toHour: 20, count: provisioned }] : [],
    };
  }

  #run(): void {
    if (!this.#file || !this.#worker) return;
    const request: TrafficRequest = {
      seq: ++this.#seq,
      text: this.#file.text,
      bytes: this.#file.bytes,
      whatIf: this.#whatIf(),
    };
    this.#status(`Simulating ${this.#file.name}…`);
    const bar = this.querySelector<HTMLProgressElement>('[data-progress]');
    if (bar) [bar.hidden, bar.value] = [false, 0];
    this.#worker.postMessage(request);
  }

  #status(text: string, kind = 'info'): void {
    const s = this.querySelector<HTMLElement>('[data-status]');
    if (s) [s.textContent, s.dataset.kind] = [text, kind];
  }

  #onReply(reply: TrafficReply): void {
    if (reply.seq !== this.#seq) return;
    const bar = this.querySelector<HTMLProgressElement>('[data-progress]');
    if (reply.type === 'progress') {
      if (bar) bar.value = reply.done;
      this.#status(`Simulating ${this.#file?.name ?? 'the file'}… ${Math.round(reply.done * 100)}%`);
      return;
    }
    if (bar) bar.hidden = true;
    if (reply.type === 'error') {
      this.#status(`${this.#file?.name ?? 'The file'}: ${reply.message}`, 'error');
      return;
    }
    this.#status(`${this.#file?.name ?? 'The file'} simulated in ${(reply.computeMs / 1000).toFixed(1)} s.`);
    this.#render(reply.view);
  }

  #section(view: string, alt: TextAlternative | null): void {
    const fig = this.querySelector<HTMLElement>(`[data-view="${view}"]`);
    if (!fig) return;
    fig.hidden = alt === null;
    if (!alt) return;
    const sentence = fig.querySelector('[data-sentence]');
    if (sentence) sentence.textContent = alt.sentence;
    fig.querySelector('[data-table]')?.replaceChildren(renderTable(alt.table));
  }

  #render(view: TrafficView): void {
    const results = this.querySelector<HTMLElement>('[data-results]');
    if (results) results.hidden = false;
    const fit = this.querySelector('[data-fit]');
    if (fit) fit.textContent = `Handler duration: ${view.durationFit}.`;
    this.#section('summary', view.summary);
    this.#section('concurrency', view.concurrency);
    this.#section('checks', view.checks);
    const host = this.querySelector<HTMLElement>('[data-view="concurrency"] [data-chart]');
    if (!host) return;
    this.#chart ??= new Chart(host, 220);
    const start = view.t[0] ?? 0;
    const x = view.t.map((t) => (t - start) / 1000);
    const lines: Record<string, (number | null)[]> = { peak: view.peak, mean: view.mean };
    if (view.measuredPeak) lines.measured = view.measuredPeak;
    this.#chart.update(
      { x, lines },
      [
        { key: 'peak', label: 'Model peak', color: '--pg-c-concurrency', kind: 'step' },
        { key: 'mean', label: 'Model mean', color: '--pg-c-envs', dash: [6, 4] },
        {
          key: 'measured',
          label: 'File ConcurrentExecutions (dotted)',
          color: '--pg-c-account',
          dash: [2, 3],
        },
      ],
      {
        x: (s) => new Date(start + s * 1000).toISOString().slice(5, 13).replace('T', ' ') + 'h',
        xRange: [0, x.at(-1) ?? 1],
        yLabel: 'in flight',
      },
    );
  }
}

if (!customElements.get('your-traffic')) customElements.define('your-traffic', YourTrafficElement);
