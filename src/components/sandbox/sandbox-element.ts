import workerUrl from 'virtual:lab-sandbox-runtime';
import { isComplete, markComplete, progress, subscribe } from '~/progress/store.ts';
import { SandboxHost } from '~/sandbox/host.ts';
import { browserStorage, EditStore } from '~/sandbox/persistence.ts';
import type { RunEnd } from '~/sandbox/run-outcome.ts';
import { readShared, shareUrl } from '~/sandbox/share-codec.ts';
import { MONACO_DWELL_MS, whenLingered } from './monaco-loader.ts';
import { OutputView, renderChecks } from './output-view.ts';
import { runStarted } from './run-gate.ts';
import { runStatus } from './run-status.ts';
import { SandboxEditor } from './sandbox-editor.ts';
import { SolutionPanel } from './solution-panel.ts';
import { whenEngaged } from './when-engaged.ts';

interface Files {
  starter: string;
  check: string | null;
  solution: string | null;
}

/** What a connected sandbox is wired to. */
interface Wired {
  files: Files;
  editor: SandboxEditor;
  output: OutputView;
}

/**
 * `<lab-sandbox>`: wires the static markup of Sandbox.astro to the editor (textarea now, Monaco when it
 * has loaded), the isolated runtime (SandboxHost), persistence, sharing, checks and progress.
 */
class LabSandbox extends HTMLElement {
  #wired: Wired | undefined;
  #id = '';
  #host: SandboxHost | undefined;
  #stop: (() => void) | undefined;
  #solution: SolutionPanel | undefined;
  #cleanup: (() => void)[] = [];

