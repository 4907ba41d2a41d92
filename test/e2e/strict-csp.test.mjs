// End to end: every element on a host page served under a strict Content-Security-Policy
// (no 'unsafe-inline', no 'unsafe-eval', nothing from other origins), driven in headless
// Chromium the way an admin would. Fails on any `securitypolicyviolation`, console error or
// page error after any step, and when the catalog's tiles are not laid out in a grid.
//
// The page (test/e2e/csp-page/) is bundled as a host ships it: minified, Lit's production
// build, split into chunks, with the light theme from a <link>; no inline script or style.
// Each test loads the page afresh, so each starts from the MemoryAdapter's fixtures.
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/chromium.mjs';
import { writeThemes } from '../../scripts/themes.mjs';

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGE_SOURCE = join(ROOT, 'test', 'e2e', 'csp-page');
const VIEWPORT = { width: 1280, height: 900 };
const TEST_TIMEOUT_MS = 60_000;
const STEP_TIMEOUT_MS = 10_000;
const SERVER_TIMEOUT_MS = 10_000;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
/** Every app's logo: the page points the fixtures' logos here (see csp-page/page.ts). */
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8" fill="#1d4fd7"/></svg>';
const LOGO_PATH = /^\/logos\/[\w-]+\.svg$/;

// Shadow-piercing selectors (`>>>`), by the parts and roles the elements document.
const MARKETPLACE = 'app-marketplace';
const TILE = `${MARKETPLACE} >>> [part~="tile"]`;
const TILE_LIST = `${MARKETPLACE} >>> [role="list"]`;
const SEARCH = `${MARKETPLACE} >>> [part~="search"]`;
const EMPTY = `${MARKETPLACE} >>> [part~="empty"]`;
const DETAIL_DIALOG = `${MARKETPLACE} >>> [part~="detail-dialog"]`;
const DETAIL = `${DETAIL_DIALOG} app-detail`;
const CONSENT = `${DETAIL} >>> consent-dialog`;
const CONSENT_DIALOG = `${CONSENT} >>> [part~="dialog"]`;
const CONFIRM_DIALOG = `${DETAIL} >>> [part~="confirm-dialog"]`;
const NETWORK_DIALOG = `${MARKETPLACE} >>> [part~="network-dialog"]`;
const NETWORK = `${NETWORK_DIALOG} network-security`;
const RESTRICT_DIALOG = `${NETWORK} >>> [part~="confirm-dialog"]`;

let folder;
let server;
let origin;
let browser;

