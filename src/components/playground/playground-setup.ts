import type { Scenario } from '@lab/sim';
import type { PlaygroundClaim } from '~/explorables/claim.ts';
import { comparesAsync } from '~/explorables/compare.ts';
import { CUSTOM } from '~/explorables/control-def.ts';
import { horizonOf } from '~/explorables/control-value.ts';
import {
  CONTROL_DEFAULTS,
  CONTROLS,
  type ControlKey,
  controlFor,
  isControlKey,
} from '~/explorables/controls.ts';
import { METRIC_PATHS } from '~/explorables/metric.ts';
import { checkPreset } from '~/explorables/presets.ts';
import { hasRandomness } from '~/explorables/randomness.ts';
import { notesSentence, scenarioNotes } from '~/explorables/scenario-notes.ts';
import { formatControlValue, renderedControl, toSlider } from '~/explorables/slider.ts';
import { VIEW_KEYS, type ViewKey } from './views.ts';

/** What a lesson passes to `<SimPlayground>` (see its Props for each field's meaning). */
export interface PlaygroundProps {
  id: string;
  scenario: Scenario;
  compare?: Scenario | undefined;
  controls: ControlKey[];
  views: ViewKey[];
  predict?: { question: string; metric: string; unit?: string; side?: 'a' | 'b' } | undefined;
  labels: [string, string];
  claim?: PlaygroundClaim | undefined;
}

/**
 * Checks a playground's props at build time (a mistake fails the build naming the playground and what is
 * wrong) and works out what the component renders: the validated presets, one input per control and side,
 * the function picker's names, the notes sentence and the config the browser reads back.
 */
export function setupPlayground(props: PlaygroundProps) {
  const { id, scenario, compare, controls: asked, views, predict, labels, claim } = props;
  if (!/^[a-z0-9][a-z0-9-]*$/i.test(id)) {
    throw new Error(
      `<SimPlayground id="${id}">: id must be letters, digits and dashes (it is used in the URL).`,
    );
  }
  // The seed control only where something is drawn at random (or a control can make it so).
  const randomnessPossible =
    hasRandomness(scenario) ||
    (compare !== undefined && hasRandomness(compare)) ||
    asked.some((c) => c === 'arrivalKind' || c === 'reusePolicy');
  const controls = asked.filter((c) => c !== 'seed' || randomnessPossible);
  const bad = [...controls.filter((c) => !isControlKey(c)), ...views.filter((v) => !VIEW_KEYS.includes(v))];
  if (bad.length) {
    throw new Error(
      `<SimPlayground id="${id}">: unknown control or view ${bad.map((b) => `"${b}"`).join(', ')}. ` +
        `Controls: ${Object.keys(CONTROLS).join(', ')}. Views: ${VIEW_KEYS.join(', ')}.`,
    );
  }
  if (predict && !METRIC_PATHS.includes(predict.metric)) {
    throw new Error(
      `<SimPlayground id="${id}">: predict.metric "${predict.metric}" is not a summary number. ` +
        'Try one of: coldStarts, throttled, environments.created, concurrency.max, concurrency.mean, costUsd.total.',
    );
  }
  if (predict?.side === 'b' && !compare) {
    throw new Error(`<SimPlayground id="${id}">: predict.side is 'b' but there is no \`compare\` scenario.`);
  }
  const checkA = checkPreset(id, scenario);
  if (!checkA.ok) throw new Error(`${checkA.message}\n(hint: fix the scenario passed as \`scenario\`)`);
  const checkB = compare ? checkPreset(`${id} (compare)`, compare) : undefined;
  if (checkB && !checkB.ok)
    throw new Error(`${checkB.message}\n(hint: fix the scenario passed as \`compare\`)`);

  const a = checkA.scenario;
  const b = checkB?.ok ? checkB.scenario : undefined;
  const shownViews = VIEW_KEYS.filter((v) => views.includes(v));
  const horizonMs = horizonOf(a) * 1000;

  // A control edits both sides when the two presets agree on it (value and meaning), and each side
  // separately when they differ (that difference is what the comparison is about).
  const same = (key: ControlKey) => {
    if (!b) return true;
    const [x, y] = [controlFor(a, key), controlFor(b, key)];
    return String(x.value) === String(y.value) && x.def.label === y.def.label;
  };
  const inputs = controls.flatMap((key) => {
    const targets = same(key)
      ? [{ side: 'ab', s: a, suffix: '' }]
      : [
          { side: 'a', s: a, suffix: ` — ${labels[0]}` },
          { side: 'b', s: b ?? a, suffix: ` — ${labels[1]}` },
        ];
    return targets.map(({ side, s, suffix }) => {
      const fitted = controlFor(s, key);
      const custom = fitted.value === CUSTOM;
      // A slider's range grows to fit the preset (the client reads the definition back from the config).
      const { def, value } = renderedControl(s, key);
      // A custom INIT puts the package slider at the default size it would use, and says so in words.
      const position =
        def.kind === 'range' ? toSlider(def, custom ? CONTROL_DEFAULTS.packageMb : Number(value)) : 0;
      const text = custom ? 'as in the lesson' : formatControlValue(def, value);
      const inputId = `pg-${id}-${key}-${side}`;
      return { key, def, side, suffix, value, fixed: fitted.fixed ?? false, position, inputId, text };
    });
  });
  const defs = Object.fromEntries(inputs.map((c) => [c.inputId, c.def]));
  // A scenario with several functions is shown one function at a time (or all together): the names every
  // side has.
  const presets = b ? [a, b] : [a];
  const names = presets.some((p) => p.functions.length > 1)
    ? a.functions
        .map((f) => f.name)
        .filter((name) => presets.every((p) => p.functions.some((f) => f.name === name)))
    : [];
  if (claim?.fn && !names.includes(claim.fn)) {
    throw new Error(
      `<SimPlayground id="${id}">: claim.fn "${claim.fn}" is not a function of every side (${names.join(', ') || 'only one function'}).`,
    );
  }
  const notes = notesSentence(
    presets.map((p, i) => ({ label: labels[i] ?? '', notes: scenarioNotes(p, controls) })),
  );
  const async = comparesAsync(presets, controls);
  const config = {
    id,
    a,
    b,
    controls,
    views: shownViews,
    predict,
    labels,
    horizonMs,
    defs,
    goals: claim?.matters ?? [],
    functions: names,
    fn: claim?.fn,
    async,
  };
  return { a, b, shownViews, horizonMs, inputs, names, notes, async, config };
}
