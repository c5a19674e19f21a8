/** With reduced motion, playback advances once per this many real ms instead of every animation frame. */
export const REDUCED_MOTION_TICK_MS = 1000;

/** Longest real time one animation frame may account for, ms (a background tab must not jump ahead). */
export const MAX_FRAME_MS = 250;

/**
 * Real ms one playback tick stands for: a fixed second with reduced motion, otherwise the time since the
 * last tick, capped at {@link MAX_FRAME_MS}.
 */
export function tickDeltaMs(nowMs: number, lastTickMs: number, reducedMotion: boolean): number {
  return reducedMotion ? REDUCED_MOTION_TICK_MS : Math.min(MAX_FRAME_MS, nowMs - lastTickMs);
}

/**
 * Simulated time to seek to after a tick: `speed` simulated ms per real ms (1 = real time), never past the
 * horizon.
 * @example nextPlaybackMs(1000, 16, 60, 60_000) // 1960
 */
export function nextPlaybackMs(simNowMs: number, dtMs: number, speed: number, horizonMs: number): number {
  return Math.min(horizonMs, simNowMs + dtMs * speed);
}

/** Playback speed from the speed menu's value: simulated ms per real ms, 60 when it is not a number. */
export function parseSpeed(value: string): number {
  return Number(value) || 60;
}
