import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The core runs unchanged in Node, the browser and a Web Worker: it may import only its own files and
// pure-rand. This scans every import/export-from in src/sim and its concept folders.
const dir = fileURLToPath(new URL('../../src/sim/', import.meta.url));
const src = fileURLToPath(new URL('../../src/', import.meta.url));
const PURE_RAND = 'pure-rand/generator/xoroshiro128plus';

/** Every .ts file under a folder, as paths relative to it. */
function tsFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
}

describe('src/sim boundary', () => {
  const files = tsFiles(dir);

  it('has its files in concept folders, index.ts alone at the top', () => {
    expect(files.filter((f) => !f.includes('/'))).toEqual(['index.ts']);
  });

  it.each(files)('%s imports only sim files and pure-rand', (file) => {
    // Comments may mention anything; only code counts.
    const text = readFileSync(dir + file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const specifiers = [
      ...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g),
    ].map((m) => m[1] ?? m[2] ?? '');
    for (const s of specifiers) {
      if (s === PURE_RAND) continue;
      expect(s, `${file} imports ${s}`).toMatch(/^\.\.?\/[a-z0-9/.-]+\.ts$/);
      const target = resolve(dirname(dir + file), s);
      expect(relative(dir, target).startsWith('..'), `${file} imports ${s}, outside src/sim`).toBe(false);
      expect(existsSync(target), `${file} imports ${s}, which does not exist`).toBe(true);
    }
    expect(text).not.toMatch(/\b(window|document|navigator|process|require|Deno|Bun)\b\s*[.([]/);
  });

  it('names no file like another file of src (index.ts aside), so a name says which one', () => {
    const others = new Set(
      tsFiles(src)
        .filter((f) => !f.startsWith('sim/'))
        .map((f) => basename(f)),
    );
    const names = files.map((f) => basename(f)).filter((n) => n !== 'index.ts');
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    expect(names.filter((n) => others.has(n))).toEqual([]);
  });
});
