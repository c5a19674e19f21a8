/**
 * The course's chart colours: CSS custom properties defined once, for the light and the dark theme, in
 * `src/styles/chart-palette.css` (on `:root`, so every chart reads the same colour for the same series:
 * playground, sandbox, traffic). The `--pg-` prefix is historical (the playground drew the first charts).
 * `test/e2e/contrast.test.ts` measures every one of them against the chart's background in both themes.
 */
export const CHART_COLOURS = [
  '--pg-c-concurrency',
  '--pg-c-envs',
  '--pg-c-limit',
  '--pg-c-provisioned',
  '--pg-c-account',
  '--pg-c-throttle',
  '--pg-c-cold',
  '--pg-c-init',
  '--pg-c-busy',
  '--pg-c-idle',
  '--pg-c-reclaimed',
] as const;

/** The custom property holding one series colour. */
export type ChartColour = (typeof CHART_COLOURS)[number];

/** Axis text and grid lines of every chart (custom properties in the same stylesheet). */
export const CHART_INK = { text: '--pg-text', grid: '--pg-grid' } as const;
