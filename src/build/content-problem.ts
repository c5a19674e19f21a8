/** One author mistake found by the content check: the file, the export or field, what is wrong, the fix. */
export interface ContentProblem {
  /** Path from the project root, e.g. `content/lessons/09-async/playground.ts`. */
  file: string;
  /** The export (`burstSync`, `default`) or frontmatter field (`minutes`) at fault, when there is one. */
  where?: string | undefined;
  /** What is wrong, e.g. `functions[0].memoryMb must be 128–10240, got 50`. */
  message: string;
  /** How to fix it, when the message does not say. */
  fix?: string | undefined;
}

/** One line per problem (plus its fix), for the terminal: `file: export: message`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems
    .map(
      (p) => `${p.file}: ${p.where ? `${p.where}: ` : ''}${p.message}${p.fix ? `\n    Fix: ${p.fix}` : ''}`,
    )
    .join('\n');
}

/** A short text of an exercise's answer for an error message: numbers and strings, nested objects elided. */
export function describeAnswer(answer: unknown): string {
  if (answer === null || typeof answer !== 'object') return JSON.stringify(answer) ?? String(answer);
  const fields = Object.entries(answer).map(([key, value]) => {
    if (value !== null && typeof value === 'object') return `${key}: {…}`;
    return `${key}: ${JSON.stringify(value)}`;
  });
  const text = `{ ${fields.join(', ')} }`;
  return text.length > 240 ? `${text.slice(0, 239)}…` : text;
}
