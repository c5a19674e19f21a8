/** What the sandbox element needs from an editor: Monaco, or the plain textarea that stands in for it. */
export interface EditorHandle {
  /** The code as the learner sees it. */
  getValue(): string;
  /** Replaces the code as one undoable edit (Ctrl/Cmd+Z brings the previous code back). */
  replaceAll(code: string): void;
  /** Moves the cursor to a 1-based position, scrolls it into view and focuses the editor. */
  reveal(line: number, column: number): void;
  focus(): void;
  /** Calls `listener` after every change; returns a function that unsubscribes. */
  onChange(listener: () => void): () => void;
  /** Removes the editor from the page. */
  dispose(): void;
}

/** A type error or warning from the editor's TypeScript service (Monaco only). */
export interface Diagnostic {
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}
