/**
 * Lighthouse scores (mobile emulation, the default) for the landing page and a lesson of the built site,
 * against the system Chromium. A measurement, not a test: `npm run build && npm run lighthouse`.
 * Prints one line per page and category; exits 1 when a target is missed.
 */
import { existsSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../e2e/chromium-path.ts';
import { serveStatic } from '../e2e/static-server.ts';

const TARGETS: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 0 };
const PAGES = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['', 'lessons/01-compute-spectrum/'];

if (!existsSync('dist/index.html')) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(1);
}

const server = await serveStatic(`${process.cwd()}/dist`, process.env['BASE_PATH'] ?? '/');
const chrome = await launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
});
let missed = 0;
try {
  for (const page of PAGES) {
    const url = new URL(page, server.url).href;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const scores = Object.values(result.lhr.categories).map((category) => {
      const score = Math.round((category.score ?? 0) * 100);
      const target = TARGETS[category.id] ?? 0;
      if (score < target) missed++;
      return `${category.id} ${score}${score < target ? ` (target ${target})` : ''}`;
    });
    console.log(`/${page}: ${scores.join(', ')}`);
    for (const audit of Object.values(result.lhr.audits)) {
      if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative') {
        console.log(`  - ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
process.exit(missed > 0 ? 1 : 0);
