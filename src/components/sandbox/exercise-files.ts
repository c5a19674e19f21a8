/**
 * Build-time lookup of an exercise's files in its lesson folder. Every exercise file is bundled as raw
 * text into the build (never shipped as a module); the sandbox embeds the three it needs in its HTML.
 */
const starters = import.meta.glob<string>('/content/lessons/*/*.starter.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const solutions = import.meta.glob<string>('/content/lessons/*/*.solution.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const checks = import.meta.glob<string>('/content/lessons/*/*.check.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The sources of one exercise. */
export interface ExerciseFiles {
  /** `<lesson-folder>/<name>`, also the progress item id. */
  id: string;
  starter: string;
  solution?: string;
  check?: string;
}

/** An author mistake in a `<Sandbox>` (bad `exercise` prop, missing starter): fails the build with a hint. */
export class ExerciseNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExerciseNotFoundError';
  }
}

const ID = /^(\d\d-[a-z0-9-]+)\/([a-z0-9][a-z0-9-]*)$/;

/** Finds the starter (required), solution and check (optional) for `exercise="<folder>/<name>"`. */
export function exerciseFiles(exercise: string): ExerciseFiles {
  if (!ID.test(exercise)) {
    throw new ExerciseNotFoundError(
      `<Sandbox exercise="${exercise}">: expected "<lesson-folder>/<name>", e.g. "02-concurrency/size-it".`,
    );
  }
  const base = `/content/lessons/${exercise}`;
  const starter = starters[`${base}.starter.ts`];
  if (starter === undefined) {
    const folder = exercise.split('/')[0] ?? '';
    const known = Object.keys(starters)
      .filter((path) => path.startsWith(`/content/lessons/${folder}/`))
      .map((path) => path.slice(path.lastIndexOf('/') + 1).replace('.starter.ts', ''));
    throw new ExerciseNotFoundError(
      `<Sandbox exercise="${exercise}">: missing content/lessons/${exercise}.starter.ts. ` +
        `Create it (it must run and export a default answer)${known.length ? `, or use one of: ${known.join(', ')}` : ''}.`,
    );
  }
  const solution = solutions[`${base}.solution.ts`];
  const check = checks[`${base}.check.ts`];
  return {
    id: exercise,
    starter,
    ...(solution === undefined ? {} : { solution }),
    ...(check === undefined ? {} : { check }),
  };
}

/** Editor height in px for `code`: every line visible up to 28 lines, at Monaco's 20 px line height. */
export function editorHeight(code: string): number {
  const lines = code.split('\n').length;
  return Math.min(Math.max(lines, 8), 28) * 20 + 16;
}