/** Bundles the page into `folder` as a host would ship it, next to its HTML and the theme style sheets. */
async function buildPage() {
  await build({
    absWorkingDir: ROOT,
    entryPoints: { page: join(PAGE_SOURCE, 'page.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    tsconfig: join(ROOT, 'tsconfig.json'),
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.json': 'json' },
    outdir: folder,
    logLevel: 'warning',
  });
  await Promise.all([
    copyFile(join(PAGE_SOURCE, 'index.html'), join(folder, 'index.html')),
    copyFile(join(PAGE_SOURCE, 'page.css'), join(folder, 'page.css')),
    writeThemes(join(folder, 'themes')),
  ]);
}

/** Serves `folder` on 127.0.0.1 with the policy on every response, errors included. */
async function serve() {
  const httpServer = createServer(async (request, response) => {
    response.setHeader('Content-Security-Policy', POLICY);
    response.setHeader('Cache-Control', 'no-store');
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (request.method === 'GET' && LOGO_PATH.test(path)) {
      response.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end(LOGO);
      return;
    }
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
    const type = TYPES[extname(file)];
    if (request.method !== 'GET' || !file.startsWith(folder + sep) || !type) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': type }).end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  httpServer.requestTimeout = SERVER_TIMEOUT_MS;
  httpServer.headersTimeout = SERVER_TIMEOUT_MS;
  httpServer.keepAliveTimeout = 1_000;
  httpServer.setTimeout(SERVER_TIMEOUT_MS);
  await new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(0, '127.0.0.1', resolve);
  });
  return httpServer;
}

/**
 * Runs in the page before any of its scripts (injected over the DevTools protocol, so the
 * page's policy does not apply to it): records every violation with the element it is
 * about, found through open shadow roots, e.g. `app-marketplace >>> div.spacer`.
 */
function recordViolations() {
  const violations = [];
  Object.defineProperty(window, '__cspViolations', { value: violations });
  const describe = (node) => {
    if (!(node instanceof Element)) return node === document ? 'document' : String(node?.nodeName ?? '');
    const names = [];
    for (let element = node; element; ) {
      const classes = [...element.classList].map((name) => `.${name}`).join('');
      const part = element.getAttribute('part');
      names.unshift(`${element.localName}${classes}${part ? `[part="${part}"]` : ''}`);
      const root = element.getRootNode();
      element = root instanceof ShadowRoot ? root.host : null;
    }
    return names.join(' >>> ');
  };
  window.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const target = event.composedPath()[0];
      violations.push({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        // Empty unless the policy says 'report-sample'; this one does not, so for a refused
        // style attribute the element's attribute is shown too (as it is when reported).
        sample: event.sample,
        styleAttribute:
          event.effectiveDirective === 'style-src-attr' && target instanceof Element ? target.getAttribute('style') : null,
        source: event.sourceFile ? `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : '',
        element: describe(target),
      });
    },
    true,
  );
}

/** A fresh page (so a fresh MemoryAdapter) recording violations, console errors and page errors. */
async function openPage() {
  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  await page.setViewport(VIEWPORT);
  const problems = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    problems.push(`console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.evaluateOnNewDocument(recordViolations);
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  return { page, problems };
}

/** Lets queued violation reports and console messages arrive. */
async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
}

/** Everything wrong since the last call, one line each; violations first. */
async function drainProblems({ page, problems }) {
  await settle(page).catch(() => {});
  const violations = await page.evaluate(() => window.__cspViolations.splice(0)).catch(() => []);
  return [
    ...violations.map(
      (violation) =>
        `securitypolicyviolation: ${violation.directive} blocked ${violation.blocked || '(nothing)'} on ${violation.element}` +
        `${violation.sample ? `, sample ${JSON.stringify(violation.sample)}` : ''}` +
        `${violation.styleAttribute === null ? '' : `, its style attribute ${JSON.stringify(violation.styleAttribute)}`}` +
        `${violation.source ? ` at ${violation.source}` : ''}`,
    ),
    ...problems.splice(0),
  ];
}

/** One line per distinct problem, with how often it happened; at most 40 of them. */
function listed(lines) {
  const counts = new Map();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  const distinct = [...counts].map(([line, count]) => `\n  - ${line}${count > 1 ? ` (${count} times)` : ''}`);
  const shown = distinct.slice(0, 40).join('');
  return distinct.length > 40 ? `${shown}\n  - …and ${distinct.length - 40} more` : shown;
}

/**
 * One step of a flow: runs it, then fails if the page reported anything. When the step
 * itself fails, the message still lists what the page reported, which is often the cause.
 */
async function step(session, name, action) {
  try {
    await action();
  } catch (error) {
    const reported = await drainProblems(session);
    error.message = `${name}: ${error.message}${reported.length ? `\nThe page reported:${listed(reported)}` : ''}`;
    throw error;
  }
  const reported = await drainProblems(session);
  if (reported.length > 0) {
    assert.fail(`${name}: the page reported ${reported.length} problem(s) under "${POLICY}":${listed(reported)}`);
  }
}

const isOpen = (selector) => `${selector}[open]`;
const text = (page, selector) => page.$eval(selector, (element) => element.textContent.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim());
const tileNamed = (name) => `${TILE}::-p-text(${JSON.stringify(name)})`;

async function visibleTileTexts(page) {
  const tiles = await page.$$(TILE);
  return Promise.all(tiles.map((tile) => tile.evaluate((element) => element.textContent.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim())));
}

/** Waits until the tiles shown satisfy `check`, e.g. after a search. */
async function waitForTiles(page, check, what) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let texts = [];
  while (Date.now() < deadline) {
    texts = await visibleTileTexts(page);
    if (check(texts)) return texts;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`expected ${what}, the tiles show: ${JSON.stringify(texts.slice(0, 5))} (${texts.length} in all)`);
}

// Puppeteer 24 watches for a selector with a MutationObserver on the document unless told to
// wait for visibility, and such an observer sees nothing inside shadow roots
// (puppeteer/puppeteer#13163): so these wait for what they look for to be shown, which polls
// every animation frame, before a locator acts on it.

/** Waits for `selector` to match something shown (or, with `{ hidden: true }`, nothing shown). */
async function waitFor(page, selector, { hidden = false } = {}) {
  try {
    return await page.waitForSelector(selector, hidden ? { hidden } : { visible: true });
  } catch (error) {
    throw new Error(`waited ${STEP_TIMEOUT_MS} ms for ${selector} ${hidden ? 'to go away' : 'to be shown'}`, { cause: error });
  }
}

/** Clicks what `selector` matches once it is shown, enabled and still, as a user would. */
async function click(page, selector) {
  await waitFor(page, selector);
  try {
    await page.locator(selector).click();
  } catch (error) {
    throw new Error(`could not click ${selector}: ${error.message}`, { cause: error });
  }
}

/** Types `value` into the field `selector` matches, replacing what it held. */
async function fill(page, selector, value) {
  await waitFor(page, selector);
  try {
    await page.locator(selector).fill(value);
  } catch (error) {
    throw new Error(`could not type into ${selector}: ${error.message}`, { cause: error });
  }
}

async function pressEscape(page) {
  await page.keyboard.press('Escape');
}

before(
  async () => {
    folder = await mkdtemp(join(tmpdir(), 'plugboard-csp-'));
    await buildPage();
    server = await serve();
    origin = `http://127.0.0.1:${server.address().port}`;
    browser = await launchChromium();
  },
  { timeout: 90_000 },
);

after(async () => {
  await browser?.close();
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  if (folder) await rm(folder, { recursive: true, force: true });
});

test('every response carries the policy and the page has no inline script or style', async () => {
  const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(SERVER_TIMEOUT_MS) });
  assert.equal(response.headers.get('content-security-policy'), POLICY);
  const html = await response.text();
  assert.doesNotMatch(html, /<style|\sstyle=|<script(?![^>]*\ssrc=)|\son[a-z]+=/i);
  const missing = await fetch(`${origin}/nothing-here.js`, { signal: AbortSignal.timeout(SERVER_TIMEOUT_MS) });
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get('content-security-policy'), POLICY);
});

