import { readFileSync } from 'node:fs';
import { type Scenario, type SimulationResult, simulate } from '@lab/sim';

/** One number-bearing phrase of a page: `quote()` builds the phrase from the simulator's output. */
export interface ProseRow {
  /** Page under `content/`, e.g. `lessons/05-cold-starts/index.mdx`. */
  page: string;
  /** What the phrase is about (names the test). */
  label: string;
  /** The phrase as the page must contain it, its numbers computed by the simulator now. */
  quote: () => string;
}

/** The path of lesson `nn`'s page under `content/`. */
export const lesson = (slug: string) => `lessons/${slug}/index.mdx`;

/** A page's text with every run of whitespace (line breaks included) collapsed to one space. */
export function pageText(page: string): string {
  return collapse(readFileSync(new URL(`../../../content/${page}`, import.meta.url), 'utf8'));
}

/** `text` with every run of whitespace collapsed to one space. */
export const collapse = (text: string) => text.replace(/\s+/g, ' ');

const cache = new Map<Scenario, SimulationResult>();

/** `simulate(scenario)`, memoized by scenario object (several rows quote the same run). */
export function sim(scenario: Scenario): SimulationResult {
  let r = cache.get(scenario);
  if (!r) {
    r = simulate(scenario);
    cache.set(scenario, r);
  }
  return r;
}

/** The summary of one function of a result; throws if the function is missing. */
export function fn(r: SimulationResult, name: string) {
  const f = r.functions.find((x) => x.name === name);
  if (!f) throw new Error(`no function ${name} in the result`);
  return f;
}

/** `x` as the prose writes it: en-US thousands separators and exactly `digits` decimals. */
export const num = (x: number, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A share 0–1 as a percentage with `digits` decimals, e.g. `3.2%`. */
export const pct = (share: number, digits = 0) => `${num(share * 100, digits)}%`;

/** Dollars with `digits` decimals, e.g. `$0.078`. */
export const usd = (x: number, digits = 2) => `$${num(x, digits)}`;
