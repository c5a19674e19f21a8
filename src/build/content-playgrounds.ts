import type { ContentProblem } from './content-problem.ts';

const TAG = /<SimPlayground\b([\s\S]*?)\/>/g;
const PRESET_PROPS = ['scenario', 'compare', 'claim'] as const;

/** The export a `name={identifier}` prop names, or undefined when the prop is absent or not a plain name. */
const propName = (block: string, name: string) =>
  new RegExp(`\\b${name}=\\{\\s*([A-Za-z_$][\\w$]*)\\s*\\}`).exec(block)?.[1];

/** The parts of a `PlaygroundClaim` a page needs, checked without the explorables' code (build time). */
function claimShapeProblem(claim: unknown): string | undefined {
  if (!claim || typeof claim !== 'object') return 'is not an object';
  const c = claim as Record<string, unknown>;
  if (typeof c['sentence'] !== 'string' || c['sentence'].trim() === '') return 'has no `sentence`';
  if (!Array.isArray(c['matters'])) return 'has no `matters` list (use [] when no number gets a verdict)';
  if (!Array.isArray(c['shows']) || c['shows'].length === 0)
    return 'has no `shows` checks (the numbers the widget must show for the sentence to hold)';
  return undefined;
}

/**
 * Checks every `<SimPlayground>` a lesson page writes against its folder's `playground.ts` exports: the
 * presets its props name exist, and it names a claim (TEACHING.md: every widget says one thing), so a typo or
 * a forgotten claim names the page, the playground and the fix instead of failing deep in a test.
 */
export function checkPlaygroundTags(
  file: string,
  mdx: string,
  presets: Readonly<Record<string, unknown>>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [, block = ''] of mdx.matchAll(TAG)) {
    const where = `<SimPlayground id="${/\bid="([^"]*)"/.exec(block)?.[1] ?? '?'}">`;
    for (const prop of PRESET_PROPS) {
      const name = propName(block, prop);
      if (name !== undefined && !(name in presets)) {
        problems.push({
          file,
          where,
          message: `${prop}={${name}} is not exported by playground.ts`,
          fix: `export const ${name} = { … } from playground.ts, or correct the name (exports: ${Object.keys(presets).join(', ') || 'none'})`,
        });
      }
    }
    const claim = propName(block, 'claim');
    if (claim === undefined) {
      problems.push({
        file,
        where,
        message: 'has no claim (the one sentence it exists to show)',
        fix: 'export `const myClaim = { sentence, matters, shows } satisfies PlaygroundClaim` from playground.ts and pass claim={myClaim} (AUTHORING.md, "playground.ts")',
      });
    } else if (claim in presets) {
      const problem = claimShapeProblem(presets[claim]);
      if (problem) problems.push({ file, where, message: `claim={${claim}} ${problem}` });
    }
  }
  return problems;
}