  get #files(): Files {
    return this.#connected.files;
  }

  get #editor(): SandboxEditor {
    return this.#connected.editor;
  }

  get #output(): OutputView {
    return this.#connected.output;
  }

  get #connected(): Wired {
    if (!this.#wired) throw new Error('<lab-sandbox> is used before it was connected to the page');
    return this.#wired;
  }

  connectedCallback(): void {
    if (this.#id) return;
    const data = this.querySelector<HTMLScriptElement>('script[data-files]');
    const files = JSON.parse(data?.textContent ?? '{}') as Files;
    this.#id = this.dataset.exercise ?? '';
    const solutionPanel = this.querySelector<HTMLElement>('[data-solution]');
    if (solutionPanel) {
      this.#solution = new SolutionPanel(solutionPanel, this.querySelector('[data-action="solution"]'));
    }
    const edits = new EditStore(this.#id, files.starter, browserStorage());
    const shared = readShared(location.hash);
    const code = shared?.exerciseId === this.#id ? shared.code : (edits.load() ?? files.starter);
    this.#wired = {
      files,
      editor: new SandboxEditor({
        root: this,
        host: this.#part('editor'),
        diagnostics: this.#part('diagnostics'),
        exerciseId: this.#id,
        title: this.querySelector('.sb-title')?.textContent ?? 'Sandbox',
        code,
        solution: files.solution,
        solutionPanel: this.#solution,
        edits,
        status: (text) => this.#setStatus(text),
        run: () => this.run(),
      }),
      output: new OutputView(this.#part('output'), (line, column) => this.#editor.reveal(line, column)),
    };
    if (code !== files.starter) this.#editor.mountPlain();
    if (shared?.exerciseId === this.#id) {
      this.#setStatus(
        'Loaded the shared code. Your own saved edits come back if you reload without the link.',
      );
      requestAnimationFrame(() => this.scrollIntoView({ block: 'start' }));
    }

    this.addEventListener('click', (event) => this.#onClick(event));
    this.addEventListener('keydown', (event) => {
      if (event.defaultPrevented || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      this.run(event);
    });
    const staticView = this.querySelector<HTMLElement>('[data-static]');
    staticView?.addEventListener('focusin', () => this.#editor.upgrade(), { once: true });
    staticView?.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        this.#editor.upgrade(true);
      }
    });
    staticView?.addEventListener('pointerdown', () => this.#editor.upgrade(true), { once: true });

    // The runtime (iframe, spare workers warming up) starts once the learner engages with the page (or the
    // sandbox is on screen), at idle: reaching the sandbox takes longer than starting it. Monaco loads on
    // interaction, or at idle once the sandbox has been on screen a moment; check spares then prepare the
    // checks (seconds of simulation for some lessons: not while a Run clicked at once still runs).
    this.#cleanup.push(
      whenEngaged(
        this,
        () =>
          void this.#runtime()
            .warm()
            .catch(() => undefined),
      ),
    );
    this.#cleanup.push(
      whenLingered(this, MONACO_DWELL_MS, () => {
        this.#editor.upgrade();
        if (files.check) this.#runtime().prime({ checkSource: files.check, starterSource: files.starter });
      }),
    );

    const badge = this.querySelector<HTMLElement>('[data-badge]');
    const syncBadge = () => {
      if (badge) badge.hidden = !isComplete(this.#id);
    };
    syncBadge();
    this.#cleanup.push(subscribe(syncBadge));
    this.dataset.ready = 'true';
  }

  disconnectedCallback(): void {
    for (const fn of this.#cleanup) fn();
    this.#host?.dispose();
    this.#solution?.dispose();
    this.#wired?.editor.dispose();
  }

  /** The code that Run would run. */
  get code(): string {
    return this.#editor.code;
  }

  /** Replaces the code as one undoable edit (for scripts and tests driving the sandbox). */
  set code(code: string) {
    this.#editor.replaceAll(code);
  }

  /** Which editor is showing: the static highlighted code, the plain textarea or Monaco. */
  get editorKind(): string {
    return this.#editor.kind;
  }

  /**
   * Runs the current code (Run button, Ctrl/Cmd+Enter). `trigger` is the input event: the learner's wait is
   * timed from when it happened, even if the page was busy before it could handle it.
   */
  run(trigger?: Event): void {
    this.#stop?.();
    const status = runStatus(trigger?.timeStamp ?? performance.now());
    const gate = runStarted();
    const markFirst = () => {
      if (!status.firstOutput()) return;
      performance.measure('sandbox:first-output', { start: status.clickedAt });
      this.dataset.firstOutputMs = String(Math.round(performance.now() - status.clickedAt));
    };
    this.#output.clear();
    const checks = this.#part('checks');
    checks.classList.add('sb-stale');
    this.#setRunning(true);
    const handle = this.#runtime().run(this.code, this.#files.check ?? undefined, {
      phase: (phase) => this.#setStatus(status.phase(phase)),
      output: (entries) => {
        markFirst();
        this.#output.append(entries);
      },
      answer: (answer, results) => {
        markFirst();
        if (answer) this.#output.answer(answer, results);
      },
      checks: this.#files.check
        ? (outcomes) => {
            status.checked();
            checks.classList.remove('sb-stale');
            if (renderChecks(checks, outcomes)) {
              markComplete(this.#id);
              const problem = progress().saveProblem;
              if (problem)
                checks.append(
                  Object.assign(document.createElement('p'), {
                    className: 'sb-check sb-fail',
                    textContent: problem,
                  }),
                );
            }
          }
        : undefined,
      end: (end) => {
        markFirst();
        this.#stop = undefined;
        this.#setRunning(false);
        this.#ended(end, status.summary(end));
        this.#output.afterRendered(gate);
      },
    });
    this.#stop = handle.stop;
  }

  #ended(end: RunEnd, summary: string): void {
    if (end.kind === 'finished') {
      this.#output.status(summary, end.failed ? 'error' : 'info');
      this.#setStatus(summary);
    } else {
      this.#output.status(end.message, end.kind === 'stopped' ? 'warn' : 'error');
      this.#setStatus(end.message);
    }
    this.dataset.runs = String(Number(this.dataset.runs ?? 0) + 1);
  }

  #runtime(): SandboxHost {
    this.#host ??= new SandboxHost({
      workerUrl,
      container: this,
      timeoutMs: Number(this.dataset.timeout) || 5000,
    });
    return this.#host;
  }

  #onClick(event: Event): void {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
    if (!button || !this.contains(button)) return;
    switch (button.dataset.action) {
      case 'run':
        this.run(event);
        return;
      case 'stop':
        this.#stop?.();
        return;
      case 'reset':
        this.#editor.replaceAll(this.#files.starter);
        this.#setStatus('Back to the starter. Undo (Ctrl/Cmd+Z) brings your code back.');
        return;
      case 'solution':
        this.#solution?.toggle();
        return;
      case 'use-solution':
        // Close the diff first: its left side is the learner's model, about to be replaced.
        this.#solution?.close();
        if (this.#files.solution) this.#editor.replaceAll(this.#files.solution);
        this.#setStatus('Solution in the editor. Undo (Ctrl/Cmd+Z) brings your code back.');
        return;
      case 'share':
        void this.#share();
        return;
    }
  }

  async #share(): Promise<void> {
    const url = shareUrl(location.href, { exerciseId: this.#id, code: this.code });
    try {
      await navigator.clipboard.writeText(url);
      this.#setStatus('Link copied: it opens this sandbox with your code.');
    } catch {
      this.#setStatus('Copy this link to share your code:');
      const field = document.createElement('input');
      field.className = 'sb-share-field';
      field.readOnly = true;
      field.value = url;
      field.setAttribute('aria-label', 'Share link');
      this.#part('status').append(' ', field);
      field.select();
    }
    this.dataset.shareUrl = url;
  }

  #setRunning(running: boolean): void {
    const stop = this.querySelector<HTMLButtonElement>('[data-action="stop"]');
    if (stop) stop.disabled = !running;
    this.toggleAttribute('data-running', running);
  }

  #setStatus(text: string): void {
    this.#part('status').textContent = text;
  }

  #part(name: string): HTMLElement {
    const found = this.querySelector<HTMLElement>(`[data-${name}]`);
    if (!found) throw new Error(`<lab-sandbox> is missing its [data-${name}] part`);
    return found;
  }
}

if (!customElements.get('lab-sandbox')) customElements.define('lab-sandbox', LabSandbox);
