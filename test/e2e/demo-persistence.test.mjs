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
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';

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
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  if (demo) await stopDemo(demo);
  rmSync(folder, { recursive: true, force: true });
});

test('an app activated through consent is still active after a server restart', { timeout: 120_000 }, async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`http://127.0.0.1:${port}/`);

  const tile = page.locator('app-marketplace .tile[data-app-id="otaflow"]');
  await tile.click();
  const detail = page.locator('app-marketplace app-detail');
  await detail.locator('.main-action [part~="activate-button"]').click();
  const consent = detail.locator('consent-dialog');
  await consent.locator('input[name="fees"]').check();
  await consent.locator('input[name="data"]').check();
  await consent.locator('[part~="activate-button"]').click();
  await detail.locator('[part~="credentials"]').first().waitFor();
  assert.equal((await detail.locator('.header [part~="status"]').textContent()).trim(), 'Active');

  await stopDemo(demo);
  demo = await startDemo();
  await page.reload();

  const badge = page.locator('app-marketplace .tile[data-app-id="otaflow"] [part~="tile-status"]');
  await badge.waitFor();
  assert.equal((await badge.textContent()).trim(), 'Active');
  await page.locator('app-marketplace .tile[data-app-id="otaflow"]').click();
  await detail.locator('[part~="credentials"]').first().waitFor();
  assert.match(await detail.locator('[part~="credentials"]').textContent(), /expire in 4[78] hours/);
  assert.deepEqual(errors, []);
});
