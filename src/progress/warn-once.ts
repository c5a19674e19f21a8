/**
 * Makes a warning function that passes each distinct message to `log` once. Warnings, not errors: a learner's
 * broken storage is expected and must not look like a crash (the browser tests fail on console errors).
 */
export function createWarnOnce(log: (message: string) => void = (message) => console.warn(message)) {
  const said = new Set<string>();
  return (message: string): void => {
    if (said.has(message)) return;
    said.add(message);
    log(message);
  };
}

/** The page's warning channel: each distinct message reaches the console once per page load. */
export const warnOnce = createWarnOnce();
