import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumPath } from './chromium-path.ts';

export { chromiumPath } from './chromium-path.ts';

/** Chromium flags for a quiet, reproducible headless run on a shared machine. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches the system Chromium with a fresh, temporary profile. Closing the returned context ends the browser
 * and deletes the profile. Reuse one per test file (`beforeAll`/`afterAll`): launching is the slow part.
 */
export async function launchBrowser(): Promise<BrowserContext> {
  const profile = await mkdtemp(join(tmpdir(), 'concurrency-lab-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 800 },
  });
  // Deleting the profile is part of closing: awaited, and retried while Chromium lets go of its files (an
  // un-awaited delete on the 'close' event left a dozen profile folders behind after each run).
  const close = context.close.bind(context);
  context.close = async (options) => {
    await close(options);
    await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  };
  return context;
}

let shared: Promise<BrowserContext> | undefined;

/** The browser `openPage` uses when none is given: launched on first use, once per test file. */
export function sharedBrowser(): Promise<BrowserContext> {
  shared ??= launchBrowser();
  return shared;
}

/** Closes the shared browser, if one was launched. Call it in `afterAll`. */
export async function closeBrowser(): Promise<void> {
  const context = shared;
  shared = undefined;
  if (context) await (await context).close();
}

/** Options for {@link openPage}. */
export interface OpenPageOptions {
  /** Browser to open the page in; defaults to {@link sharedBrowser}. */
  browser?: BrowserContext;
  /** Site to resolve `path` against; defaults to `inject('baseUrl')` (the main build). */
  baseUrl?: string;
  /** Viewport size in CSS pixels; defaults to 1280×800. */
  viewport?: { width: number; height: number };
  /** Colour scheme the page sees (Starlight follows it until the learner picks one). */
  colorScheme?: 'light' | 'dark';
  /** Script run in the page before any of the site's own (e.g. to fill or break localStorage). */
  initScript?: () => void;
  /** Console messages (substring or pattern) a test expects and that are not problems. */
  allow?: (string | RegExp)[];
}

/** A page opened by {@link openPage}, with everything that went wrong while it was open. */
export interface OpenedPage {
  page: Page;
  /** Console errors, failed requests, HTTP errors and uncaught exceptions, in order, one line each. */
  problems: string[];
  /** Console warnings (not problems, but tests may assert on them). */
  warnings: string[];
  /** Fails the test when anything went wrong on the page. */
  expectNoProblems(): void;
  close(): Promise<void>;
}

/**
 * Opens `path` (relative to the site's base, e.g. `lessons/01-compute-spectrum/`) in a new tab and records
 * console errors, failed requests, HTTP errors (status ≥ 400) and uncaught exceptions until the tab closes.
 */
export async function openPage(path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const context = options.browser ?? (await sharedBrowser());
  const page = await context.newPage();
  const problems: string[] = [];
  const warnings: string[] = [];
  const allowed = (text: string) =>
    (options.allow ?? []).some((rule) => (typeof rule === 'string' ? text.includes(rule) : rule.test(text)));

  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !allowed(text)) problems.push(`console error: ${text}`);
    if (message.type() === 'warning') warnings.push(text);
  });
  // Stack frames are re-indented so vitest does not mistake the page's URLs for local source files.
  page.on('pageerror', (error) =>
    problems.push(
      `uncaught exception: ${(error.stack || `${error.name}: ${error.message}`).replace(/^\s*at /gm, '      from ')}`,
    ),
  );
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // A navigation away from the page aborts its pending requests; that is not a failure of the site.
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  await page.setViewportSize(options.viewport ?? { width: 1280, height: 800 });
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  if (options.initScript) await page.addInitScript(options.initScript);
  const url = new URL(path, options.baseUrl ?? inject('baseUrl')).href;
  await page.goto(url, { waitUntil: 'load' });

  return {
    page,
    problems,
    warnings,
    expectNoProblems() {
      if (problems.length > 0) {
        throw new Error(`${problems.length} problem(s) on ${url}:\n  ${problems.join('\n  ')}`);
      }
    },
    close: () => page.close(),
  };
}

/** Waits until the course's service worker is active and controls `page` (its first install claims the page). */
export async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}
