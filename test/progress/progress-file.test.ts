import { describe, expect, it } from 'vitest';
import { exportProgress, readProgressFile } from '~/progress/progress-file.ts';
import { EMPTY_PROGRESS } from '~/progress/progress-state.ts';
import { createProgressStore } from '~/progress/store.ts';

const state = {
  version: 1 as const,
  completed: ['01-compute-spectrum/quiz', '02-concurrency/size-it'],
  lastLesson: '02-concurrency',
};

describe('progress file', () => {
  it('round-trips progress through an exported file', () => {
    const text = exportProgress(state, new Date('2026-12-06T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({
      format: 'concurrency-lab-progress',
      exportedAt: '2026-12-06T00:00:00.000Z',
    });
    expect(readProgressFile(text)).toEqual({ ok: true, state });
  });

  it.each([
    ['not JSON', '{"format":', /not valid JSON/],
    ['a list', '[]', /not a JSON object/],
    [
      'another format',
      '{"format":"x","version":1,"completed":[]}',
      /"format" must be "concurrency-lab-progress", got "x"/,
    ],
    [
      'a newer version',
      '{"format":"concurrency-lab-progress","version":2,"completed":[]}',
      /"version" must be 1, got 2/,
    ],
    [
      'completed not a list',
      '{"format":"concurrency-lab-progress","version":1,"completed":"all"}',
      /"completed" must be a list/,
    ],
    [
      'a bad id',
      '{"format":"concurrency-lab-progress","version":1,"completed":["02-concurrency/quiz",3]}',
      /completed\[1\] must be an id.*got 3/,
    ],
    [
      'a bad last lesson',
      '{"format":"concurrency-lab-progress","version":1,"completed":[],"lastLesson":"<script>"}',
      /"lastLesson" must be/,
    ],
    ['a huge file', `{"pad":"${'x'.repeat(200_000)}"}`, /over the 100 KB/],
  ])('refuses %s with a clear error that says nothing changed', (_name, text, why) => {
    const read = readProgressFile(text);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error).toMatch(why);
      expect(read.error).toMatch(/Nothing was changed/);
    }
  });

  it('merges an import into the store without forgetting anything', () => {
    const store = createProgressStore(undefined, () => undefined);
    store.markComplete('03-scaling-and-throttling/quiz');
    const read = readProgressFile(exportProgress(state));
    if (!read.ok) throw new Error(read.error);
    store.merge(read.state);
    expect(store.state().completed).toEqual(['03-scaling-and-throttling/quiz', ...state.completed]);
    expect(store.state().lastLesson).toBe('02-concurrency');
    store.merge(EMPTY_PROGRESS);
    expect(store.state().lastLesson).toBe('02-concurrency');
  });
});
