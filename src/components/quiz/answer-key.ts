/**
 * The quiz's answer key as hashes: the page carries `hash(question id, correct option index)` instead of a
 * readable `data-correct`, so the source does not spoil the answer for a curious learner (not security).
 * Also the seeded option order: a stable permutation from a string seed. Pure; used at build time and in
 * the browser.
 */

/** FNV-1a 32-bit hash of a string, as 8 hex digits. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The key of one option: equal to the question's `data-key` exactly when the option is the correct one.
 * @param question the question's id, `<lesson>/quiz#<index>`
 * @param option the option's index as written in `quiz.ts`
 */
export function answerKey(question: string, option: number): string {
  return hash(`${question}:${option}:concurrency-lab`);
}

/**
 * A permutation of `0..n-1` fixed by `seed` (Fisher–Yates driven by a mulberry32 stream seeded from the
 * hash of `seed`): the same seed always gives the same order.
 */
export function seededOrder(n: number, seed: string): number[] {
  let state = Number.parseInt(hash(seed), 16);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** Encodes text for the page so that explanations are not readable in its source (base64 of UTF-8). */
export function encodeText(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Decodes `encodeText`'s output; text that is not valid base64 comes back as it is. */
export function decodeText(encoded: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0)));
  } catch {
    return encoded;
  }
}
