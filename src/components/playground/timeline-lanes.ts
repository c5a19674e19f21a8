import type { TimelineLayout } from '~/explorables/timeline-layout.ts';
import {
  clampLaneRange,
  describeLaneRows,
  LANES_PER_PAGE,
  type LaneRange,
  laneRows,
  TIMELINE_PLOT_PX,
} from '~/explorables/timeline-rows.ts';

/** What a lane button asks for. */
export type LaneAction = 'all' | 'one' | 'earlier' | 'later';

const BUTTONS: readonly [LaneAction, string][] = [
  ['all', 'All environments'],
  ['one', 'One lane each'],
  ['earlier', '↑ Earlier started'],
  ['later', '↓ Later started'],
];

/**
 * The range after `action`, for a timeline of `total` environments: `undefined` = all of them, else a page of
 * {@link LANES_PER_PAGE} lanes (one lane each), moved by a page.
 */
export function nextLaneRange(
  current: LaneRange | undefined,
  action: LaneAction,
  total: number,
): LaneRange | undefined {
  if (action === 'all') return undefined;
  const page = { first: current?.first ?? 0, count: LANES_PER_PAGE };
  const step = action === 'earlier' ? -LANES_PER_PAGE : action === 'later' ? LANES_PER_PAGE : 0;
  return clampLaneRange({ first: page.first + step, count: LANES_PER_PAGE }, Math.max(total, LANES_PER_PAGE));
}

/** The lanes a range shows, and the sentence under the drawing saying what one row is. */
export function visibleLanes(
  layout: TimelineLayout,
  range: LaneRange | undefined,
): { layout: TimelineLayout; note: string } {
  const total = layout.lanes.length;
  const r = clampLaneRange(range, total);
  const lanes = layout.lanes.slice(r.first, r.first + r.count);
  return {
    layout: { ...layout, lanes },
    note: total === 0 ? '' : describeLaneRows(r, total, laneRows(lanes.length, TIMELINE_PLOT_PX)),
  };
}

/**
 * Adds the "which environments" buttons and the note saying what a row stands for, before `canvas`. The
 * buttons show only while there are more environments than fit one lane each (see {@link syncLaneControls}).
 */
export function addLaneControls(canvas: HTMLCanvasElement, onAction: (a: LaneAction) => void): void {
  const bar = document.createElement('div');
  bar.className = 'pg-zoom pg-lanes';
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Environments shown');
  bar.hidden = true;
  for (const [action, text] of BUTTONS) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pg-button';
    button.dataset['lanes'] = action;
    button.textContent = text;
    button.addEventListener('click', () => onAction(action));
    bar.append(button);
  }
  const note = document.createElement('p');
  note.className = 'pg-zoom-window';
  note.dataset['laneRows'] = '';
  canvas.before(bar, note);
}

/**
 * Shows the lane buttons when `total` environments do not fit one lane each, writes the note, and labels the
 * canvas with its sentence (`data-alt-sentence`, from the text alternative) and the note.
 */
export function syncLaneControls(
  view: HTMLElement,
  total: number,
  range: LaneRange | undefined,
  note: string,
): void {
  const canvas = view.querySelector('canvas');
  if (canvas) {
    const label = ['Environment timeline:', canvas.dataset['altSentence'] ?? '', note]
      .filter(Boolean)
      .join(' ');
    if (canvas.getAttribute('aria-label') !== label) canvas.setAttribute('aria-label', label);
  }
  const bar = view.querySelector<HTMLElement>('.pg-lanes');
  if (bar) {
    bar.hidden = total <= LANES_PER_PAGE;
    const r = clampLaneRange(range, total);
    const set = (action: LaneAction, disabled: boolean) => {
      const b = bar.querySelector<HTMLButtonElement>(`[data-lanes="${action}"]`);
      if (b) b.disabled = disabled;
    };
    set('all', r.count >= total);
    set('one', r.count < total);
    set('earlier', r.count >= total || r.first === 0);
    set('later', r.count >= total || r.first + r.count >= total);
  }
  const out = view.querySelector<HTMLElement>('[data-lane-rows]');
  if (out && out.textContent !== note) out.textContent = note;
}
