import { existsSync } from 'node:fs';

/** The system Chromium: `CHROME_PATH`, else `/usr/bin/chromium`; throws naming both when neither exists. */
export function chromiumPath(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    `No Chromium found: CHROME_PATH is ${fromEnv ? `"${fromEnv}", which does not exist` : 'not set'} and ` +
      '/usr/bin/chromium does not exist. Install it (apt-get install -y chromium) or set CHROME_PATH.',
  );
}
