import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '@lab/sim';
import type { PlaygroundClaim } from '~/explorables/claim.ts';
import type { ControlKey } from '~/explorables/controls.ts';

const LESSONS = join(import.meta.dirname, '../../content/lessons');

/** One `<SimPlayground>` as a lesson writes it, with the preset objects its props name. */
export interface LessonPlayground {
  /** Lesson folder, e.g. `03-scaling-and-throttling`. */
  lesson: string;
  id: string;
  scenario: Scenario;
  compare?: Scenario;
  claim?: PlaygroundClaim;
  controls: ControlKey[];
}

const prop = (block: string, name: string) =>
  block.match(new RegExp(`\\b${name}=\\{([A-Za-z0-9_]+)\\}`))?.[1];

/**
 * Every `<SimPlayground>` in the lessons, read from the MDX source (the props naming exports of the lesson's
 * `playground.ts`, which is imported here).
 */
export async function lessonPlaygrounds(): Promise<LessonPlayground[]> {
  const found: LessonPlayground[] = [];
  for (const lesson of readdirSync(LESSONS).sort()) {
    const mdx = readFileSync(join(LESSONS, lesson, 'index.mdx'), 'utf8');
    const blocks = [...mdx.matchAll(/<SimPlayground\b([\s\S]*?)\/>/g)].map((m) => m[1] ?? '');
    if (blocks.length === 0) continue;
    const presets = (await import(join(LESSONS, lesson, 'playground.ts'))) as Record<string, unknown>;
    const named = <T>(block: string, name: string): T | undefined => {
      const key = prop(block, name);
      if (key === undefined) return undefined;
      if (!(key in presets)) throw new Error(`${lesson}: ${name}={${key}} is not exported by playground.ts`);
      return presets[key] as T;
    };
    for (const block of blocks) {
      const id = block.match(/\bid="([^"]+)"/)?.[1] ?? '';
      const scenario = named<Scenario>(block, 'scenario');
      if (!scenario) throw new Error(`${lesson}: <SimPlayground id="${id}"> has no scenario={…}`);
      const controls = [
        ...(block.match(/controls=\{\[([^\]]*)\]\}/)?.[1] ?? '').matchAll(/'([A-Za-z]+)'/g),
      ].map((m) => m[1] as ControlKey);
      const entry: LessonPlayground = { lesson, id, scenario, controls };
      const compare = named<Scenario>(block, 'compare');
      const claim = named<PlaygroundClaim>(block, 'claim');
      if (compare) entry.compare = compare;
      if (claim) entry.claim = claim;
      found.push(entry);
    }
  }
  return found;
}
