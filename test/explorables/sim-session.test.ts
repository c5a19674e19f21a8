import { createSimulation, type Scenario, simulate } from '@lab/sim';
import { describe, expect, it } from 'vitest';
import { withPlaygroundOutput } from '~/explorables/presets.ts';
import { type SessionReply, SimSession } from '~/explorables/sim-session.ts';
import { layoutTimeline } from '~/explorables/timeline-layout.ts';
import { packTimeline, unpackTimeline } from '~/explorables/timeline-pack.ts';

const base = {
  seed: 3,
  horizonSeconds: 120,
  functions: [
    {
      name: 'api',
      arrivals: { kind: 'poisson', ratePerSecond: 2 },
      durationMs: { kind: 'exponential', meanMs: 300 },
      idleLifetimeMs: { kind: 'fixed', valueMs: 30_000 },
    },
  ],
} satisfies Scenario;

function frame(reply: SessionReply) {
  if (reply.type !== 'frame') throw new Error(`expected a frame, got ${JSON.stringify(reply)}`);
  return reply;
}

describe('SimSession', () => {
  it('runs a preset to the end with series, and the timeline laid out when asked for lanes', () => {
    const s = new SimSession(() => 0);
    const f = frame(
      s.handle({ type: 'configure', seq: 1, side: 'a', base, values: {}, atMs: 'end', timelineLanes: 120 }),
    );
    expect(f.done).toBe(true);
    expect(f.nowMs).toBe(120_000);
    expect(f.result.series?.t.length).toBeGreaterThan(10);
    expect(f.result.spans).toBeUndefined();
    const sim = createSimulation(withPlaygroundOutput(base));
    sim.advanceTo(120_000);
    const spans = sim.result().spans ?? [];
    expect(spans.length).toBeGreaterThan(0);
    expect(unpackTimeline(f.timeline ?? packTimeline({ lanes: [], hidden: 0, nowMs: 0 }))).toEqual(
      layoutTimeline(spans, 120_000, 120),
    );
  });

  it('without a timeline it records no spans, and the numbers stay the same', () => {
    const s = new SimSession(() => 0);
    const f = frame(s.handle({ type: 'configure', seq: 1, side: 'a', base, values: {}, atMs: 'end' }));
    expect(f.timeline).toBeUndefined();
    expect(f.result.total).toEqual(simulate(withPlaygroundOutput(base)).total);
    expect(f.result.series).toEqual(simulate(withPlaygroundOutput(base)).series);
  });

  it('applies control values', () => {
    const s = new SimSession(() => 0);
    const slow = frame(s.handle({ type: 'configure', seq: 1, side: 'a', base, values: {}, atMs: 'end' }));
    const fast = frame(
      s.handle({ type: 'configure', seq: 2, side: 'a', base, values: { ratePerSecond: 20 }, atMs: 'end' }),
    );
    expect(fast.result.total.requests).toBeGreaterThan(slow.result.total.requests * 5);
  });

  it('seeking back replays to the same state as going forward', () => {
    const s = new SimSession(() => 0);
    s.handle({ type: 'configure', seq: 1, side: 'a', base, values: {}, atMs: 60_000 });
    const first = frame(s.handle({ type: 'seek', seq: 2, side: 'a', atMs: 30_000 }));
    s.handle({ type: 'seek', seq: 3, side: 'a', atMs: 'end' });
    const again = frame(s.handle({ type: 'seek', seq: 4, side: 'a', atMs: 30_000 }));
    expect(again.result.total).toEqual(first.result.total);
    expect(again.snapshot).toEqual(first.snapshot);
  });

  it('steps one event at a time, restarting after the end', () => {
    const s = new SimSession(() => 0);
    s.handle({ type: 'configure', seq: 1, side: 'a', base, values: {}, atMs: 'end' });
    const f = frame(s.handle({ type: 'step', seq: 2, side: 'a' }));
    expect(f.event?.kind).toBe('arrival');
    expect(f.nowMs).toBeLessThan(5_000);
    const g = frame(s.handle({ type: 'step', seq: 3, side: 'a' }));
    expect(g.nowMs).toBeGreaterThanOrEqual(f.nowMs);
  });

  it('reports an invalid setting as an error reply naming the field', () => {
    const s = new SimSession(() => 0);
    const reply = s.handle({
      type: 'configure',
      seq: 1,
      side: 'a',
      base,
      values: { memoryMb: 50 },
      atMs: 'end',
    });
    expect(reply.type).toBe('error');
    if (reply.type === 'error') expect(reply.message).toContain('memoryMb');
  });

  it('asks for "configure" before anything else', () => {
    const reply = new SimSession(() => 0).handle({ type: 'seek', seq: 1, side: 'b', atMs: 0 });
    expect(reply).toMatchObject({ type: 'error', message: expect.stringContaining('configure') });
  });
});
