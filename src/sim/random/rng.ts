/**
 * Seeded random streams. The generator is xoroshiro128+, seeded and jumped by pure-rand (a maintained
 * library, ~1 KB): fast, 2^128 − 1 period, and jumpable, so each purpose (arrivals, durations, INIT, idle
 * lifetime, errors, reuse) of each function gets its own non-overlapping stream. Independent streams keep
 * "common random numbers": changing the memory size does not change the arrival times.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** 2^-32. */
const INV_2_32 = 2.3283064365386963e-10;

/** One stream of uniform random numbers. */
export class Rng {
  // The generator's state as four int32 words in pure-rand's `getState()` order (s01, s00, s11, s10);
  // `uniform` steps it exactly as pure-rand's `next()` does (rng.test.ts compares the two). Why not call
  // pure-rand's in-place `next()`: V8 keeps its 32-bit words in object fields as heap numbers, so every
  // draw allocated; an Int32Array holds them unboxed.
  readonly #s: Int32Array;

  constructor(state: readonly number[]) {
    this.#s = Int32Array.from(state);
  }

  /**
   * A uniform number in (0, 1), never exactly 0 or 1, with 32 random bits (resolution 2^-32, enough for
   * durations and arrivals; `-Math.log(u)` is at most ≈ 22.9, a 1-in-4-billion tail).
   */
  uniform(): number {
    const s = this.#s;
    const s01 = s[0] as number;
    const s00 = s[1] as number;
    const s11 = s[2] as number;
    const s10 = s[3] as number;
    const out = (s00 + s10) | 0;
    const a0 = s10 ^ s00;
    const a1 = s11 ^ s01;
    s[0] = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    s[1] = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
    s[2] = (a0 << 5) ^ (a1 >>> 27);
    s[3] = (a1 << 5) ^ (a0 >>> 27);
    return ((out >>> 0) + 0.5) * INV_2_32;
  }
}

// Jumped states of the most recently used seeds: each jump is 128 generator steps, and runs repeated with
// the same seed (a learner's Run, a check, a spectrum sweep) need the same states again.
const STATE_CACHE = new Map<number, (readonly number[])[]>();
const CACHED_SEEDS = 8;

function jumpedStates(seed: number, count: number): (readonly number[])[] {
  let states = STATE_CACHE.get(seed);
  if (states === undefined) {
    if (STATE_CACHE.size >= CACHED_SEEDS) {
      const oldest = STATE_CACHE.keys().next().value;
      if (oldest !== undefined) STATE_CACHE.delete(oldest);
    }
    states = [];
    STATE_CACHE.set(seed, states);
  }
  if (states.length < count) {
    const base = xoroshiro128plus(seed);
    for (let i = 0; i < count; i++) {
      base.jump();
      if (i >= states.length) states.push(base.getState());
    }
  }
  return states;
}

/** `count` independent streams from a seed: stream i is the generator jumped i + 1 times (2^64 steps each). */
export function createStreams(seed: number, count: number): Rng[] {
  const states = jumpedStates(seed, count);
  const streams: Rng[] = [];
  for (let i = 0; i < count; i++) streams.push(new Rng(states[i] as readonly number[]));
  return streams;
}
