import { Workbox } from 'workbox-window';

/**
 * Registers the course's service worker (`sw.js`, written by `src/build/service-worker.ts`) and, when a new
 * deploy has been downloaded and waits, shows the prompt: "A new version of the course is available". Reload
 * lets the new worker take over and reloads the page once it controls it, so every file then comes from the
 * new version; until then the page keeps running the version it started with. (`astro dev` has no `sw.js`:
 * registering fails there, quietly.)
 */
export function registerServiceWorker(prompt: HTMLElement, base: string): void {
  if (!('serviceWorker' in navigator)) return;
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  const button = prompt.querySelector<HTMLButtonElement>('[data-action="reload"]');
  const dismiss = prompt.querySelector<HTMLButtonElement>('[data-action="later"]');
  workbox.addEventListener('waiting', () => {
    prompt.hidden = false;
  });
  button?.addEventListener('click', () => {
    button.disabled = true;
    workbox.addEventListener('controlling', () => window.location.reload());
    workbox.messageSkipWaiting();
  });
  dismiss?.addEventListener('click', () => {
    prompt.hidden = true;
  });
  workbox.register().catch((error: unknown) => {
    if (!import.meta.env.DEV)
      console.warn('Offline reading is unavailable: the service worker did not register.', error);
  });
}
