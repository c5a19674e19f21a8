/**
 * What the learner answered in each quiz, and their shuffle seed, kept in `localStorage` so that a reload
 * shows their answers and explanations again. Storage that is missing or throws is never an error: the
 * answers then last for the page only.
 */

/** The storage key: `{ seed, answers: { "<lesson>/quiz": { "<question>": [option, …] } } }`. */
export const QUIZ_MEMORY_KEY = 'concurrency-lab:quiz:v1';

/** Options tried per question index (authored option indices, in the order tried). */
export type QuizAnswers = Record<string, number[]>;

interface Memory {
  seed: string;
  answers: Record<string, QuizAnswers>;
}

let memory: Memory | undefined;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function parse(raw: string | null): Memory | undefined {
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { seed, answers } = value as Partial<Memory>;
    if (typeof seed !== 'string' || typeof answers !== 'object' || answers === null) return undefined;
    return { seed, answers };
  } catch {
    return undefined;
  }
}

function load(): Memory {
  if (memory) return memory;
  let stored: Memory | undefined;
  try {
    stored = parse(storage()?.getItem(QUIZ_MEMORY_KEY) ?? null);
  } catch {
    stored = undefined;
  }
  memory = stored ?? { seed: Math.random().toString(36).slice(2, 10), answers: {} };
  if (!stored) save();
  return memory;
}

function save(): void {
  try {
    storage()?.setItem(QUIZ_MEMORY_KEY, JSON.stringify(memory));
  } catch {
    // Full or blocked storage: the answers last for this page only.
  }
}

/** This learner's shuffle seed (random once, then stable across reloads). */
export function learnerSeed(): string {
  return load().seed;
}

/** The options this learner tried in a quiz, per question. */
export function answersOf(item: string): QuizAnswers {
  const saved = load().answers[item] ?? {};
  const clean: QuizAnswers = {};
  for (const [q, tried] of Object.entries(saved)) {
    if (Array.isArray(tried)) clean[q] = tried.filter((o): o is number => Number.isInteger(o) && o >= 0);
  }
  return clean;
}

/** Records that the learner checked `option` (its authored index) on question `question` of `item`. */
export function rememberAnswer(item: string, question: number, option: number): void {
  const m = load();
  const quiz = m.answers[item] ?? {};
  const tried = quiz[String(question)] ?? [];
  if (!tried.includes(option)) tried.push(option);
  quiz[String(question)] = tried;
  m.answers[item] = quiz;
  save();
}
