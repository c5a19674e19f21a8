import type * as Monaco from 'monaco-editor/editor/editor.api';
import type { Diagnostic, EditorHandle } from './editor-handle.ts';

/** Configuration of one Monaco editor in a sandbox. */
export interface MonacoSandboxConfig {
  /** Element the editor fills (its size is fixed beforehand, so swapping in Monaco does not move the page). */
  host: HTMLElement;
  /** Initial code. */
  code: string;
  /** Model path, unique per sandbox: `file:///exercises/<id>.ts`. */
  path: string;
  /** Accessible name of the editor. */
  label: string;
  /** Ctrl/Cmd+Enter. */
  onRun(): void;
  /** TypeScript diagnostics for the code, whenever they change. */
  onDiagnostics(diagnostics: Diagnostic[]): void;
  /** 'vs' or 'vs-dark'. */
  theme: string;
}

/**
 * A Monaco editor over a TypeScript model; takes Monaco as a parameter (loaded lazily by the caller)
 * and returns a handle whose `dispose()` removes the editor and its model.
 */
export function createSandbox(config: MonacoSandboxConfig, monaco: typeof Monaco): EditorHandle {
  const uri = monaco.Uri.parse(config.path);
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(config.code, 'typescript', uri);
  model.setValue(config.code);
  // The light theme's coloured brackets (#319331) are 3.9:1 on white: plain brackets keep 4.5:1. A model
  // made before the editor keeps its own setting, so it is switched off on the model too.
  model.updateOptions({
    bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false },
  });
  config.host.replaceChildren();
  const editor = monaco.editor.create(config.host, {
    model,
    theme: config.theme,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 14,
    lineHeight: 20,
    tabSize: 2,
    padding: { top: 8, bottom: 8 },
    ariaLabel: config.label,
    fixedOverflowWidgets: true,
    renderLineHighlightOnlyWhenFocus: true,
    // The light theme's coloured brackets (#319331) are 3.9:1 on white; plain brackets keep 4.5:1.
    bracketPairColorization: { enabled: false },
    scrollbar: { alwaysConsumeMouseWheel: false },
  });
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => config.onRun());
  const markers = monaco.editor.onDidChangeMarkers((uris) => {
    if (!uris.some((u) => u.toString() === uri.toString())) return;
    config.onDiagnostics(
      monaco.editor
        .getModelMarkers({ resource: uri })
        .filter((m) => m.severity >= monaco.MarkerSeverity.Warning)
        .map((m) => ({
          line: m.startLineNumber,
          column: m.startColumn,
          message: m.message,
          severity: m.severity === monaco.MarkerSeverity.Error ? 'error' : 'warning',
        })),
    );
  });
  return {
    getValue: () => model.getValue(),
    replaceAll(code) {
      // pushEditOperations puts the replacement on the undo stack: Ctrl/Cmd+Z restores the learner's code.
      model.pushStackElement();
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: code }], () => null);
      model.pushStackElement();
    },
    reveal(line, column) {
      editor.setPosition({ lineNumber: line, column });
      editor.revealLineInCenterIfOutsideViewport(line);
      editor.focus();
    },
    focus: () => editor.focus(),
    onChange(listener) {
      const subscription = model.onDidChangeContent(listener);
      return () => subscription.dispose();
    },
    dispose() {
      markers.dispose();
      editor.dispose();
      model.dispose();
    },
  };
}
