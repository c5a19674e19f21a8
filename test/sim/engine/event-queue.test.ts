import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from '~/sim/engine/event-queue.ts';

describe('EventQueue', () => {
  it('pops events in time order, whatever the push order, across growth', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { maxLength: 3000 }), (times) => {
        const q = new EventQueue(4);
        times.forEach((t, i) => {
          q.push(t, i);
        });
        const out: number[] = [];
        while (q.size > 0) {
          const t = q.topTime;
          const i = q.pop();
          expect(times[i]).toBe(t);
          out.push(t);
        }
        expect(out).toEqual([...times].sort((a, b) => a - b));
        expect(q.topTime).toBe(Number.POSITIVE_INFINITY);
      }),
      { numRuns: 50 },
    );
  });
});
