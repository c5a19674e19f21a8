import { describe, expect, it } from 'vitest';
import type { ControlDef } from '~/explorables/control-def.ts';
import { readControlInput, sideOf, sidesOf } from '~/explorables/control-input.ts';
import { CONTROLS } from '~/explorables/controls.ts';
import { fromSlider } from '~/explorables/slider.ts';

const byKind = (kind: ControlDef['kind']) => {
  const def = Object.values(CONTROLS).find((d) => d.kind === kind);
  if (!def) throw new Error(`no ${kind} control`);
  return def;
};

describe('readControlInput', () => {
  it('maps a slider position back to its value', () => {
    const def = byKind('range');
    if (def.kind !== 'range') throw new Error('not a range');
    expect(readControlInput(def, '3')).toBe(fromSlider(def, 3));
  });

  it('truncates an integer field and refuses one outside its range', () => {
    const def = byKind('integer');
    if (def.kind !== 'integer') throw new Error('not an integer');
    expect(readControlInput(def, `${def.min}.7`)).toBe(def.min);
    expect(readControlInput(def, String(def.max + 1))).toBeUndefined();
    expect(readControlInput(def, String(def.min - 1))).toBeUndefined();
    expect(readControlInput(def, 'abc')).toBeUndefined();
  });

  it('gives a select its value as it is', () => {
    expect(readControlInput(byKind('select'), 'custom')).toBe('custom');
  });
});

describe('sides of an input', () => {
  it.each([
    ['a', 'a', ['a']],
    ['b', 'b', ['b']],
    ['ab', 'a', ['a', 'b']],
    [undefined, 'a', ['a']],
  ] as const)('data-side %j belongs to %s and sets %j', (dataSide, side, sides) => {
    expect(sideOf(dataSide)).toBe(side);
    expect(sidesOf(dataSide)).toEqual(sides);
  });
});
