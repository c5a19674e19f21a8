import type { ChartAxes } from './chart.ts';

/** Round clock steps a time axis may tick at, seconds: 1 s … 6 h. */
const TIME_INCRS = [1, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600];

const pad = (n: number) => String(n).padStart(2, '0');

/** Whole seconds as `m:ss`, minutes uncapped (an hour is `60:00`). */
const minutesSeconds = (s: number) => `${Math.floor(s / 60)}:${pad(s % 60)}`;

/** Whole seconds as `h:mm:ss`. */
const hoursMinutesSeconds = (s: number) =>
  `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;

/** Whole seconds as `h:mm` (day-long axes tick on whole minutes). */
const hoursMinutes = (s: number) => `${Math.floor(s / 3600)}:${pad(Math.floor((s % 3600) / 60))}`;

/**
 * The x axis of a chart over a run of `horizonS` seconds: the run's whole span, round clock ticks, and a
 * label naming the one unit every tick reads in: `m:ss` up to an hour, `h:mm:ss` up to three hours, `h:mm`
 * beyond (where ticks fall on whole minutes).
 */
export function timeAxis(horizonS: number): Pick<ChartAxes, 'x' | 'xRange' | 'xIncrs' | 'xLabel'> {
  const [format, unit] =
    horizonS > 3 * 3600
      ? [hoursMinutes, 'h:mm']
      : horizonS > 3600
        ? [hoursMinutesSeconds, 'h:mm:ss']
        : [minutesSeconds, 'm:ss'];
  return {
    x: (v) => format(Math.max(0, Math.round(v))),
    xRange: [0, horizonS],
    xIncrs: TIME_INCRS,
    xLabel: `time (${unit})`,
  };
}
