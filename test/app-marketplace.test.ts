import './support/no-lit-warnings.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/app-marketplace/define.js';
import type { AppMarketplace } from '../src/components/app-marketplace/app-marketplace.js';
import type { AppDetailElement } from '../src/components/app-detail/app-detail.js';
import type { ConsentDialog } from '../src/components/consent-dialog/consent-dialog.js';
import { fixtures } from '../src/api/memory/fixtures.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import { AdapterElement } from '../src/internal/adapter-element.js';
import ru from '../src/i18n/locales/ru.json';
import tr from '../src/i18n/locales/tr.json';
import { focused, press, tabTo, type } from './support/keyboard.js';
import { manyApps } from './support/many-apps.js';
import { textOf, waitFor } from './support/wait.js';

const byName = (name: string) => fixtures.apps.find((app) => app.name === name)!;

async function renderMarketplace(adapter = new MemoryAdapter(), lang = 'en'): Promise<AppMarketplace> {
  const element = await fixture<AppMarketplace>(
    html`<app-marketplace lang=${lang} host-name="Hotelio" .adapter=${adapter}></app-marketplace>`,
  );
  await waitFor(() => tiles(element).length > 0 || !!part(element, 'error'), 'the catalog');
  await waitFor(() => !element.shadowRoot!.querySelector('.catalog [role="status"].muted:not(.count)'), 'every page');
  await element.updateComplete;
  return element;
}

function part(element: AppMarketplace, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function tiles(element: AppMarketplace): HTMLButtonElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tile')];
}

function tileNames(element: AppMarketplace): string[] {
  return tiles(element).map((tile) => textOf(tile.querySelector('.tile-name')));
}

async function search(element: AppMarketplace, query: string): Promise<void> {
  const input = part(element, 'search') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
}

function viewButton(element: AppMarketplace, label: string): HTMLButtonElement {
  const button = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.view')].find(
    (candidate) => textOf(candidate.querySelector('span')) === label,
  );
  if (!button) throw new Error(`no view named ${label}`);
  return button;
}

function detailOf(element: AppMarketplace): AppDetailElement {
  return element.shadowRoot!.querySelector('app-detail')!;
}

