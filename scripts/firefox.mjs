// Where the tests find Debian's Firefox ESR, and how puppeteer-core starts it (over WebDriver
// BiDi, with a throwaway profile that puppeteer-core fills with its automation preferences).
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The browser to use: FIREFOX_PATH when set, else the first installed candidate. */
export function firefoxPath() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? CANDIDATES[0];
}

/** Fails with what to do when there is no Firefox where the tests look for it. */
export function requireFirefox() {
  const path = firefoxPath();
  if (existsSync(path)) return path;
  throw new Error(
    `No Firefox at ${path}. Install it with \`sudo apt-get install firefox-esr\` (Debian/Ubuntu) or point ` +
      'FIREFOX_PATH at a Firefox binary; or run Chromium alone with PLUGBOARD_BROWSERS=chromium.',
  );
}

/** puppeteer-core launch options for headless Firefox. */
export function firefoxLaunchOptions() {
  return {
    browser: 'firefox',
    executablePath: requireFirefox(),
    headless: true,
    timeout: 60_000,
    protocolTimeout: 60_000,
  };
}
