import { lessonFrontmatterSchema } from '../schemas/lesson-frontmatter.ts';
import type { ContentProblem } from './content-problem.ts';

/**
 * Fields a lesson's frontmatter may carry: Starlight's own (docs, "Frontmatter reference", read 2026-12-06,
 * https://starlight.astro.build/reference/frontmatter/) and the course's (`src/schemas/lesson-frontmatter.ts`).
 */
const STARLIGHT_FIELDS = [
  'title',
  'description',
  'slug',
  'editUrl',
  'head',
  'tableOfContents',
  'template',
  'hero',
  'banner',
  'lastUpdated',
  'prev',
  'next',
  'pagefind',
  'draft',
  'sidebar',
];
const COURSE_FIELDS = Object.keys(lessonFrontmatterSchema.shape);
const KNOWN = [...STARLIGHT_FIELDS, ...COURSE_FIELDS];

const HINTS: Record<string, string> = {
  title: 'title: Cold starts',
  order: 'order: 5 (the lesson’s position, the same number as its folder NN-)',
  minutes: 'minutes: 20 (a whole number of minutes)',
  objectives: 'objectives: a list of one-sentence strings, e.g. "- Predict when a request gets a cold start"',
};

/** Edit distance between two short names (for "did you mean"). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * Checks a lesson's frontmatter with the course's own messages: missing or invalid course fields and `title`,
 * and unknown fields (a misspelling is named with the field it probably meant).
 */
export function checkFrontmatter(file: string, data: unknown): ContentProblem[] {
  if (!data || typeof data !== 'object') {
    return [
      {
        file,
        message: 'has no frontmatter',
        fix: 'start the file with --- title, description, order, minutes, objectives ---',
      },
    ];
  }
  const fields = data as Record<string, unknown>;
  const problems: ContentProblem[] = [];
  if (typeof fields['title'] !== 'string' || !fields['title'].trim()) {
    problems.push({ file, where: 'title', message: 'is missing', fix: HINTS['title'] });
  }
  const result = lessonFrontmatterSchema.safeParse(fields);
  for (const issue of result.success ? [] : result.error.issues) {
    const field = issue.path.map(String).join('.');
    const top = String(issue.path[0] ?? '');
    const missing = !(top in fields);
    const got = missing ? '' : `, got ${JSON.stringify(fields[top])}`;
    problems.push({
      file,
      where: field,
      message: missing
        ? 'is missing'
        : `${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}${got}`,
      fix: HINTS[top],
    });
  }
  for (const key of Object.keys(fields).filter((k) => !KNOWN.includes(k))) {
    const near = KNOWN.find((known) => distance(key, known) <= 2);
    problems.push({
      file,
      where: key,
      message: 'is not a frontmatter field',
      fix: near ? `did you mean \`${near}\`?` : `the fields are: ${KNOWN.join(', ')}`,
    });
  }
  return problems;
}

/** The folder's number (`05-cold-starts` → 5) must equal `order`: the sidebar and the outline use both. */
export function checkOrder(file: string, folder: string, data: unknown): ContentProblem[] {
  const number = Number(/^(\d+)-/.exec(folder)?.[1]);
  const order = (data as { order?: unknown }).order;
  if (!Number.isInteger(number)) {
    return [
      {
        file,
        message: `lesson folder "${folder}" must be named NN-slug`,
        fix: 'rename it, e.g. 09-async-invocation',
      },
    ];
  }
  if (order === number) return [];
  return [
    {
      file,
      where: 'order',
      message: `is ${JSON.stringify(order)} but the folder is numbered ${number}`,
      fix: `make them agree: order: ${number}, or rename the folder`,
    },
  ];
}
