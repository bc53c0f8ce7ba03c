import { existsSync } from 'node:fs';

/** Finds the Chromium binary (CHROME_PATH, then Debian's), so tests and scripts say clearly what is missing. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  throw new Error('No Chromium found. Install it with `apt-get install -y chromium` (Debian) or set CHROME_PATH to a Chrome/Chromium binary.');
}

/** Finds Firefox ESR (FIREFOX_PATH, then Debian's). */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  throw new Error('No Firefox found. Install it with `apt-get install -y firefox-esr` (Debian) or set FIREFOX_PATH.');
}
