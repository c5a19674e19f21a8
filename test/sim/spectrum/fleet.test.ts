import { describe, expect, it } from 'vitest';
import { Fleet } from '~/sim/spectrum/fleet.ts';

describe('Fleet (FCFS slot pool)', () => {
  it('serves in arrival order on the slot that frees first, queues, and drops past maxQueueMs', () => {
    const f = new Fleet();
    f.add(1, 0);
    for (let i = 0; i < 4; i++) f.offer(0, 10, 25);
    // Waits 0, 10, 20 ms; the fourth would wait 30 ms > 25 ms and is dropped.
    expect([f.served, f.queued, f.dropped]).toEqual([3, 2, 1]);
    expect([f.latency.min, f.latency.max, f.busyMs]).toEqual([10, 30, 30]);
  });

  it('adds and removes slots', () => {
    const f = new Fleet();
    f.add(3, 0);
    f.remove(2);
    expect(f.slots).toBe(1);
    f.remove(5);
    f.offer(0, 1, 1000);
    expect(f.dropped).toBe(1);
  });
});
