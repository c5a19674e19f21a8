import type * as Monaco from 'monaco-editor/editor/editor.api';

/** Configuration of the solution diff of one sandbox. */
export interface SolutionDiffConfig {
  /** Element the diff editor fills (sized beforehand). */
  host: HTMLElement;
  /** Model path of the learner's editor (`file:///exercises/<id>.ts`): its live model is the left side. */
  learnerPath: string;
  /** The exercise's solution, the right side. */
  solution: string;
  /** 'vs' or 'vs-dark'. */
  theme: string;
}

/** Below this width (px of the diff editor) the two sides are shown inline, one above the other. */
export const SIDE_BY_SIDE_MIN_WIDTH = 560;

/**
 * A read-only Monaco diff of the learner's code against the solution. The left side is the learner's
 * own model, so the diff follows their edits as they type and nothing here can change their code.
 * Side by side when there is room, inline on narrow screens. Takes Monaco as a parameter; `dispose()`
 * removes the diff and the solution's model (the learner's model belongs to their editor).
 */
export function createSolutionDiff(
  config: SolutionDiffConfig,
  monaco: typeof Monaco,
): { dispose(): void; ready: Promise<void> } {
  const learner = monaco.editor.getModel(monaco.Uri.parse(config.learnerPath));
  if (!learner) throw new Error(`no editor model at ${config.learnerPath} to compare the solution with`);
  const solutionUri = monaco.Uri.parse(config.learnerPath.replace(/\.ts$/, '.solution.ts'));
  const solution =
    monaco.editor.getModel(solutionUri) ??
    monaco.editor.createModel(config.solution, 'typescript', solutionUri);
  for (const model of [solution, learner]) {
    model.updateOptions({
      bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false },
    });
  }
  config.host.replaceChildren();
  const diff = monaco.editor.createDiffEditor(config.host, {
    theme: config.theme,
    automaticLayout: true,
    readOnly: true,
    originalEditable: false,
    renderSideBySide: true,
    useInlineViewWhenSpaceIsLimited: true,
    renderSideBySideInlineBreakpoint: SIDE_BY_SIDE_MIN_WIDTH,
    diffWordWrap: 'on',
    wordWrap: 'on',
    enableSplitViewResizing: false,
    renderMarginRevertIcon: false,
    renderGutterMenu: false,
    renderOverviewRuler: false,
    // The light theme's coloured brackets (#319331) are 3.9:1 on white; plain brackets keep 4.5:1.
    bracketPairColorization: { enabled: false },
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 13,
    lineHeight: 19,
    lineNumbersMinChars: 3,
    fixedOverflowWidgets: true,
    scrollbar: { alwaysConsumeMouseWheel: false },
    originalAriaLabel: 'Your code (read-only here; edit it in the editor above)',
    modifiedAriaLabel: 'The solution (read-only)',
  });
  diff.setModel({ original: learner, modified: solution });
  // Monaco computes the diff asynchronously; disposing before then rejects inside Monaco ("no diff result
  // available"), so callers wait for `ready` before acting on the diff.
  const ready = new Promise<void>((resolve) => {
    const sub = diff.onDidUpdateDiff(() => {
      sub.dispose();
      resolve();
    });
  });
  return {
    ready,
    dispose() {
      diff.dispose();
      solution.dispose();
    },
  };
}
