import type { SimEvent } from '@lab/sim';
import { formatClock, formatNumber } from './format.ts';

const KIND_TEXT: Record<SimEvent['kind'], (envId: number) => string> = {
  arrival: () => 'a request arrived',
  retry: () => 'a retry arrived',
  'init-end': (id) => `environment ${id} finished INIT and took its request`,
  complete: (id) => `environment ${id} finished a request and went idle`,
  reclaim: (id) =>
    id >= 0 ? `environment ${id} was reclaimed` : 'idle environments past their lifetime were reclaimed',
  provision: (id) => `provisioned environment ${id} was initialised`,
  recycle: (id) => `provisioned environment ${id} was recycled (a new one runs INIT)`,
};

const OUTCOME_TEXT: Record<NonNullable<SimEvent['outcome']>, string> = {
  warm: 'served warm',
  cold: 'cold start',
  throttled: 'throttled',
  dropped: 'dropped',
};

/**
 * The sentence a playground shows after Step: when the event happened, what it was, and for an arrival
 * how it was served. `null` (nothing left to process) says the run is over.
 * @example describeEvent({ kind: 'arrival', atMs: 1500, functionName: 'f', envId: 2, outcome: 'cold' })
 *   // "0:01 (+500 ms): a request arrived — cold start (environment 2)."
 */
export function describeEvent(event: SimEvent | null): string {
  if (!event) return 'The run is over: nothing left to process.';
  const when = `${formatClock(event.atMs)} (+${formatNumber(event.atMs % 1000, 0)} ms)`;
  const outcome = event.outcome ? ` — ${OUTCOME_TEXT[event.outcome]}` : '';
  const env =
    event.envId >= 0 && event.kind === 'arrival' && event.outcome !== 'throttled'
      ? ` (environment ${event.envId})`
      : '';
  return `${when}: ${KIND_TEXT[event.kind](event.envId)}${outcome}${env}.`;
}
