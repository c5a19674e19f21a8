import { describe, expect, it } from 'vitest';
import { collapse, pageText } from './prose/quote-helpers.ts';
import { rows1to4 } from './prose/rows-1-4.ts';
import { rows5to6 } from './prose/rows-5-6.ts';
import { rows7toEnd } from './prose/rows-7-8.ts';
import { rowsExtra } from './prose/rows-extra.ts';

/**
 * Every number a page quotes from the simulator. Each row re-runs the page's preset, writes the phrase with
 * the numbers the simulator gives now, and checks the page contains it (whitespace-insensitive). No expected
 * number is written here: if the engine or a preset changes, the failure shows the phrase to put in the page.
 */
const rows = [...rows1to4, ...rows5to6, ...rows7toEnd, ...rowsExtra];

describe('numbers the pages quote from the simulator', () => {
  it.each(rows.map((r) => [r.page, r.label, r] as const))(
    '%s: %s',
    (page, _label, row) => {
      const quote = collapse(row.quote());
      // Only the phrase in the message (not the whole page), so a failure says exactly what to write.
      expect(pageText(page).includes(quote), `${page} should contain: ${quote}`).toBe(true);
      // A row may run a whole simulated day (seconds on a busy machine); speed is not what this test checks.
    },
    60_000,
  );
});