test('the catalog lays its tiles out in a grid and filters them as the admin types', { timeout: TEST_TIMEOUT_MS }, async () => {
  const session = await openPage();
  const { page } = session;
  try {
    await step(session, 'loading the catalog', async () => {
      await waitFor(page, tileNamed('OTAFlow'));
      await waitForTiles(page, (texts) => texts.length >= 8, 'at least 8 tiles');
    });

    await step(session, 'tiles laid out as a grid', async () => {
      const list = await waitFor(page, TILE_LIST);
      const layout = await list.evaluate((grid) => ({
        display: getComputedStyle(grid).display,
        tiles: [...grid.querySelectorAll('[part~="tile"]')].slice(0, 12).map((tile) => {
          const box = tile.getBoundingClientRect();
          return { top: Math.round(box.top), left: Math.round(box.left), width: Math.round(box.width), height: Math.round(box.height) };
        }),
      }));
      const shown = JSON.stringify(layout);
      assert.equal(layout.display, 'grid', `the tile list's display is ${layout.display}: ${shown}`);
      const rows = [];
      for (const tile of layout.tiles) {
        assert.ok(tile.width > 0 && tile.height > 0, `a tile has no size: ${shown}`);
        const row = rows.find((candidate) => Math.abs(candidate[0].top - tile.top) <= 1);
        if (row) row.push(tile);
        else rows.push([tile]);
      }
      const [first, second] = rows;
      assert.ok(first && first.length >= 2, `several tiles should share the first row's top: ${shown}`);
      assert.ok(second, `the tiles should wrap onto a second row: ${shown}`);
      for (const row of [first, second]) {
        for (let index = 1; index < row.length; index++) {
          assert.ok(row[index].left >= row[index - 1].left + row[index - 1].width, `tiles of a row should stand side by side, left to right: ${shown}`);
        }
      }
      assert.ok(second[0].top >= first[0].top + first[0].height, `the second row should be below the first: ${shown}`);
      assert.equal(second[0].left, first[0].left, `rows should start in the same column: ${shown}`);
    });

    await step(session, 'typing in search', async () => {
      await click(page, SEARCH);
      await page.keyboard.type('ota');
      await waitForTiles(
        page,
        (texts) => texts.length > 0 && texts.length < 8 && texts.every((tile) => /ota/i.test(tile)),
        'only tiles matching "ota"',
      );
      await waitFor(page, tileNamed('OTAFlow'));
    });

    await step(session, 'searching for something no app has, then clearing the search', async () => {
      await page.keyboard.type('zzzz');
      await waitFor(page, EMPTY);
      await click(page, `${EMPTY} button`);
      await waitFor(page, EMPTY, { hidden: true });
      await waitForTiles(page, (texts) => texts.length >= 8, 'the whole catalog again');
      assert.equal(await page.$eval(SEARCH, (input) => input.value), '');
    });
  } finally {
    await page.close();
  }
});

