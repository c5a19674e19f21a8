import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The core runs unchanged in Node, the browser and a Web Worker: it may import only its own files and
// pure-rand. This scans every import/export-from in src/sim.
const dir = fileURLToPath(new URL('../../src/sim/', import.meta.url));
const ALLOWED = /^(\.\/[a-z0-9-]+\.ts|pure-rand\/generator\/xoroshiro128plus)$/;

describe('src/sim boundary', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s imports only sim files and pure-rand', (file) => {
    // Comments may mention anything; only code counts.
    const text = readFileSync(dir + file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const specifiers = [
      ...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g),
    ].map((m) => m[1] ?? m[2]);
    for (const s of specifiers) expect(s, `${file} imports ${s}`).toMatch(ALLOWED);
    expect(text).not.toMatch(/\b(window|document|navigator|process|require|Deno|Bun)\b\s*[.([]/);
  });
});
