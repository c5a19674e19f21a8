import { describe, expect, it } from 'vitest';
import { notesSentence, scenarioNotes } from '~/explorables/scenario-notes.ts';
import { flashSale, flashSaleLegacy } from '../../content/lessons/03-scaling-and-throttling/playground.ts';

describe('scenarioNotes', () => {
  it('states a raised account limit that no control shows (lesson 3’s flash sale)', () => {
    expect(scenarioNotes(flashSale, ['ratePerSecond', 'scaling'])).toEqual([
      'account concurrency limit 10,000 (the default is 1,000)',
    ]);
  });

  it('states the legacy burst only when there is no scaling picker', () => {
    expect(scenarioNotes(flashSaleLegacy, [])).toContain('old scaling rule: 500 at once, then +500 a minute');
    expect(scenarioNotes(flashSaleLegacy, ['scaling'])).toHaveLength(1);
  });

  it('says nothing for a preset on the defaults', () => {
    expect(scenarioNotes({ functions: [] }, [])).toEqual([]);
    expect(notesSentence([{ label: 'A', notes: [] }])).toBeUndefined();
  });

  it('names the side when only one has a note', () => {
    expect(
      notesSentence([
        { label: 'A', notes: [] },
        { label: 'B', notes: ['account concurrency limit 3,000 (the default is 1,000)'] },
      ]),
    ).toBe('Also set in this scenario: B: account concurrency limit 3,000 (the default is 1,000).');
  });
});
