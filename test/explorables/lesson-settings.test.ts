import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ControlKey } from '~/explorables/controls.ts';
import { reachable, renderedControl } from '~/explorables/slider.ts';
import { lessonPlaygrounds } from './lesson-playgrounds.ts';

/**
 * Every value a lesson tells the learner to set on a playground, with the words that say so. To add a row:
 * the lesson folder, the playground id, the control, the value in the prose's unit, that unit as the control
 * shows it, and a fragment of the sentence (the test checks the lesson still says it, so a reworded lesson
 * fails here until its row is updated).
 */
const SETTINGS: {
  lesson: string;
  id: string;
  control: ControlKey;
  value: number;
  unit: string;
  prose: string;
}[] = [
  {
    lesson: '02-concurrency',
    id: 'l2-rate-duration',
    control: 'ratePerSecond',
    value: 20,
    unit: 'req/s',
    prose: '20 requests per second',
  },
  {
    lesson: '02-concurrency',
    id: 'l2-rate-duration',
    control: 'durationMs',
    value: 500,
    unit: 'ms',
    prose: '500 ms',
  },
  {
    lesson: '03-scaling-and-throttling',
    id: 'l3-flash-sale',
    control: 'ratePerSecond',
    value: 3000,
    unit: 'req/s',
    prose: 'sets the sale',
  },
  {
    lesson: '03-scaling-and-throttling',
    id: 'l3-noisy-neighbour',
    control: 'reservedConcurrency',
    value: 100,
    unit: '',
    prose: 'reserves 100',
  },
  {
    lesson: '03-scaling-and-throttling',
    id: 'l3-noisy-neighbour',
    control: 'reservedConcurrency',
    value: 0,
    unit: '',
    prose: 'reservation of **0**',
  },
  {
    lesson: '04-environment-reuse',
    id: 'l4-waves',
    control: 'idleLifetimeSeconds',
    value: 780,
    unit: 's',
    prose: 'above 720 seconds',
  },
  {
    lesson: '05-cold-starts',
    id: 'l5-package',
    control: 'packageMb',
    value: 30,
    unit: 'MB',
    prose: 'up to the kitchen sink',
  },
  {
    lesson: '06-provisioned-concurrency',
    id: 'l6-provisioned',
    control: 'provisionedConcurrency',
    value: 40,
    unit: '',
    prose: '40 provisioned',
  },
  {
    lesson: '07-cost',
    id: 'l7-provisioned-cost',
    control: 'ratePerSecond',
    value: 35,
    unit: 'req/s',
    prose: 'Lower the rate to 35 requests per second',
  },
  {
    lesson: '07-cost',
    id: 'l7-provisioned-cost',
    control: 'provisionedConcurrency',
    value: 12,
    unit: '',
    prose: '12 provisioned',
  },
];

const playgrounds = await lessonPlaygrounds();

describe.each(SETTINGS.map((s) => [`${s.id} ${s.control} = ${s.value}`, s] as const))('%s', (_name, s) => {
  it('is asked for by the lesson, and the playground shows that control', () => {
    const mdx = readFileSync(
      join(import.meta.dirname, '../../content/lessons', s.lesson, 'index.mdx'),
      'utf8',
    );
    expect(mdx).toContain(s.prose);
    const p = playgrounds.find((x) => x.id === s.id);
    expect(p?.controls).toContain(s.control);
  });

  it('is reachable on the control, in the prose’s unit', () => {
    const p = playgrounds.find((x) => x.id === s.id);
    if (!p) throw new Error(`no playground ${s.id}`);
    // A control differing between the sides is shown once per side: either may be the one the prose means.
    const defs = [p.scenario, p.compare].flatMap((scenario) =>
      scenario ? [renderedControl(scenario, s.control).def] : [],
    );
    const ok = defs.some((def) => def.kind === 'range' && def.unit === s.unit && reachable(def, s.value));
    expect(ok, JSON.stringify(defs.map((d) => (d.kind === 'range' ? [d.min, d.max, d.unit] : d.kind)))).toBe(
      true,
    );
  });
});
