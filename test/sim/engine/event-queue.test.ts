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

  it('replaceTop leaves the same events as a pop and a push of the top payload', () => {
    const op = fc.record({ push: fc.boolean(), t: fc.double({ min: 0, max: 1e6, noNaN: true }) });
    fc.assert(
      // Distinct times: after a tie the two queues may hold the tied payloads in another order (allowed, see
      // replaceTop), so their tops, and what later steps move, would differ (fast-check found two events at
      // 4.4e-323).
      fc.property(fc.uniqueArray(op, { maxLength: 500, selector: (o) => o.t }), (ops) => {
        const a = new EventQueue(2);
        const b = new EventQueue(2);
        ops.forEach(({ push, t }, i) => {
          if (push || a.size === 0) {
            a.push(t, i);
            b.push(t, i);
            return;
          }
          // The payload taken from the top goes back with the new time in both queues.
          expect(b.topTime).toBe(a.topTime);
          const payload = a.pop();
          a.push(t, payload);
          b.replaceTop(t, b.topPayload);
        });
        // Times come out in order; the same (time, payload) pairs, ties in any order.
        const drain = (q: EventQueue) => {
          const out: [number, number][] = [];
          while (q.size > 0) out.push([q.topTime, q.pop()]);
          return out;
        };
        const [da, db] = [drain(a), drain(b)];
        expect(db.map(([t]) => t)).toEqual(da.map(([t]) => t));
        const byPair = (x: [number, number], y: [number, number]) => x[0] - y[0] || x[1] - y[1];
        expect(db.sort(byPair)).toEqual(da.sort(byPair));
      }),
      { numRuns: 200 },
    );
  });
});
