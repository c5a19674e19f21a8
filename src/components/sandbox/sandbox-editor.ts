import type { EditStore } from '~/sandbox/persistence.ts';
import { saveNotice } from '~/sandbox/persistence.ts';
import { renderDiagnostics } from './diagnostics-view.ts';
import type { EditorHandle } from './editor-handle.ts';
import { loadMonaco, type MonacoModule, plainOnly } from './monaco-loader.ts';
import { whenNoRun } from './run-gate.ts';
import type { SolutionPanel } from './solution-panel.ts';
import { createTextareaEditor } from './textarea-editor.ts';

/** Which editor a sandbox shows: the static highlighted code, the plain textarea or Monaco. */
export type EditorKind = 'static' | 'plain' | 'monaco';

/** What a sandbox's editor is wired to. */
export interface SandboxEditorOptions {
  /** The `<lab-sandbox>` element: its `data-editor` says which editor is in, and focus is read inside it. */
  root: HTMLElement;
  /** Where the editor goes (the `[data-editor]` part). */
  host: HTMLElement;
  /** Where Monaco's type errors are listed (the `[data-diagnostics]` part). */
  diagnostics: HTMLElement;
  /** The exercise id (`NN-slug/name`): the Monaco model's path. */
  exerciseId: string;
  /** The sandbox's title, for the editor's accessible name. */
  title: string;
  /** The code the editor opens with (shared, saved or the starter). */
  code: string;
  /** The exercise's solution, shown as a diff once Monaco is in (null: none). */
  solution: string | null;
  /** The Solution panel, if the sandbox has one. */
  solutionPanel: SolutionPanel | undefined;
  /** Where edits are saved (250 ms after the last change). */
  edits: EditStore;
  /** Shows a status line (save problems, Monaco failing to load). */
  status: (text: string) => void;
  /** Runs the code (Ctrl/Cmd+Enter inside Monaco). */
  run: () => void;
}

/** How long after the last change the code is saved, ms. */
const SAVE_DELAY_MS = 250;

/**
 * The editor of one sandbox: the static highlighted code until the learner reaches for it, then the plain
 * textarea, then Monaco once it has loaded (never on touch phones). The learner's code carries over each
 * step, and every change is saved.
 */
export class SandboxEditor {
  readonly #options: SandboxEditorOptions;
  #editor: EditorHandle | undefined;
  #kind: EditorKind = 'static';
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #saveNotice: string | undefined;

  /** Wires the editor; nothing is mounted until `mountPlain` or `upgrade`. */
  constructor(options: SandboxEditorOptions) {
    this.#options = options;
  }

  /** The code as the learner sees it. */
  get code(): string {
    return this.#editor?.getValue() ?? this.#options.code;
  }

  /** Which editor is showing. */
  get kind(): EditorKind {
    return this.#kind;
  }

  /** Replaces the code as one undoable edit, mounting the plain editor if none is in yet. */
  replaceAll(code: string): void {
    this.#ensure().replaceAll(code);
  }

  /** Moves the cursor to a 1-based position and focuses the editor. */
  reveal(line: number, column: number): void {
    this.#ensure().reveal(line, column);
  }

  /** Replaces the static view with an editor: Monaco unless on a phone; the textarea meanwhile. */
  upgrade(focus = false): void {
    if (focus && this.#kind === 'static') this.mountPlain().focus();
    if (plainOnly() || this.#kind === 'monaco') return;
    void loadMonaco().then(
      (module) => this.#mountMonaco(module),
      () => this.#options.status('The code editor could not load; the plain editor works the same.'),
    );
  }

  /** Mounts the plain textarea editor (once) and returns the editor in place. */
  mountPlain(): EditorHandle {
    if (this.#editor) return this.#editor;
    const { host, title, root } = this.#options;
    this.#editor = createTextareaEditor(host, this.#options.code, `${title}: code`);
    this.#kind = 'plain';
    root.dataset.editor = 'plain';
    this.#editor.onChange(() => this.#scheduleSave());
    return this.#editor;
  }

  /** Removes the editor from the page (a save already scheduled still happens). */
  dispose(): void {
    this.#editor?.dispose();
  }

  async #mountMonaco({ monaco, createSandbox, createSolutionDiff, pageTheme }: MonacoModule): Promise<void> {
    const { root, host, diagnostics, exerciseId, title, solution, solutionPanel } = this.#options;
    // Creating the editor starts its TypeScript worker: not while a run is in flight.
    await whenNoRun();
    if (this.#kind === 'monaco' || !root.isConnected) return;
    const hadFocus = this.#editor !== undefined && root.contains(document.activeElement);
    const code = this.code;
    const path = `file:///exercises/${exerciseId}.ts`;
    this.#editor?.dispose();
    this.#editor = createSandbox(
      {
        host,
        code,
        path,
        label: `${title}: TypeScript editor`,
        onRun: () => this.#options.run(),
        onDiagnostics: (d) => renderDiagnostics(diagnostics, d, (l, c) => this.reveal(l, c)),
        theme: pageTheme(),
      },
      monaco,
    );
    this.#kind = 'monaco';
    root.dataset.editor = 'monaco';
    this.#editor.onChange(() => this.#scheduleSave());
    if (hadFocus) this.#editor.focus();
    if (solution !== null) {
      solutionPanel?.useDiff((diffHost) =>
        createSolutionDiff({ host: diffHost, learnerPath: path, solution, theme: pageTheme() }, monaco),
      );
    }
  }

  #ensure(): EditorHandle {
    return this.#editor ?? this.mountPlain();
  }

  #scheduleSave(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      const code = this.code;
      const notice = saveNotice(this.#options.edits.save(code), code.length);
      // Said once per kind of problem, not on every keystroke.
      if (notice && notice !== this.#saveNotice) this.#options.status(notice);
      this.#saveNotice = notice;
    }, SAVE_DELAY_MS);
  }
}
