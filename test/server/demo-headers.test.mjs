// The demo (`npm start`) sends its page, scripts and style sheets with a strict
// Content-Security-Policy and `nosniff`, its API answers with `nosniff` and a policy of
// their own, and the page works under that policy in headless Chromium.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { ROOT, removeFolder, temporaryFolder } from './support.mjs';

const START_TIMEOUT_MS = 60_000;
/** The policy the issue asks for, directive by directive. */
const PAGE_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
};
let folder;
let demo;
let origin;

function policyOf(header) {
  assert.ok(header, 'a Content-Security-Policy header');
  return Object.fromEntries(
    header
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** `npm start`'s script on a free port (PORT=0) and a throwaway database; resolves with its address. */
function startDemo(databasePath) {
  const child = spawn(process.execPath, ['scripts/demo.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', PLUGBOARD_DB: databasePath },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo did not start within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const address = /Plugboard demo: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
      if (address) {
        clearTimeout(timer);
        resolve({ child, origin: address });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo exited with ${code}`));
    });
  });
}

/** A GET with the path sent exactly as written (fetch would tidy `..` away) and any Host. */
function rawGet(path, headers = {}) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: hostname, port, path, headers, timeout: 10_000 }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body }));
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer to ${path} within 10 s`)));
    outgoing.on('error', reject);
    outgoing.end();
  });
}

before(async () => {
  folder = temporaryFolder();
  ({ child: demo, origin } = await startDemo(join(folder, 'demo.db')));
});

after(async () => {
  if (demo && demo.exitCode === null) {
    await new Promise((resolve) => {
      demo.removeAllListeners('exit');
      demo.once('exit', resolve);
      demo.kill('SIGTERM');
    });
  }
  if (folder) removeFolder(folder);
});

test('the page, its scripts and style sheets come with the strict policy and nosniff', async () => {
  const page = await fetch(`${origin}/`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('Content-Type'), /^text\/html/);
  assert.deepEqual(policyOf(page.headers.get('Content-Security-Policy')), PAGE_POLICY);
  assert.equal(page.headers.get('X-Content-Type-Options'), 'nosniff');
  // The page keeps its handle on the consent window it opens, and nothing else's.
  assert.equal(page.headers.get('Cross-Origin-Opener-Policy'), 'same-origin-allow-popups');
  const html = await page.text();
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)|\bstyle=|\bon[a-z]+=/i, 'no inline script, style or handler');

  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
  const sheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1]);
  assert.ok(scripts.length > 0 && sheets.length > 0);
  for (const [path, type] of [...scripts.map((path) => [path, /^text\/javascript/]), ...sheets.map((path) => [path, /^text\/css/])]) {
    const response = await fetch(new URL(path, `${origin}/`));
    await response.arrayBuffer();
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get('Content-Type'), type, path);
    assert.deepEqual(policyOf(response.headers.get('Content-Security-Policy')), PAGE_POLICY, path);
    assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff', path);
  }

  const missing = await fetch(`${origin}/no-such-page`);
  await missing.arrayBuffer();
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('X-Content-Type-Options'), 'nosniff');
  assert.deepEqual(policyOf(missing.headers.get('Content-Security-Policy')), PAGE_POLICY);
});

test('API answers are JSON with nosniff, a policy that allows nothing, and no caching', async () => {
  const config = await fetch(`${origin}/demo-config.json`);
  assert.equal(config.headers.get('Cache-Control'), 'no-store', 'the token is never cached');
  const { apiUrl, token } = await config.json();
  for (const [path, status] of [['/apps?limit=1', 200], ['/no-such-route', 404], ['/connectors?owner=nobody', 422]]) {
    const response = await fetch(new URL(`.${apiUrl}${path}`, `${origin}/`), { headers: { Authorization: `Bearer ${token}` } });
    await response.json();
    assert.equal(response.status, status, path);
    assert.match(response.headers.get('Content-Type'), /^application\/json/, path);
    assert.equal(response.headers.get('X-Content-Type-Options'), 'nosniff', path);
    assert.deepEqual(policyOf(response.headers.get('Content-Security-Policy')), { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] });
    assert.equal(response.headers.get('Cache-Control'), 'no-store', path);
  }
});

test('only the server’s own names are answered (no DNS rebinding), and nothing outside the demo folder is served', async () => {
  const { port } = new URL(origin);
  for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
    assert.equal((await rawGet('/demo-config.json', { Host: host })).status, 200, host);
  }
  for (const host of [`rebound.example:${port}`, 'localhost', `127.0.0.1:${Number(port) + 1}`]) {
    const refused = await rawGet('/demo-config.json', { Host: host });
    assert.equal(refused.status, 403, host);
    assert.doesNotMatch(refused.body, /token/, host);
  }
  for (const path of ['/../package.json', '/%2e%2e/package.json', '/build/..%2f..%2fpackage.json', '/..%5c..%5cpackage.json']) {
    const answer = await rawGet(path, { Host: `127.0.0.1:${port}` });
    assert.notEqual(answer.status, 200, path);
    assert.doesNotMatch(answer.body, /"devDependencies"/, path);
  }
});

test('the demo works under its policy in Chromium: it loads with its logos, opens an app, and breaks no rule', { timeout: 90_000 }, async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Strings, as they run in the page.
    await page.evaluateOnNewDocument(`
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
      });
    `);
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const tile = 'app-marketplace >>> [part~="tile"]';
    await page.waitForSelector(tile, { visible: true });
    // The logos come from the demo's own origin, so the policy lets them load.
    const logo = await page.waitForSelector('app-marketplace >>> [part~="tile-logo"]:is(img)', { visible: true });
    await page.waitForFunction((image) => image.complete && image.naturalWidth > 0, {}, logo);
    await page.locator(tile).click();
    await page.waitForSelector('app-marketplace >>> app-detail', { visible: true });
    await page.select('#theme', 'dark');
    await page.select('#language', 'bg');
    // Let lazily loaded locale chunks and style sheets arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(await page.evaluate('window.violations'), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
