// `node bench/catalog.mjs`: the catalog benchmark. Bundles two pages showing the same
// 10,000 generated apps — <app-marketplace> and a hand-written raw-DOM baseline — serves them
// on 127.0.0.1, loads each several times in headless Chromium and prints time to first tiles,
// keystroke-to-paint latency of search and DOM size side by side, then the gzip size of the
// production bundle of every element. The figures are for reading: the exit code is non-zero
// only when the harness itself failed.
import { build } from 'esbuild';
import { launchChromium } from '../scripts/chromium.mjs';
import { createServer } from 'node:http';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', 'out');
const APP_COUNT = 10_000; // BENCH_APP_COUNT of bench/catalog-fixtures.ts, for the printout
const RUNS = 5;
const VIEWPORT = { width: 1280, height: 900 };
const HARNESS_TIMEOUT_MS = 170_000;
const LOAD_TIMEOUT_MS = 30_000;
const STEP_TIMEOUT_MS = 10_000;
const BUDGET_BYTES = 45_000;
const GOAL_BYTES = 40_000;

const BACKSPACE = '\b';
const erase = (word) => BACKSPACE.repeat([...word].length);
/** Typed one key at a time: narrowing, widening, two words, diacritic folding, Cyrillic. */
const TYPED = [...`ota${erase('ota')}sehir${erase('sehir')}key lock${erase('key lock')}отель${erase('отель')}`];
/** Compared between the pages; Turkish and Cyrillic forms exercise the folding rules. */
const SANITY_QUERIES = ['ota', 'sehir', 'İstanbul', 'ışık', 'ISIK', 'елка', 'йошкар', 'key lock', 'отели', 'zzzz', ''];

const PAGES = [
  { id: 'plugboard', label: 'Plugboard', entry: 'bench/pages/plugboard.ts' },
  { id: 'raw', label: 'raw DOM', entry: 'bench/pages/raw.ts' },
];

// Both pages are built as a host would ship them: minified, with Lit's production build.
const PRODUCTION = {
  absWorkingDir: ROOT,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.json': 'json' },
  logLevel: 'warning',
};

const pageHtml = (page) => `<!doctype html>
<html lang="en">
<meta charset="utf-8" />
<link rel="icon" href="data:," />
<title>${page.label} catalog benchmark</title>
<style>
  body { margin: 0; }
  #app { box-sizing: border-box; width: ${VIEWPORT.width}px; height: ${VIEWPORT.height}px; padding: 16px; overflow: hidden; }
</style>
<body>
  <div id="app"></div>
  <script type="module" src="./${page.id}.js"></script>
</body>
</html>
`;

async function buildPages() {
  await mkdir(OUT, { recursive: true });
  await build({
    ...PRODUCTION,
    entryPoints: Object.fromEntries(PAGES.map((page) => [page.id, page.entry])),
    outdir: OUT,
  });
  await Promise.all(PAGES.map((page) => writeFile(join(OUT, `${page.id}.html`), pageHtml(page))));
}

/**
 * Gzip size of what a host downloads up front for every element and English. Without
 * splitting esbuild would inline the lazy `import()` of the bg/ru/tr strings, so this splits
 * and counts the entry chunk plus the chunks it imports statically, not the lazy ones.
 */
async function measureBundle() {
  const result = await build({
    ...PRODUCTION,
    entryPoints: ['src/define.ts'],
    splitting: true,
    outdir: join(OUT, 'size'),
    write: false,
    metafile: true,
  });
  const contents = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const gzipped = (path) => gzipSync(contents.get(resolve(ROOT, path)), { level: 9 }).length;
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint === 'src/define.ts');
  const eager = new Set();
  const visit = (path) => {
    if (eager.has(path)) return;
    eager.add(path);
    for (const imported of outputs[path].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  const lazy = Object.keys(outputs).filter((path) => path.endsWith('.js') && !eager.has(path));
  // Minified bytes by package, to show where the budget goes.
  const origins = new Map();
  for (const path of eager) {
    for (const [input, { bytesInOutput }] of Object.entries(outputs[path].inputs)) {
      const origin = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? 'plugboard src';
      origins.set(origin, (origins.get(origin) ?? 0) + bytesInOutput);
    }
  }
  return {
    origins: [...origins].filter(([, size]) => size > 0).sort((a, b) => b[1] - a[1]),
    minified: [...eager].reduce((sum, path) => sum + outputs[path].bytes, 0),
    gzip: [...eager].reduce((sum, path) => sum + gzipped(path), 0),
    chunks: eager.size,
    lazy: lazy.map((path) => ({ name: path.split('/').pop(), gzip: gzipped(path) })),
  };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

function serve(directory) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = normalize(join(directory, path));
    try {
      if (!file.startsWith(directory)) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolvePromise(server));
  });
}

