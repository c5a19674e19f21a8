const said = new Set<string>();

/**
 * Writes a warning to the console once per distinct message for the page's lifetime. Warnings, not errors:
 * a learner's broken storage is expected and must not look like a crash (the browser tests fail on errors).
 */
export function warnOnce(message: string, log: (message: string) => void = console.warn): void {
  if (said.has(message)) return;
  said.add(message);
  log(message);
}
