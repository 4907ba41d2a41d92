/**
 * Benchmark baseline: the same catalog by hand with plain DOM APIs, no Lit. It pages
 * through the same `MemoryAdapter.listApps` (200, then 500 at a time) as the element, uses
 * the same grid geometry, tile markup and styles, and the same search rules; it paints
 * only the rows in view and reuses tile nodes as the window moves.
 */
import { MemoryAdapter } from '../../src/api/memory/index.js';
import type { AppStatus, AppSummary } from '../../src/api/schemas.js';
import { BENCH_APP_COUNT, generateFixtures } from '../catalog-fixtures.js';
import { installHooks } from './probes.js';

const TILE_MIN_WIDTH = 232;
const TILE_HEIGHT = 132;
const TILE_GAP = 12;
const ROW_STRIDE = TILE_HEIGHT + TILE_GAP;
const OVERSCAN_ROWS = 2;
const VIEWPORT_PADDING = 2;
const LANGUAGE = 'en';

const STATUS_TEXT: Record<Exclude<AppStatus, 'available'>, string> = {
  'pending-configuration': 'Needs configuration',
  active: 'Active',
  'credentials-expired': 'Credentials expired',
};

// The element's look, so both pages lay out and paint the same tiles.
const STYLES = `
  .layout { display: grid; grid-template-columns: 15rem minmax(0, 1fr); gap: 1.5rem; box-sizing: border-box;
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; font-size: 0.9375rem; line-height: 1.45; color: #1c2430; }
  .layout *, .layout *::before, .layout *::after { box-sizing: inherit; }
  button, input { font: inherit; color: inherit; }
  input[type='search'] { width: 100%; min-height: 2.5rem; padding: 0.4rem 0.75rem; border: 1px solid #9aa5b4; border-radius: 6px; background: #ffffff; }
  h2 { margin: 0; line-height: 1.25; font-size: 1.25rem; }
  .muted { color: #4f5b6b; }
  .catalog { display: grid; align-content: start; gap: 0.75rem; min-width: 0; }
  .toolbar p { margin: 0.15rem 0 0; }
  .viewport { position: relative; height: 40rem; overflow-y: auto; overscroll-behavior: contain; padding: ${VIEWPORT_PADDING}px; }
  .spacer { position: relative; }
  .grid { display: grid; will-change: transform; grid-auto-rows: ${TILE_HEIGHT}px; gap: ${TILE_GAP}px; }
  .tile { display: grid; grid-template-columns: auto minmax(0, 1fr); grid-template-rows: 1fr auto; gap: 0.35rem 0.75rem;
    width: 100%; height: 100%; padding: 0.85rem; border: 1px solid #d5dbe3; border-radius: 10px; background: #ffffff;
    text-align: start; cursor: pointer; overflow: hidden; }
  .tile-logo { width: 2.75rem; height: 2.75rem; border-radius: 6px; display: grid; place-items: center; font-weight: 700;
    color: #1d4fd7; background: #e6edfc; }
  .tile-text { display: grid; align-content: start; gap: 0.1rem; min-width: 0; }
  .tile-name { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .tile-vendor, .tile-summary { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-size: 0.875rem; }
  .badge { display: inline-block; padding: 0.1rem 0.5rem; border-radius: 999px; font-size: 0.8125rem; font-weight: 600;
    background: #e4e9f0; grid-column: 2; justify-self: start; }
  .badge[data-status='active'] { background: #dff3e4; color: #14532d; }
  .badge[data-status='pending-configuration'] { background: #fff1cc; color: #6b4400; }
  .badge[data-status='credentials-expired'] { background: #fdecea; color: #8a1c12; }
`;

/** The element's search rules: locale lower case, marks stripped, й kept, Turkish ı as i. */
function fold(text: string): string {
  return text
    .toLocaleLowerCase(LANGUAGE)
    .replace(/й/g, '\uE000')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/ı/g, 'i')
    .replaceAll('\uE000', 'й');
}

