import { simulate } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { summaryOf } from '~/explorables/chart-data.ts';
import { presetSummary } from '~/explorables/preset-summary.ts';
import { lessonPlaygrounds } from './lesson-playgrounds.ts';

describe('presetSummary', () => {
  it("prints lesson 2's burst as the simulator runs it: 1,000 environments at once, 1 spread out", async () => {
    const burst = (await lessonPlaygrounds()).find((p) => p.id === 'l2-burst');
    if (!burst?.compare) throw new Error('lesson 2 has no l2-burst playground with a comparison');
    const [a, b] = presetSummary([
      { label: '1,000 at once', scenario: burst.scenario },
      { label: 'Spread over 10 min', scenario: burst.compare },
    ]);
    const created = (rows: { path: string; value: string }[] | undefined) =>
      rows?.find((r) => r.path === 'environments.created')?.value;
    expect(a?.label).toBe('1,000 at once');
    expect(created(a?.rows)).toBe('1,000');
    expect(created(b?.rows)).toBe('1');
  });

  it('reads one function of a multi-function scenario when asked', async () => {
    const noisy = (await lessonPlaygrounds()).find((p) => p.claim?.fn);
    if (!noisy?.claim?.fn) throw new Error('no multi-function playground with claim.fn');
    const [side] = presetSummary([{ label: 'A', scenario: noisy.scenario }], noisy.claim.fn);
    const throttled = side?.rows.find((r) => r.path === 'throttled')?.raw;
    expect(throttled).toBe(summaryOf(simulate(noisy.scenario), noisy.claim.fn).throttled);
  });
});