/** One fresh load of a page: first tiles, full load, DOM size, then every typed key. */
async function measurePage(browser, url, withSanity) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    const firstTiles = await page.evaluate(() => globalThis.bench.firstTiles);
    const loaded = await page.evaluate((timeout) => globalThis.bench.whenLoaded(timeout), LOAD_TIMEOUT_MS);
    const dataReady = await page.evaluate(() => globalThis.bench.dataReady);
    const dom = await page.evaluate(() => globalThis.bench.domStats());
    await page.evaluate(() => globalThis.bench.focusSearch());
    for (const [index, key] of TYPED.entries()) {
      if (key === BACKSPACE) await page.keyboard.press('Backspace');
      else await page.keyboard.type(key);
      await page.evaluate((count, timeout) => globalThis.bench.waitForKeystrokes(count, timeout), index + 1, STEP_TIMEOUT_MS);
    }
    const keystrokes = await page.evaluate(() => globalThis.bench.keystrokes);
    const sanity = [];
    if (withSanity) {
      for (const query of SANITY_QUERIES) sanity.push(await page.evaluate((q) => globalThis.bench.search(q), query));
    }
    if (errors.length > 0) throw new Error(`Page errors on ${url}: ${errors.join('; ')}`);
    return { firstTiles, loaded, dataReady, dom, keystrokes, sanity };
  } finally {
    await page.close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)];
}

function summarize(runs) {
  const samples = runs.flatMap((run) => run.keystrokes);
  const keystrokes = samples.map((sample) => sample.ms);
  return {
    keyWork: median(samples.map((sample) => sample.workMs)),
    keyQueue: median(samples.map((sample) => sample.queueMs)),
    firstTiles: median(runs.map((run) => run.firstTiles.painted)),
    firstTileInDom: median(runs.map((run) => run.firstTiles.inDom)),
    loadedByPaint: median(runs.map((run) => run.firstTiles.loadedByPaint)),
    keyMedian: median(keystrokes),
    keyP95: percentile(keystrokes, 0.95),
    samples: keystrokes.length,
    keydownSamples: runs[0].keystrokes.filter((sample) => sample.from === 'keydown').length,
    nodes: median(runs.map((run) => run.dom.nodes)),
    gridNodes: median(runs.map((run) => run.dom.gridNodes)),
    tiles: median(runs.map((run) => run.dom.tiles)),
    loaded: median(runs.map((run) => run.loaded)),
    dataReady: median(runs.map((run) => run.dataReady)),
  };
}

const ms = (value) => value.toFixed(1);
const bytes = (value) => value.toLocaleString('en-US');
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');

function printTable(rows) {
  const header = ['', 'first tiles (ms)', 'keystroke median (ms)', 'keystroke p95 (ms)', 'DOM nodes', 'tiles rendered', 'all loaded (ms)', 'keystroke work median (ms)'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, column) => String(cell)[column === 0 ? 'padEnd' : 'padStart'](widths[column])).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** Both pages must show the same apps for the same query, or the timings compare nothing. */
function printSanity(plugboard, raw) {
  console.log('\nCorrectness: result counts of both pages for the same query');
  let differences = 0;
  SANITY_QUERIES.forEach((query, index) => {
    const a = plugboard.sanity[index];
    const b = raw.sanity[index];
    const same = a.count === b.count && a.firstIds.join() === b.firstIds.join();
    if (!same) differences += 1;
    const verdict = same ? 'agree' : `DIFFER (first tiles ${a.firstIds.join(',')} vs ${b.firstIds.join(',')})`;
    console.log(`  ${JSON.stringify(query).padEnd(12)} Plugboard ${String(a.count).padStart(5)}   raw ${String(b.count).padStart(5)}   ${verdict}`);
  });
  const typed = plugboard.keystrokes.filter((sample, index) => {
    const other = raw.keystrokes[index];
    return other && sample.query === other.query && sample.count === other.count;
  }).length;
  console.log(`  after each typed key: ${typed}/${TYPED.length} counts agree`);
  if (typed !== TYPED.length) differences += 1;
  console.log(differences === 0 ? '  => both pages agree.' : `  => MISMATCH: ${differences} check(s) differ, see above.`);
}

