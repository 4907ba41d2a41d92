// End to end: the demo page (`npm start`) in headless Chromium against the reference
// server. An app activated through the consent dialog is still active after the server
// restarts and the page reloads.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';

const folder = mkdtempSync(join(tmpdir(), 'plugboard-e2e-'));
const databasePath = join(folder, 'demo.db');
let port;
let demo;
let browser;

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
}

/** Starts `npm start`'s script and resolves once it prints its address (60 s at most). */
function startDemo() {
  const child = spawn(process.execPath, ['scripts/demo.mjs'], {
    env: { ...process.env, PORT: String(port), PLUGBOARD_DB: databasePath },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the demo did not start within 60 s')), 60_000);
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('Plugboard demo:')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`the demo exited with ${code}`)));
  });
}

function stopDemo(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

before(async () => {
  port = await freePort();
  demo = await startDemo();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (demo) await stopDemo(demo);
  rmSync(folder, { recursive: true, force: true });
});

// Shadow-piercing selectors (`>>>`) by the parts the elements document.
const TILE = 'app-marketplace >>> [part~="tile"][data-app-id="otaflow"]';
const DETAIL = 'app-marketplace >>> app-detail';
const CONSENT = `${DETAIL} >>> consent-dialog`;
const CREDENTIALS = `${DETAIL} >>> [part~="credentials"]`;

// Puppeteer 24 watches for a selector with a MutationObserver on the document unless told to
// wait for visibility, and such an observer sees nothing inside shadow roots
// (puppeteer/puppeteer#13163): so wait for what is looked for to be shown, which polls every
// animation frame, before a locator acts on it.
const shown = (page, selector) => page.waitForSelector(selector, { visible: true });

async function click(page, selector) {
  await shown(page, selector);
  await page.locator(selector).click();
}

async function text(page, selector) {
  const element = await shown(page, selector);
  return element.evaluate((node) => node.textContent.replace(/[\u2066-\u2069]/g, '').trim());
}

test('an app activated through consent is still active after a server restart', { timeout: 120_000 }, async () => {
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  page.setDefaultNavigationTimeout(30_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`http://127.0.0.1:${port}/`);

  await click(page, TILE);
  await click(page, `${DETAIL} >>> .main-action [part~="activate-button"]`);
  await click(page, `${CONSENT} >>> input[name="fees"]`);
  await click(page, `${CONSENT} >>> input[name="data"]`);
  await click(page, `${CONSENT} >>> [part~="activate-button"]`);
  await shown(page, CREDENTIALS);
  assert.equal(await text(page, `${DETAIL} >>> .header [part~="status"]`), 'Active');

  await stopDemo(demo);
  demo = await startDemo();
  await page.reload();

  assert.equal(await text(page, `${TILE} [part~="tile-status"]`), 'Active');
  await click(page, TILE);
  assert.match(await text(page, CREDENTIALS), /expire in 4[78] hours/);
  assert.deepEqual(errors, []);
});
