/** The views a `<SimPlayground>` can show (the `views` prop), in display order. */
export const VIEW_KEYS = ['timeline', 'concurrency', 'throttles', 'latency', 'cost', 'summary'] as const;
/** One view key. */
export type ViewKey = (typeof VIEW_KEYS)[number];

/** Titles of the views. */
export const VIEW_TITLES: Record<ViewKey, string> = {
  timeline: 'Environment timeline',
  concurrency: 'Concurrency over time',
  throttles: 'Throttles and cold starts',
  latency: 'Latency: cold vs warm',
  cost: 'Cost breakdown',
  summary: 'Summary',
};
