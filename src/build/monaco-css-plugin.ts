import type { Plugin } from 'vite';

const PREFIX = '\0monaco-style:';
const MONACO = /[/\\]node_modules[/\\]monaco-editor[/\\]/;

/**
 * Makes Monaco's CSS load with Monaco. Monaco's modules import ~130 small stylesheets; Vite would
 * extract them into CSS files, and Astro puts the CSS of every chunk a page script can reach, lazily
 * imported ones included, in that page's head as render-blocking links (withastro/astro#9495): ~28 KB
 * gzip on every sandbox page before anyone touches an editor. Here each such import becomes a tiny
 * module that imports the sheet as a string (`?inline`: Vite still minifies it and rewrites its
 * `url()`s, e.g. the codicon font, to built assets) and adds it to the page when evaluated
 * (monaco-styles.ts). The CSS thus travels inside Monaco's lazily loaded chunks. Build only: the dev
 * server already injects CSS from JavaScript when a module runs.
 */
export function monacoCssOnLoad({
  helper,
}: {
  /** Absolute path of monaco-styles.ts. */ helper: string;
}): Plugin {
  return {
    name: 'lab-monaco-css-on-load',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !MONACO.test(importer) || !/\.css$/.test(source)) return undefined;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      // The wrapper exists for its side effect: never tree-shaken, whatever monaco's package.json says.
      // The id must not end in `.css`, or Vite's and Astro's CSS handling would claim the wrapper.
      return { id: `${PREFIX}${resolved.id}.js`, moduleSideEffects: true };
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const sheet = id.slice(PREFIX.length, -'.js'.length);
      return [
        `import css from ${JSON.stringify(`${sheet}?inline`)};`,
        `import { addMonacoStyle } from ${JSON.stringify(helper)};`,
        'addMonacoStyle(css);',
      ].join('\n');
    },
  };
}