describe('<app-marketplace>', () => {
  it('passes an axe check', async () => {
    const element = await renderMarketplace();
    await expect(element).to.be.accessible();
  });

  it('lists categories with counts, All first, and a search box above them', async () => {
    const element = await renderMarketplace();
    const views = [...element.shadowRoot!.querySelectorAll('.view')].map((button) =>
      [...button.querySelectorAll('span')].map((span) => textOf(span)).join(' '),
    );
    expect(views[0]).to.equal(`All apps ${fixtures.apps.length}`);
    expect(views[1]).to.match(/^Active \d+$/);
    const categories = await new MemoryAdapter().listCategories();
    for (const category of categories) expect(views).to.include(`${category.name} ${category.appCount}`);
    const sidebar = part(element, 'sidebar')!;
    expect(sidebar.firstElementChild!.querySelector('input[type="search"]')).to.not.equal(null);
  });

  it('shows tiles with logo or initials, name, vendor, summary and status', async () => {
    const element = await renderMarketplace();
    const active = fixtures.apps.find((app) => app.initialStatus === 'active')!;
    const tile = tiles(element).find((candidate) => candidate.dataset['appId'] === active.id)!;
    expect(textOf(tile)).to.contain(active.name);
    expect(textOf(tile)).to.contain(`by ${active.vendor}`);
    expect(textOf(tile)).to.contain(active.summary.en.slice(0, 20));
    expect(textOf(tile.querySelector('[part~="tile-status"]'))).to.equal('Active');
    const withoutLogo = fixtures.apps.find((app) => !app.logoUrl)!;
    const plain = tiles(element).find((candidate) => candidate.dataset['appId'] === withoutLogo.id)!;
    expect(textOf(plain.querySelector('.monogram'))).to.match(/^\p{Lu}{1,2}$/u);
  });

  it('falls back to initials when a logo fails to load', async () => {
    // A logo server that refuses at once: the fixtures' CDN host fails only after a lookup
    // that can take seconds.
    const withLogo = { ...fixtures.apps.find((app) => app.logoUrl)!, logoUrl: 'https://127.0.0.1:1/logo.svg' };
    const element = await renderMarketplace(new MemoryAdapter({ fixtures: { ...fixtures, apps: [withLogo] } }));
    const tile = () => tiles(element).find((candidate) => candidate.dataset['appId'] === withLogo.id)!;
    await waitFor(() => !!tile().querySelector('.monogram'), 'the fallback');
    expect(tile().querySelector('img')).to.equal(null);
  });

  it('filters by category and shows the Active view with apps being set up', async () => {
    const element = await renderMarketplace();
    const categories = await new MemoryAdapter().listCategories();
    viewButton(element, categories[0]!.name).click();
    await element.updateComplete;
    expect(tiles(element)).to.have.length(categories[0]!.appCount);
    expect(textOf(element.shadowRoot!.querySelector('#catalog-title'))).to.equal(categories[0]!.name);
    viewButton(element, 'Active').click();
    await element.updateComplete;
    const installed = fixtures.apps.filter((app) => app.initialStatus && app.initialStatus !== 'available');
    expect(tiles(element).map((tile) => tile.dataset['appId']).sort()).to.deep.equal(installed.map((app) => app.id).sort());
    expect(textOf(element.shadowRoot!.querySelector('[part~="tile-status"][data-status="pending-configuration"]'))).to.equal(
      'Needs configuration',
    );
  });

  it('searches name, vendor and summary as you type, ignoring case and accents', async () => {
    const element = await renderMarketplace();
    await search(element, 'KASSENBRUCKE');
    expect(tileNames(element)).to.deep.equal(['Kassenbrücke']);
    await search(element, 'cafe');
    expect(tileNames(element)).to.include('Café Caisse');
    const vendorOnly = byName('Café Caisse').vendor.split(' ')[0]!;
    await search(element, vendorOnly.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
    expect(tileNames(element)).to.include('Café Caisse');
    await search(element, 'caf');
    const narrowing = tileNames(element).length;
    await search(element, 'cafe cai');
    expect(tileNames(element).length).to.be.at.most(narrowing);
  });

  it('uses Turkish case rules in Turkish: ISTASYONU and istasyonu find İstasyonu', async () => {
    const element = await renderMarketplace(new MemoryAdapter(), 'tr');
    await search(element, 'KANAL ISTASYONU');
    expect(tileNames(element)).to.deep.equal(['Kanal İstasyonu']);
    await search(element, 'kanal istasyonu');
    expect(tileNames(element)).to.deep.equal(['Kanal İstasyonu']);
    await search(element, 'yağmurlu ışık');
    expect(tileNames(element)).to.deep.equal(['Kanal İstasyonu']);
  });

  it('treats ё as е in Russian', async () => {
    const element = await renderMarketplace(new MemoryAdapter(), 'ru');
    const cyrillic = fixtures.apps.find((app) => /[а-яё]/i.test(app.name))!;
    const query = cyrillic.name.toLocaleUpperCase('ru').replace(/Е/g, 'Ё');
    await search(element, query);
    expect(tileNames(element)).to.include(cyrillic.name);
  });

  it('says when nothing matches and clears the search', async () => {
    const element = await renderMarketplace();
    await search(element, 'no such app anywhere');
    const empty = part(element, 'empty')!;
    expect(textOf(empty)).to.contain('No apps match “no such app anywhere”.');
    empty.querySelector('button')!.click();
    await element.updateComplete;
    expect(tiles(element).length).to.be.greaterThan(0);
    expect((part(element, 'search') as HTMLInputElement).value).to.equal('');
    expect(focused()).to.equal(part(element, 'search'));
  });

  it('shows a loading state, then an error with Retry that recovers', async () => {
    const adapter = new MemoryAdapter({ latency: 50 });
    adapter.simulateError('listApps', 'server');
    const element = await fixture<AppMarketplace>(html`<app-marketplace .adapter=${adapter}></app-marketplace>`);
    expect(textOf(element.shadowRoot!.querySelector('[role="status"]:not(.count)'))).to.equal('Loading…');
    await waitFor(() => !!part(element, 'error'), 'the error');
    const error = part(element, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.contain('We could not load the catalog.');
    // Nothing was counted, so the views say no number rather than "0".
    expect(element.shadowRoot!.querySelectorAll('.view-count')).to.have.length(0);
    error.querySelector('button')!.click();
    await waitFor(() => tiles(element).length > 0, 'the tiles');
    expect(textOf(element.shadowRoot!.querySelector('.view-count'))).to.equal(String(fixtures.apps.length));
  });

  it('says it cannot load when no adapter comes, and loads once one does', async () => {
    const gracePeriod = AdapterElement.adapterGracePeriod;
    AdapterElement.adapterGracePeriod = 30;
    try {
      const element = await fixture<AppMarketplace>(html`<app-marketplace></app-marketplace>`);
      await waitFor(() => !!part(element, 'error'), 'the message');
      expect(part(element, 'error')!.getAttribute('role')).to.equal('alert');
      expect(textOf(part(element, 'error'))).to.contain('not connected to a server');
      element.adapter = new MemoryAdapter();
      await waitFor(() => tiles(element).length > 0, 'the tiles');
      expect(part(element, 'error')).to.equal(null);
    } finally {
      AdapterElement.adapterGracePeriod = gracePeriod;
    }
  });

  it('shows the error in Russian', async () => {
    const adapter = new MemoryAdapter();
    adapter.simulateError('listCategories', 'rate-limited', { retryAfter: 30 });
    const element = await renderMarketplace(adapter, 'ru');
    expect(textOf(part(element, 'error'))).to.contain(ru.marketplace.loadError);
    expect(textOf(part(element, 'error'))).to.contain('Повторите попытку через 30 секунд.');
  });

  it('keeps the DOM small with 10,000 apps and searches them all', async () => {
    const element = await renderMarketplace(new MemoryAdapter({ fixtures: manyApps(10_000) }));
    expect(element.visibleApps).to.have.length(10_000);
    expect(tiles(element).length).to.be.below(60);
    const nodes = element.shadowRoot!.querySelectorAll('*').length;
    expect(nodes).to.be.below(1500);
    await search(element, 'kassenbrucke 99');
    const names = element.visibleApps.map((app) => app.name);
    expect(names.length).to.be.greaterThan(0);
    expect(names.every((name) => name.startsWith('Kassenbrücke ') && name.includes('99'))).to.equal(true);
    expect(tiles(element).length).to.equal(names.length);
  });

  it('moves across tiles with the arrow keys, scrolling the virtual grid', async () => {
    const element = await renderMarketplace(new MemoryAdapter({ fixtures: manyApps(2_000) }));
    tiles(element)[0]!.focus();
    await press('ArrowRight');
    expect(focused()?.dataset['index']).to.equal('1');
    await press('ArrowDown');
    const columns = Number(focused()?.dataset['index']) - 1;
    expect(columns).to.be.greaterThan(0);
    await press('End');
    await element.updateComplete;
    expect(focused()?.dataset['index']).to.equal('1999');
    expect(tiles(element).length).to.be.below(60);
    await press('Home');
    expect(focused()?.dataset['index']).to.equal('0');
    await press('PageDown');
    expect(Number(focused()?.dataset['index'])).to.be.greaterThan(columns);
    // Only one tile is in the tab order.
    expect(tiles(element).filter((tile) => tile.tabIndex === 0)).to.have.length(1);
  });

  it('opens an app from the app attribute (deep link) and tells the host', async () => {
    const adapter = new MemoryAdapter();
    const element = await renderMarketplace(adapter);
    const target = byName('Kassenbrücke');
    setTimeout(() => element.setAttribute('app', target.id));
    const opened = await oneEvent(element, 'pb-app-open');
    expect(opened.detail.appId).to.equal(target.id);
    await waitFor(() => !!detailOf(element)?.shadowRoot?.querySelector('[part~="header"]'), 'the detail');
    const dialog = part(element, 'detail-dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(dialog.getAttribute('aria-label')).to.equal(target.name);
    await expect(element).to.be.accessible();
    setTimeout(() => void press('Escape'));
    const closed = await oneEvent(element, 'pb-app-close');
    expect(closed.detail.appId).to.equal(target.id);
    expect(element.app).to.equal('');
    expect(element.hasAttribute('app')).to.equal(false);
  });

  it('updates the tile and the Active view after activation and deactivation', async () => {
    const adapter = new MemoryAdapter();
    const element = await renderMarketplace(adapter);
    const target = fixtures.apps.find((app) => !app.initialStatus && app.developer === 'vendor')!;
    element.app = target.id;
    await waitFor(() => !!detailOf(element)?.shadowRoot?.querySelector('[part~="activate-button"]'), `the detail of ${target.id}: ${textOf(detailOf(element)?.shadowRoot)}`);
    const detail = detailOf(element);
    detail.shadowRoot!.querySelector<HTMLButtonElement>('[part~="activate-button"]')!.click();
    const consent = detail.shadowRoot!.querySelector('consent-dialog') as ConsentDialog;
    await consent.updateComplete;
    await expect(element).to.be.accessible();
    consent.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((box) => box.click());
    await consent.updateComplete;
    consent.shadowRoot!.querySelector<HTMLButtonElement>('[part~="activate-button"]')!.click();
    await oneEvent(element, 'pb-activated');
    element.app = '';
    await element.updateComplete;
    viewButton(element, 'Active').click();
    await element.updateComplete;
    expect(tiles(element).map((tile) => tile.dataset['appId'])).to.include(target.id);

    element.app = target.id;
    await waitFor(() => !!detailOf(element)?.shadowRoot?.querySelector('[part~="deactivate-button"]'), 'the detail');
    detailOf(element).shadowRoot!.querySelector<HTMLButtonElement>('[part~="deactivate-button"]')!.click();
    await detailOf(element).updateComplete;
    detailOf(element).shadowRoot!.querySelector<HTMLButtonElement>('[part~="confirm-dialog"] .button.danger')!.click();
    await oneEvent(element, 'pb-deactivated');
    await element.updateComplete;
    expect(tiles(element).map((tile) => tile.dataset['appId'])).to.not.include(target.id);
  });

  it('loads network security only when its dialog opens, in a dialog that passes axe', async () => {
    const adapter = new MemoryAdapter();
    let reads = 0;
    const getNetworkSecurity = adapter.getNetworkSecurity.bind(adapter);
    adapter.getNetworkSecurity = (options) => {
      reads += 1;
      return getNetworkSecurity(options);
    };
    const element = await renderMarketplace(adapter);
    expect(reads, 'reads before the dialog opens').to.equal(0);
    part(element, 'network-button')!.click();
    const dialog = part(element, 'network-dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    await element.updateComplete;
    const security = dialog.querySelector('network-security')!;
    await waitFor(() => !!security.shadowRoot?.querySelector('[part~="mode"]'), 'the settings');
    expect(reads).to.equal(1);
    await expect(element).to.be.accessible();
  });

  it('speaks Turkish, with plural counts in Russian', async () => {
    const inTurkish = await renderMarketplace(new MemoryAdapter(), 'tr');
    expect(textOf(part(inTurkish, 'search')?.closest('search')?.querySelector('label'))).to.equal(tr.marketplace.searchLabel);
    expect(textOf(viewButton(inTurkish, tr.marketplace.allApps))).to.contain(String(fixtures.apps.length));
    const inRussian = await renderMarketplace(new MemoryAdapter(), 'ru');
    await search(inRussian, 'kassenbrucke');
    expect(textOf(inRussian.shadowRoot!.querySelector('.count'))).to.equal(ru.marketplace.resultCount_one.replace('{{count, number}}', '1'));
    await search(inRussian, '');
    const count = fixtures.apps.length;
    const form = new Intl.PluralRules('ru').select(count) as 'one' | 'few' | 'many';
    expect(textOf(inRussian.shadowRoot!.querySelector('.count'))).to.equal(
      ru.marketplace[`resultCount_${form}`].replace('{{count, number}}', String(count)),
    );
  });

  it('is usable with the keyboard alone: search, open, consent, activate, deactivate', async () => {
    const adapter = new MemoryAdapter();
    const element = await renderMarketplace(adapter);
    const target = byName('Kassenbrücke');
    expect(target.initialStatus).to.equal(undefined);

    await tabTo((node) => node.id === 'search');
    await type('kassenbr');
    await element.updateComplete;
    expect(tileNames(element)).to.deep.equal(['Kassenbrücke']);
    await tabTo((node) => node.classList.contains('tile'));
    await press('Enter');
    await waitFor(() => !!detailOf(element)?.shadowRoot?.querySelector('[part~="activate-button"]'), 'the detail');
    await detailOf(element).updateComplete;

    await tabTo((node) => node.getAttribute('part') === 'activate-button');
    await press('Enter');
    const consent = detailOf(element).shadowRoot!.querySelector('consent-dialog') as ConsentDialog;
    await waitFor(() => consent.open, 'the consent dialog');
    await tabTo((node) => node.getAttribute('name') === 'fees');
    await press('Space');
    await tabTo((node) => node.getAttribute('name') === 'data');
    await press('Space');
    await consent.updateComplete;
    await tabTo((node) => node.getAttribute('part') === 'activate-button' && node.closest('dialog') !== null);
    await press('Enter');
    await waitFor(() => !consent.open, 'the activation');
    expect((await adapter.getActivation(target.id)).status).to.equal('active');

    await waitFor(() => focused()?.getAttribute('part') === 'deactivate-button', 'focus on Deactivate');
    await press('Enter');
    await detailOf(element).updateComplete;
    await tabTo((node) => node.classList.contains('danger'));
    await press('Enter');
    await waitFor(() => !!detailOf(element).shadowRoot!.querySelector('[part~="activate-button"]'), 'the deactivation');
    expect((await adapter.getActivation(target.id)).status).to.equal('available');
    await press('Escape');
    await element.updateComplete;
    expect(element.app).to.equal('');
  });
});
