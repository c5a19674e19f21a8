/**
 * The sample traffic file: a made-up but realistic week of one API function at 5-minute periods, in the
 * CloudWatch console CSV shape. A daily cycle (busy 14:00 UTC, quiet 03:00), weekdays busier than the weekend
 * with the week's peak on Tuesday, and one incident: on Thursday 14:00–14:20 a retry storm sends 6× the
 * traffic while a slow dependency doubles the duration. ConcurrentExecutions is an estimate such a function
 * would report (rate × duration plus a few standard deviations), Throttles what a limit of 1,000 would give.
 */

const START_MS = Date.UTC(2026, 10, 2); // Monday 2 November 2026, 00:00 UTC

// A small deterministic generator (mulberry32): the sample is the same on every machine.
function random(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let z = Math.imul(s ^ (s >>> 15), 1 | s);
    z = (z + Math.imul(z ^ (z >>> 7), 61 | z)) ^ z;
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/** The shape of a generated week. */
export interface WeekOptions {
  /** Requests per second at Monday's daily peak (the week's mean is about 0.53 of it). @default 40 */
  peakPerSecond?: number;
  /** Period length, s (60 or 300). @default 300 */
  periodSeconds?: number;
}

/**
 * The sample week as CSV text (2,016 rows + header at the defaults). `peakPerSecond: 1875, periodSeconds: 60`
 * gives the large example: a week of 1-minute data at 1,000 req/s mean (about 605 million requests).
 */
export function sampleWeekCsv(options: WeekOptions = {}): string {
  const PEAK = options.peakPerSecond ?? 40;
  const PERIOD_S = options.periodSeconds ?? 300;
  const rnd = random(20261102);
  const dayFactor = [1.0, 1.15, 1.05, 1.0, 0.95, 0.6, 0.55]; // Monday … Sunday
  const lines = ['Label,Invocations,Duration p50,Duration p99,ConcurrentExecutions,Throttles'];
  for (let i = 0; i < (7 * 86_400) / PERIOD_S; i++) {
    const t = START_MS + i * PERIOD_S * 1000;
    const d = new Date(t);
    const hour = d.getUTCHours() + d.getUTCMinutes() / 60;
    const day = (d.getUTCDay() + 6) % 7;
    // PEAK req/s on average at the daily peak of a Monday, about a sixth of that at 03:00.
    const daily = 0.58 + 0.42 * Math.cos(((hour - 14) / 24) * 2 * Math.PI);
    const incident = day === 3 && hour >= 14 && hour < 14 + 20 / 60;
    const rate = PEAK * daily * (dayFactor[day] ?? 1) * (incident ? 6 : 1) * (0.92 + 0.16 * rnd());
    const invocations = Math.round(rate * PERIOD_S);
    const p50 = (incident ? 240 : 120) * (0.95 + 0.1 * rnd());
    const p99 = p50 * (incident ? 4.2 : 3.1) * (0.9 + 0.2 * rnd());
    const inFlight = ((invocations / PERIOD_S) * (p50 * 1.25)) / 1000;
    const concurrent = Math.min(1000, Math.ceil(inFlight + 3 * Math.sqrt(inFlight) + 1));
    const throttles = inFlight > 1000 ? Math.round((inFlight - 1000) * PERIOD_S * 4) : 0;
    const time = d.toISOString().replace('T', ' ').replace('.000Z', '');
    lines.push([time, invocations, p50.toFixed(1), p99.toFixed(1), concurrent, throttles].join(','));
  }
  return `${lines.join('\n')}\n`;
}