test('an app opens in its dialog, activates through consent and deactivates after confirmation', { timeout: TEST_TIMEOUT_MS }, async () => {
  const session = await openPage();
  const { page } = session;
  const status = `${DETAIL} >>> [part~="header"] [part~="status"]`;
  try {
    await step(session, 'opening an app from its tile', async () => {
      await click(page, tileNamed('OTAFlow'));
      await waitFor(page, isOpen(DETAIL_DIALOG));
      await waitFor(page, `${DETAIL} >>> [part~="name"]::-p-text(OTAFlow)`);
      assert.equal(await text(page, status), 'Available');
    });

    await step(session, 'Activate opens the consent dialog; Escape closes it alone', async () => {
      await click(page, `${DETAIL} >>> [part~="activate-button"]`);
      await waitFor(page, isOpen(CONSENT_DIALOG));
      await pressEscape(page);
      await waitFor(page, isOpen(CONSENT_DIALOG), { hidden: true });
      assert.ok(await page.$(isOpen(DETAIL_DIALOG)), 'the detail dialog should stay open');
      assert.equal(await text(page, status), 'Available');
    });

    await step(session, 'activating through the consent dialog', async () => {
      await click(page, `${DETAIL} >>> [part~="activate-button"]`);
      await waitFor(page, isOpen(CONSENT_DIALOG));
      const boxes = await page.$$(`${CONSENT_DIALOG} input[type="checkbox"]`);
      assert.equal(boxes.length, 2, 'OTAFlow asks for both consents');
      for (const box of boxes) await box.click();
      await click(page, `${CONSENT_DIALOG} [part~="activate-button"]`);
      await waitFor(page, isOpen(CONSENT_DIALOG), { hidden: true });
      await waitFor(page, `${status}::-p-text(Active)`);
      await waitFor(page, `${DETAIL} >>> [part~="credentials"]`);
    });

    await step(session, 'Deactivate asks first; Escape keeps the app active', async () => {
      await click(page, `${DETAIL} >>> [part~="deactivate-button"]`);
      await waitFor(page, isOpen(CONFIRM_DIALOG));
      await pressEscape(page);
      await waitFor(page, isOpen(CONFIRM_DIALOG), { hidden: true });
      assert.equal(await text(page, status), 'Active');
    });

    await step(session, 'deactivating through the confirmation dialog', async () => {
      await click(page, `${DETAIL} >>> [part~="deactivate-button"]`);
      await waitFor(page, isOpen(CONFIRM_DIALOG));
      await click(page, `${CONFIRM_DIALOG} button::-p-text(Deactivate)`);
      await waitFor(page, isOpen(CONFIRM_DIALOG), { hidden: true });
      await waitFor(page, `${status}::-p-text(Available)`);
    });

    await step(session, 'Escape closes the app dialog', async () => {
      await pressEscape(page);
      await waitFor(page, isOpen(DETAIL_DIALOG), { hidden: true });
      assert.equal(await page.$eval(MARKETPLACE, (element) => element.getAttribute('app')), null);
    });
  } finally {
    await page.close();
  }
});

test('network security asks before restricting with no trusted network, and adds one', { timeout: TEST_TIMEOUT_MS }, async () => {
  const session = await openPage();
  const { page } = session;
  const radio = (mode) => `${NETWORK} >>> input[type="radio"][value="${mode}"]`;
  const checked = (mode) => page.$eval(radio(mode), (input) => input.checked);
  try {
    await step(session, 'opening network security from the toolbar', async () => {
      await click(page, `${MARKETPLACE} >>> [part~="network-button"]::-p-text(Network security)`);
      await waitFor(page, isOpen(NETWORK_DIALOG));
      await waitFor(page, `${NETWORK} >>> [part~="empty"]`);
      assert.equal(await checked('unrestricted'), true);
    });

    await step(session, 'Restricted with no trusted network asks first; Escape cancels', async () => {
      await click(page, radio('restricted'));
      await waitFor(page, isOpen(RESTRICT_DIALOG));
      await pressEscape(page);
      await waitFor(page, isOpen(RESTRICT_DIALOG), { hidden: true });
      assert.ok(await page.$(isOpen(NETWORK_DIALOG)), 'the network security dialog should stay open');
      assert.equal(await checked('unrestricted'), true);
    });

    await step(session, 'restricting anyway through the confirmation dialog', async () => {
      await click(page, radio('restricted'));
      await waitFor(page, isOpen(RESTRICT_DIALOG));
      await click(page, `${RESTRICT_DIALOG} [part~="confirm-button"]`);
      await waitFor(page, isOpen(RESTRICT_DIALOG), { hidden: true });
      await waitFor(page, `${NETWORK} >>> [part~="status"]::-p-text(saved)`);
      assert.equal(await checked('restricted'), true);
    });

    await step(session, 'adding a trusted network', async () => {
      await fill(page, `${NETWORK} >>> [part~="address-input"]`, '203.0.113.0/24');
      await fill(page, `${NETWORK} >>> [part~="label-input"]`, 'Head office');
      await click(page, `${NETWORK} >>> [part~="add-button"]`);
      await waitFor(page, `${NETWORK} >>> [part~="row"] [part~="address"]::-p-text(203.0.113.0/24)`);
      assert.equal(await text(page, `${NETWORK} >>> [part~="row-label"]`), 'Head office');
      assert.equal(await text(page, `${NETWORK} >>> [part~="count"]`), '1 trusted network');
    });

    await step(session, 'Escape closes network security', async () => {
      await pressEscape(page);
      await waitFor(page, isOpen(NETWORK_DIALOG), { hidden: true });
    });
  } finally {
    await page.close();
  }
});
