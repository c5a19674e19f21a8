import type { Scenario } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { buildWalk, formatWalkClock } from '~/explorables/request-walk.ts';
import { fewClicks } from '../../content/lessons/02-concurrency/playground.ts';
import { reuseThenReclaim } from '../../content/lessons/04-environment-reuse/playground.ts';

describe('buildWalk', () => {
  it('lesson 2: five clicks at once need five environments; five spaced clicks share one, warm', () => {
    const steps = buildWalk(fewClicks);
    const arrivals = steps.filter((s) => s.kind === 'arrival');
    expect(arrivals.map((s) => s.outcome)).toEqual([
      'cold',
      'cold',
      'cold',
      'cold',
      'cold',
      'warm',
      'warm',
      'warm',
      'warm',
      'warm',
    ]);
    expect(new Set(arrivals.slice(0, 5).map((s) => s.envId)).size).toBe(5);
    expect(new Set(arrivals.slice(5).map((s) => s.envId)).size).toBe(1);
    expect(steps.at(-1)?.envs).toHaveLength(5);
    expect(arrivals[0]?.text).toBe(
      'Request 1 arrives; no environment is idle → new environment 1, cold start (INIT).',
    );
    expect(arrivals[5]?.text).toMatch(/^Request 6 arrives; environment \d is idle → warm start\.$/);
  });

  it('lesson 4: reuse within the idle lifetime, reclaim after it, then a cold start on a new environment', () => {
    const steps = buildWalk(reuseThenReclaim);
    const arrivals = steps.filter((s) => s.kind === 'arrival');
    expect(arrivals.map((s) => s.outcome)).toEqual(['cold', 'cold', 'cold', 'warm', 'cold']);
    const reclaims = steps.filter((s) => s.kind === 'reclaim');
    expect(reclaims).toHaveLength(3);
    expect(reclaims.every((s) => s.atMs < 720_000)).toBe(true);
    const last = arrivals.at(-1);
    expect(last?.envId).toBe(4);
    expect(last?.text).toBe(
      'Request 5 arrives; no environment is idle → new environment 4, cold start (INIT).',
    );
    expect(last?.envs.filter((e) => e.state === 'reclaimed').map((e) => e.id)).toEqual([1, 2, 3]);
    expect(reclaims[0]?.text).toMatch(/sat idle for 10 min → reclaimed\.$/);
    const done = steps.find((s) => s.kind === 'complete' && s.request === 4);
    expect(done?.text).toBe('Request 4 is done after 200 ms; environment 3 goes idle and waits.');
    expect(steps.find((s) => s.kind === 'complete')?.text).toMatch(/after 500 ms \(INIT included\)/);
  });

  it('the environments a step lists are that moment, not the end of the run', () => {
    const steps = buildWalk(reuseThenReclaim);
    expect(steps[0]?.envs).toEqual([{ id: 1, state: 'initializing', request: 1, served: 0 }]);
  });

  it('refuses a run too big to follow by eye, naming the limit', () => {
    const big: Scenario = {
      horizonSeconds: 10,
      functions: [
        { name: 'x', arrivals: { kind: 'burst', count: 100 }, durationMs: { kind: 'fixed', valueMs: 100 } },
      ],
    };
    expect(() => buildWalk(big)).toThrow(
      'a request walk must stay at human scale: at most 60 requests and 30 environments, got 100 and 100',
    );
  });

  it('formats the clock in tenths of a second', () => {
    expect(formatWalkClock(300)).toBe('0:00.3');
    expect(formatWalkClock(600_050)).toBe('10:00.0');
  });
});
