import { describe, expect, it } from 'vitest';
import { ContainerScaler, EVAL_MS } from '~/sim/spectrum/container-scaler.ts';
import { Fleet } from '~/sim/spectrum/fleet.ts';

const settings = { perTask: 2, minTasks: 1, maxTasks: 10, target: 0.5, delayMs: 120_000 };

describe('ContainerScaler', () => {
  it('scales out after the reaction delay, the next evaluation first', () => {
    const fleet = new Fleet();
    const s = new ContainerScaler(fleet, settings);
    expect([s.tasks, fleet.slots, s.due]).toEqual([1, 2, EVAL_MS]);
    s.windowWork = EVAL_MS * 2; // utilization 1 on 1 task: desired ceil(1 / 0.5) = 2
    s.advanceTo(EVAL_MS);
    expect([s.tasks, s.windowWork, s.due]).toEqual([1, 0, 2 * EVAL_MS]);
    s.advanceTo(2 * EVAL_MS); // idle period: desired 1, nothing to do; the landing is next
    expect([s.tasks, s.due]).toEqual([1, 180_000]);
    s.windowWork = 0.4 * EVAL_MS * 4; // the evaluation at 180 s (after the landing) keeps the 2 tasks
    s.advanceTo(180_000);
    expect([s.tasks, fleet.slots, s.due]).toEqual([2, 4, 240_000]);
    s.finish(600_000);
    expect(s.taskMs).toBe(180_000 + 2 * 420_000);
  });

  it('scales in at once, and lands a scale-out before an evaluation at the same instant', () => {
    const fleet = new Fleet();
    const s = new ContainerScaler(fleet, { ...settings, delayMs: EVAL_MS });
    s.windowWork = EVAL_MS * 8; // utilization 4: desired 8, landing at 120 s, with the next evaluation
    s.advanceTo(EVAL_MS);
    s.windowWork = EVAL_MS * 16 * 0.25; // a quarter of 8 tasks (seen only if the landing came first): 4
    s.advanceTo(2 * EVAL_MS);
    expect([s.tasks, fleet.slots]).toEqual([4, 8]);
    s.advanceTo(3 * EVAL_MS); // an idle period: back to the minimum at once
    expect([s.tasks, fleet.slots]).toEqual([1, 2]);
  });
});
