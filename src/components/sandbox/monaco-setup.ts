/**
 * Loads Monaco with TypeScript support only (no other languages), its two workers, and the simulation
 * core's real sources as `@lab/sim`, so completions, hovers and squiggles come from the core's own types
 * and doc comments. Imported lazily by the sandbox element; nothing here runs before that.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/editor/contrib/suggest/browser/suggestInlineCompletions';
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2';
import 'monaco-editor/editor/contrib/parameterHints/browser/parameterHints';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/comment/browser/comment';
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter';
import 'monaco-editor/editor/contrib/gotoError/browser/gotoError';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard';
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations';
// Ctrl+M (Ctrl+Shift+M on macOS) toggles Tab between indenting and moving focus: no keyboard trap.
import 'monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode';
// Monaco's TypeScript support (tsMode, loaded with the first TypeScript model) registers the rest of the
// editor's contributions, and some need services that only register themselves when imported. Standalone
// Monaco reads its services once, when the first editor is made, so editors made after that (the solution
// diff) fail with "depends on UNKNOWN service" unless those services are registered up front.
import 'monaco-editor/editor/common/services/treeViewsDndService';
import 'monaco-editor/editor/contrib/codelens/browser/codeLensCache';
import 'monaco-editor/editor/contrib/documentSymbols/browser/outlineModel';
import 'monaco-editor/editor/contrib/editorState/browser/keybindingCancellation';
import 'monaco-editor/editor/contrib/gotoSymbol/browser/symbolNavigation';
import 'monaco-editor/editor/contrib/inlayHints/browser/inlayHintsController';
import 'monaco-editor/editor/contrib/peekView/browser/peekView';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget';
import 'monaco-editor/languages/definitions/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker';
import { typescriptDefaults } from 'monaco-editor/languages/features/typescript/register';

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) =>
    label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker(),
};

/** Where the core's sources live in the editor's virtual file system. */
const SIM_ROOT = 'file:///node_modules/@lab/sim/';

// Every file behind the entry, in its folder: index.ts imports './engine/simulation.ts' and so on.
const simSources = import.meta.glob<string>('/src/sim/**/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

typescriptDefaults.setCompilerOptions({
  target: 99, // ESNext
  module: 99, // ESNext: top-level await and `export default` in learner code
  moduleResolution: 2, // Node: '@lab/sim' → node_modules/@lab/sim/index.ts
  strict: true,
  noEmit: true,
  allowImportingTsExtensions: true, // the core imports './rng.ts'
  allowNonTsExtensions: true,
  esModuleInterop: true,
  skipLibCheck: true,
});
typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
typescriptDefaults.setEagerModelSync(true);
typescriptDefaults.setExtraLibs(
  Object.entries(simSources).map(([path, content]) => ({
    content,
    filePath: `${SIM_ROOT}${path.slice('/src/sim/'.length)}`,
  })),
);

export { createSandbox } from './monaco-sandbox.ts';
export { createSolutionDiff } from './monaco-solution-diff.ts';
export { monaco };

// Monaco's dark theme draws comments #608B4E: 4.2:1 on its #1E1E1E background. #6A9955 is 5.0:1.
monaco.editor.defineTheme('lab-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '6A9955' }],
  colors: {},
});

/** Monaco's theme for the page's current Starlight theme (`data-theme` on the root element). */
export const pageTheme = (): string =>
  document.documentElement.dataset.theme === 'dark' ? 'lab-dark' : 'vs';

// Follow the learner's theme switch: Monaco themes are global, so one observer serves every editor.
new MutationObserver(() => monaco.editor.setTheme(pageTheme())).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ['data-theme'],
});
