import { DEFAULT_ACCOUNT_CONCURRENCY, LEGACY_RATE_PER_MS, type Scenario } from '@lab/sim';
import type { ControlKey } from './controls.ts';

const thousands = (n: number) => n.toLocaleString('en-US');

/**
 * Settings of a preset that change the result but have no control, in words, so the widget never hides
 * them (TEACHING.md: "Hidden settings that change the result are stated"): an account limit other than the
 * default, the legacy rule's burst when the scaling rule has no picker.
 */
export function scenarioNotes(scenario: Scenario, controls: readonly ControlKey[]): string[] {
  const notes: string[] = [];
  const limit = scenario.account?.concurrencyLimit;
  if (limit !== undefined && limit !== DEFAULT_ACCOUNT_CONCURRENCY) {
    notes.push(
      `account concurrency limit ${thousands(limit)} (the default is ${thousands(DEFAULT_ACCOUNT_CONCURRENCY)})`,
    );
  }
  const burst = scenario.account?.legacyBurst;
  if (scenario.account?.scaling === 'legacy-burst' && burst !== undefined && !controls.includes('scaling')) {
    notes.push(
      `old scaling rule: ${thousands(burst)} at once, then +${thousands(LEGACY_RATE_PER_MS * 60_000)} a minute`,
    );
  }
  return notes;
}

/** The notes of one or two sides as one sentence, naming the side when only one has a note. */
export function notesSentence(
  sides: readonly { label: string; notes: readonly string[] }[],
): string | undefined {
  const all = sides.flatMap((s) => s.notes);
  if (all.length === 0) return undefined;
  const shared = sides.every((s) => s.notes.join('|') === sides[0]?.notes.join('|'));
  const parts = shared
    ? (sides[0]?.notes ?? [])
    : sides.filter((s) => s.notes.length > 0).map((s) => `${s.label}: ${s.notes.join('; ')}`);
  return `Also set in this scenario: ${parts.join('; ')}.`;
}
