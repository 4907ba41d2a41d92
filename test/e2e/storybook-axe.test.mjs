// Every Storybook story, in every locale and both themes, checked with axe (WCAG 2.x A and
// AA) in headless Chromium. Builds Storybook as `npm run build-storybook` does (offline),
// serves it on 127.0.0.1 and reads the stories from its index.json, so a new story is covered
// without editing this file. Fails on any violation, on a story that errors while rendering
// or whose play function fails, and on any error the page logs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/chromium.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOCALES = ['en', 'bg', 'ru', 'tr'];
const THEMES = ['light', 'dark'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BUILD_TIMEOUT_MS = 300_000;
const STEP_TIMEOUT_MS = 20_000;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
/** Phases of a story's render (Storybook's RenderPhase) after which it will not change. */
const DONE_PHASES = ['completed', 'finished'];
const FAILED_PHASES = ['errored', 'aborted'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let folder;
let server;
let origin;
let browser;
let stories = [];

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'plugboard-storybook-'));
  const build = spawnSync('npx', ['storybook', 'build', '--output-dir', folder, '--disable-telemetry', '--quiet'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  assert.equal(build.status, 0, `storybook build failed:\n${build.stdout}\n${build.stderr}`);
  const index = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8'));
  stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

  server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname));
    // The browser asks for a favicon on its own; Storybook's preview names none.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = join(folder, path === sep ? 'index.html' : path);
    if (!file.startsWith(folder)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Opens one story with the toolbar's globals, waits until it settled, and runs axe on it. */
async function checkStory(page, story, locale, theme, errors) {
  const globals = `locale:${locale};theme:${theme};latency:none`;
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globals}`, {
    waitUntil: 'load',
    timeout: STEP_TIMEOUT_MS,
  });
  const phase = await page.waitForFunction(
    (done, failed) => {
      const current = window.__STORYBOOK_PREVIEW__?.currentRender?.phase;
      return [...done, ...failed].includes(current) ? current : false;
    },
    { timeout: STEP_TIMEOUT_MS, polling: 50 },
    DONE_PHASES,
    FAILED_PHASES,
  );
  const ended = await phase.jsonValue();
  if (FAILED_PHASES.includes(ended)) errors.push(`the story ended ${ended}`);
  await page.evaluate(() => window.plugboardStoriesSettled?.());
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const results = await window.axe.run(document.querySelector('#storybook-root'), { runOnly: { type: 'tag', values: tags } });
    return results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }, AXE_TAGS);
}

test('every story passes axe in every locale and theme, and renders without errors', { timeout: 1_800_000 }, async () => {
  assert.ok(stories.length >= 50, `only ${stories.length} stories in the index`);
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  let errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  // A failed request is reported with its address (the console's own message has none).
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} for ${response.url()}`);
  });
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  const failures = [];
  let checked = 0;
  for (const story of stories) {
    for (const locale of LOCALES) {
      for (const theme of THEMES) {
        errors = [];
        const violations = await checkStory(page, story, locale, theme, errors);
        checked += 1;
        for (const problem of [...violations, ...errors]) failures.push(`${story.id} (${locale}, ${theme}): ${problem}`);
      }
    }
  }
  await page.close();
  console.log(`# ${checked} story renders checked (${stories.length} stories × ${LOCALES.length} locales × ${THEMES.length} themes)`);
  assert.deepEqual(failures, []);
});