/** Up to two initials, as the element's logo placeholder shows them. */
function initials(name: string): string {
  return name
    .split(/[\s\-_.]+/u)
    .filter((word) => /\p{L}|\p{N}/u.test(word))
    .slice(0, 2)
    .map((word) => [...word][0]?.toLocaleUpperCase() ?? '')
    .join('');
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/** One tile's nodes, kept and refilled as different apps scroll through its slot. */
interface TileView {
  item: HTMLDivElement;
  button: HTMLButtonElement;
  logo: HTMLSpanElement;
  name: HTMLSpanElement;
  vendor: HTMLSpanElement;
  summary: HTMLSpanElement;
  badge: HTMLSpanElement;
  app: AppSummary | undefined;
}

function createTile(): TileView {
  const item = element('div');
  item.setAttribute('role', 'listitem');
  const button = element('button', 'tile');
  const logo = element('span', 'tile-logo');
  logo.setAttribute('aria-hidden', 'true');
  const text = element('span', 'tile-text');
  const name = element('span', 'tile-name');
  const vendor = element('span', 'tile-vendor muted');
  const summary = element('span', 'tile-summary');
  const badge = element('span', 'badge');
  text.append(name, vendor, summary);
  button.append(logo, text);
  item.append(button);
  return { item, button, logo, name, vendor, summary, badge, app: undefined };
}

function fillTile(view: TileView, app: AppSummary, index: number, setSize: number): void {
  view.item.setAttribute('aria-setsize', String(setSize));
  view.item.setAttribute('aria-posinset', String(index + 1));
  view.button.dataset['index'] = String(index);
  view.button.tabIndex = index === 0 ? 0 : -1;
  if (view.app === app) return;
  view.app = app;
  view.button.dataset['appId'] = app.id;
  view.logo.textContent = initials(app.name);
  view.name.textContent = app.name;
  view.vendor.textContent = `by ${app.vendor}`;
  view.summary.textContent = app.summary;
  if (app.status === 'available') {
    view.badge.remove();
  } else {
    view.badge.dataset['status'] = app.status;
    view.badge.textContent = STATUS_TEXT[app.status];
    view.button.append(view.badge);
  }
}

// ---- page ---------------------------------------------------------------------------------

const sheet = new CSSStyleSheet();
sheet.replaceSync(STYLES);
document.adoptedStyleSheets = [sheet];

const layout = element('div', 'layout');
const aside = element('aside');
const search = element('input');
Object.assign(search, { id: 'search', type: 'search', autocomplete: 'off', placeholder: 'Search apps' });
aside.append(search);
const catalog = element('section', 'catalog');
const toolbar = element('div', 'toolbar');
const title = element('h2');
title.textContent = 'All apps';
const countText = element('p', 'muted count');
toolbar.append(title, countText);
const viewport = element('div', 'viewport');
const spacer = element('div', 'spacer');
const grid = element('div', 'grid');
grid.setAttribute('role', 'list');
spacer.append(grid);
viewport.append(spacer);
catalog.append(toolbar, viewport);
layout.append(aside, catalog);
document.querySelector('#app')?.append(layout);

const apps: AppSummary[] = [];
const folded: string[] = [];
let visible: AppSummary[] = [];
const tiles: TileView[] = [];

function filter(): void {
  const words = fold(search.value).split(/\s+/).filter(Boolean);
  visible = [];
  for (let index = 0; index < apps.length; index += 1) {
    const text = folded[index] as string;
    if (words.every((word) => text.includes(word))) visible.push(apps[index] as AppSummary);
  }
}

function resizePool(size: number): void {
  while (tiles.length > size) tiles.pop()?.item.remove();
  while (tiles.length < size) {
    const view = createTile();
    tiles.push(view);
    grid.append(view.item);
  }
}

/** Lays out only the rows in view (plus overscan) and fills the reused tiles. */
function render(): void {
  countText.textContent = apps.length > 0 ? `${visible.length} ${visible.length === 1 ? 'app' : 'apps'}` : '';
  // A hidden viewport measures 0×0, so it keeps no tiles until it shows again.
  viewport.hidden = visible.length === 0;
  if (viewport.hidden) {
    resizePool(0);
    return;
  }
  const width = viewport.clientWidth - 2 * VIEWPORT_PADDING;
  const height = viewport.clientHeight - 2 * VIEWPORT_PADDING;
  const columns = Math.max(1, Math.floor((width + TILE_GAP) / (TILE_MIN_WIDTH + TILE_GAP)));
  const rowCount = Math.ceil(visible.length / columns);
  const scrollTop = viewport.scrollTop;
  const firstRow = Math.max(0, Math.floor(scrollTop / ROW_STRIDE) - OVERSCAN_ROWS);
  const lastRow = Math.min(rowCount, Math.ceil((scrollTop + height) / ROW_STRIDE) + OVERSCAN_ROWS);
  const start = firstRow * columns;
  const end = Math.min(visible.length, lastRow * columns);

  spacer.style.height = `${rowCount * ROW_STRIDE}px`;
  grid.style.transform = `translateY(${firstRow * ROW_STRIDE}px)`;
  grid.style.gridTemplateColumns = `repeat(${columns}, minmax(0, 1fr))`;

  resizePool(end - start);
  tiles.forEach((view, offset) => fillTile(view, visible[start + offset] as AppSummary, start + offset, visible.length));
}

search.addEventListener('input', () => {
  filter();
  render();
});
viewport.addEventListener('scroll', render, { passive: true });
new ResizeObserver(render).observe(viewport);

const adapter = new MemoryAdapter({ fixtures: generateFixtures(BENCH_APP_COUNT), latency: 0 });
const dataReady = performance.now();

/** The element's paging: the first 200 apps show at once, the rest follow 500 at a time. */
async function load(): Promise<void> {
  let page = await adapter.listApps({ limit: 200 }, { locale: LANGUAGE });
  for (;;) {
    for (const app of page.items) {
      apps.push(app);
      folded.push(fold(`${app.name}\n${app.vendor}\n${app.summary}`));
    }
    filter();
    render();
    if (!page.nextCursor) return;
    page = await adapter.listApps({ limit: 500, cursor: page.nextCursor }, { locale: LANGUAGE });
  }
}

installHooks(
  {
    root: document,
    // Filtering and rendering run synchronously in the input listener.
    settled: () => Promise.resolve(),
    resultCount: () => visible.length,
    loadedCount: () => apps.length,
  },
  dataReady,
  BENCH_APP_COUNT,
);
void load();
