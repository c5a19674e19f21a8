// A traffic description: phases one after another, each with its own
// request rate and its own mean request duration.
type Phase = { ratePerSecond: number; meanDurationMs: number; seconds: number };
type Traffic = { name: string; phases: Phase[] };

// Five APIs to size. For each, how many requests will be in flight at
// once, on average, in its busiest phase? That is the concurrency to
// plan for (before headroom for random peaks). Little's law is the tool.
const TRAFFIC: Traffic[] = [
  { name: 'checkout', phases: [{ ratePerSecond: 250, meanDurationMs: 400, seconds: 600 }] },
  {
    name: 'search (lunch rush)',
    phases: [
      { ratePerSecond: 40, meanDurationMs: 200, seconds: 600 },
      { ratePerSecond: 400, meanDurationMs: 150, seconds: 300 },
      { ratePerSecond: 40, meanDurationMs: 200, seconds: 600 },
    ],
  },
  {
    name: 'orders (nightly batch)',
    phases: [
      { ratePerSecond: 300, meanDurationMs: 100, seconds: 600 },
      { ratePerSecond: 20, meanDurationMs: 3000, seconds: 600 },
    ],
  },
  { name: 'video transcode', phases: [{ ratePerSecond: 0.5, meanDurationMs: 20_000, seconds: 1200 }] },
  {
    name: 'ticket sale',
    phases: [
      { ratePerSecond: 10, meanDurationMs: 50, seconds: 600 },
      { ratePerSecond: 2000, meanDurationMs: 50, seconds: 60 },
    ],
  },
];

/** The concurrency to plan for: requests in flight at once, on average, in the busiest phase. */
function planFor(traffic: Traffic): number {
  // TODO: use Little's law on each phase.
  return traffic.phases[0]?.ratePerSecond ?? 0;
}

const plans = TRAFFIC.map(planFor);
console.table(TRAFFIC.map((t, i) => ({ traffic: t.name, plan: Math.round((plans[i] ?? 0) * 100) / 100 })));

/** The answer: your plan for each traffic description, in order. The checks simulate each one. */
export type Answer = number[];

export default plans satisfies Answer;
