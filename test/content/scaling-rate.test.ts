import { readFileSync } from 'node:fs';
import { LEGACY_RATE_PER_MS, PER_FUNCTION_BURST, PER_FUNCTION_RATE_PER_MS } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { collapse } from './prose/quote-helpers.ts';

/**
 * The scaling rules are numbers of the simulator (`src/sim/engine/limits.ts`); the playground's labels are
 * built from them, and the pages below state them in prose. Change a rule there and this test names each
 * page and the phrase it must now contain, in the page's own wording.
 */
const thousands = (n: number) => n.toLocaleString('en-US');
/** Environments one function may add per refill period, and that period in seconds (1,000 per 10 s). */
const burst = thousands(PER_FUNCTION_BURST);
const periodS = PER_FUNCTION_BURST / (PER_FUNCTION_RATE_PER_MS * 1000);
/** The legacy account refill, environments per minute (500). */
const legacyPerMinute = thousands(LEGACY_RATE_PER_MS * 60_000);

// Each page's wordings: "1,000 new execution environments every 10 seconds", "1,000 environments every 10
// seconds", "1,000 new environments per 10 s", "1,000 every 10 seconds"; "+500/min", "500 per minute".
const perFunction = new RegExp(
  `${burst}( new)?( execution)?( environments| concurrent executions)? (every|per) ${periodS} (seconds|s)\\b`,
);
const legacy = new RegExp(`(\\+${legacyPerMinute}/min|${legacyPerMinute} (per|a) minute)`);

const PAGES: [file: string, rules: ('per-function' | 'legacy')[]][] = [
  ['README.md', ['per-function', 'legacy']],
  ['content/lessons/03-scaling-and-throttling/index.mdx', ['per-function', 'legacy']],
  ['content/lessons/03-scaling-and-throttling/quiz.ts', ['per-function']],
  ['content/glossary.mdx', ['per-function']],
  ['content/what-changed.mdx', ['per-function', 'legacy']],
  ['src/sim/model/types.ts', ['legacy']],
];

describe('the scaling rules as the pages state them', () => {
  it.each(PAGES)('%s states the rules the simulator applies', (file, rules) => {
    const text = collapse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
    if (rules.includes('per-function'))
      expect(perFunction.test(text), `${file} should say "${burst} … every ${periodS} seconds"`).toBe(true);
    if (rules.includes('legacy'))
      expect(legacy.test(text), `${file} should say "${legacyPerMinute} per minute"`).toBe(true);
  });
});
