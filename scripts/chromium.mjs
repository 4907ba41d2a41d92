// Where the tests and benchmarks find Debian's Chromium, and how they start it here.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The browser to use: CHROME_PATH when set, else the first installed candidate. */
export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? CANDIDATES[0];
}

/** Starts headless Chromium through puppeteer-core, the project's one browser driver. */
export async function launchChromium(options = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
    timeout: 30_000,
    protocolTimeout: 30_000,
    ...options,
  });
}