async function main(resources) {
  const bundle = await measureBundle();
  await buildPages();
  resources.server = await serve(OUT);
  const base = `http://127.0.0.1:${resources.server.address().port}`;
  resources.browser = await launchChromium({ defaultViewport: VIEWPORT, protocolTimeout: 60_000 });
  const version = await resources.browser.version();

  const runs = Object.fromEntries(PAGES.map((page) => [page.id, []]));
  for (let run = 0; run < RUNS; run += 1) {
    // Alternate which page goes first, so drift (thermal, caches) does not favour one.
    const order = run % 2 === 0 ? PAGES : [...PAGES].reverse();
    for (const page of order) runs[page.id].push(await measurePage(resources.browser, `${base}/${page.id}.html`, run === 0));
  }

  const [plugboard, raw] = PAGES.map((page) => summarize(runs[page.id]));
  console.log(`\nCatalog benchmark: ${bytes(APP_COUNT)} apps, ${RUNS} loads per page (median), ${version}, ${VIEWPORT.width}×${VIEWPORT.height}\n`);
  printTable([
    ...[plugboard, raw].map((row, index) => [
      PAGES[index].label, ms(row.firstTiles), ms(row.keyMedian), ms(row.keyP95), row.nodes, row.tiles, ms(row.loaded), ms(row.keyWork),
    ]),
    [
      'Plugboard ÷ raw',
      ratio(plugboard.firstTiles, raw.firstTiles),
      ratio(plugboard.keyMedian, raw.keyMedian),
      ratio(plugboard.keyP95, raw.keyP95),
      '',
      '',
      ratio(plugboard.loaded, raw.loaded),
      ratio(plugboard.keyWork, raw.keyWork),
    ],
  ]);
  console.log(`
Notes:
  - Times are in-page, from navigation start (first tiles, all loaded) or from the key event
    (keystroke) to the end of the next frame's rendering (rAF, then a posted message), so they
    snap to the ~16.7 ms frame clock. "Keystroke work" stops instead once the DOM is updated and
    laid out (layout forced in the probe), so it shows the cost that frames hide; of it, ${ms(plugboard.keyQueue)} / ${ms(raw.keyQueue)} ms
    (Plugboard / raw) is input queueing before any page script ran.
  - First tile in the DOM at ${ms(plugboard.firstTileInDom)} / ${ms(raw.firstTileInDom)} ms; ${bytes(plugboard.loadedByPaint)} / ${bytes(raw.loadedByPaint)} apps loaded by its first paint (Plugboard / raw).
    With latency 0 the adapter answers in microtasks, so a page that never yields between pages
    paints only once every page is in.
  - Both pages generate the data in the page: script loaded and data generated after ${ms(plugboard.dataReady)} / ${ms(raw.dataReady)} ms
    (Plugboard / raw), included in first tiles. Both then page through MemoryAdapter.listApps (200, then 500 per call,
    latency 0); Plugboard also validates every answer with its zod contract, as it does in production.
  - Keystrokes: ${plugboard.samples} / ${raw.samples} samples over ${RUNS} loads (${TYPED.length} keys each: "ota", "sehir", "key lock", "отель",
    each typed then erased with Backspace). ${plugboard.keydownSamples} of ${TYPED.length} are timed from keydown; the Cyrillic letters
    are inserted as text by the DevTools protocol without a keydown, so they are timed from the input event.
  - DOM nodes: every node (elements, text, comments such as Lit's markers) in the document and open
    shadow roots, after all apps loaded. The tile grid alone: ${plugboard.gridNodes} / ${raw.gridNodes} nodes (Plugboard / raw);
    the rest of Plugboard's count is its sidebar (views, categories) and dialogs, which the baseline lacks.`);
  printSanity(runs.plugboard[0], runs.raw[0]);

  const verdict = bundle.gzip <= BUDGET_BYTES ? 'PASS' : 'FAIL';
  const goal = bundle.gzip <= GOAL_BYTES ? 'goal met' : 'goal not met';
  console.log(`
Bundle: src/define.ts (every element + English), esbuild minify, esm, Lit production build, NODE_ENV=production,
  every dependency bundled (none external): ${bytes(bundle.gzip)} B gzip -9 (${bytes(bundle.minified)} B minified, ${bundle.chunks} eager chunk(s))
  => ${verdict} against the 45 KB budget (${bytes(BUDGET_BYTES)} B; goal 40 KB: ${goal}).
  Split build so the lazily imported locales stay out; not counted: ${bundle.lazy.map((chunk) => `${chunk.name} ${bytes(chunk.gzip)} B`).join(', ')} gzip.
  Minified bytes by origin: ${bundle.origins.map(([origin, size]) => `${origin} ${bytes(size)}`).join(', ')}.`);
}

/** Closes what main opened, even when it hangs or throws. */
async function cleanUp(resources) {
  if (resources.browser) {
    const closed = resources.browser.close();
    const timedOut = new Promise((done) => setTimeout(done, 10_000, 'timeout'));
    if ((await Promise.race([closed, timedOut])) === 'timeout') resources.browser.process()?.kill('SIGKILL');
  }
  if (resources.server) {
    resources.server.closeAllConnections();
    await new Promise((done) => resources.server.close(done));
  }
  // The bundles are throwaway; removed so linters and editors never pick them up.
  await rm(OUT, { recursive: true, force: true });
}

const resources = {};
let watchdog;
try {
  await Promise.race([
    main(resources),
    new Promise((_, reject) => {
      watchdog = setTimeout(() => reject(new Error(`Benchmark did not finish within ${HARNESS_TIMEOUT_MS / 1000} s.`)), HARNESS_TIMEOUT_MS);
    }),
  ]);
} catch (error) {
  console.error(`\nBenchmark harness failed: ${error instanceof Error ? error.stack : error}`);
  process.exitCode = 1;
} finally {
  clearTimeout(watchdog);
  await cleanUp(resources);
}
