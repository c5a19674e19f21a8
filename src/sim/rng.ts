/**
 * Seeded random streams. The generator is pure-rand's xoroshiro128+ (a maintained library, ~1 KB): fast,
 * 2^128 − 1 period, and jumpable, so each purpose (arrivals, durations, INIT, idle lifetime, errors, reuse)
 * of each function gets its own non-overlapping stream. Independent streams keep "common random numbers":
 * changing the memory size does not change the arrival times.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** 2^-32. */
const INV_2_32 = 2.3283064365386963e-10;

/** The generator interface we use (a mutable pure-rand generator). */
interface Generator32 {
  next(): number;
  jump(): void;
  clone(): Generator32;
}

/** One stream of uniform random numbers. */
export class Rng {
  readonly #g: Generator32;

  constructor(g: Generator32) {
    this.#g = g;
  }

  /**
   * A uniform number in (0, 1), never exactly 0 or 1, with 32 random bits (resolution 2^-32, enough for
   * durations and arrivals; `-Math.log(u)` is at most ≈ 22.9, a 1-in-4-billion tail).
   */
  uniform(): number {
    return ((this.#g.next() >>> 0) + 0.5) * INV_2_32;
  }
}

/** `count` independent streams from a seed: stream i is the generator jumped i + 1 times (2^64 steps each). */
export function createStreams(seed: number, count: number): Rng[] {
  const base = xoroshiro128plus(seed) as Generator32;
  const streams: Rng[] = [];
  for (let i = 0; i < count; i++) {
    base.jump();
    streams.push(new Rng(base.clone()));
  }
  return streams;
}
