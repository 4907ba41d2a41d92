import './support/no-lit-warnings.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/components/app-marketplace/define.js';
import '../src/components/app-detail/define.js';
import '../src/components/network-security/define.js';
import type { AppMarketplace } from '../src/components/app-marketplace/app-marketplace.js';
import type { AppDetailElement } from '../src/components/app-detail/app-detail.js';
import type { RequestOptions } from '../src/api/adapter.js';
import { fixtures } from '../src/api/memory/fixtures.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import { RestAdapter } from '../src/api/rest-adapter.js';
import type { AppPage, AppSummary, ListAppsQuery } from '../src/api/schemas.js';
import type { PbErrorDetail } from '../src/events/error-event.js';
import bg from '../src/i18n/locales/bg.json';
import en from '../src/i18n/locales/en.json';
import { focused, press, pressShifted } from './support/keyboard.js';
import { manyApps } from './support/many-apps.js';
import { axeViolations, headingLevels } from './support/axe.js';
import { textOf, waitFor } from './support/wait.js';

/** A MemoryAdapter whose `listApps` answers what a test scripts, counting the calls. */
class ScriptedAdapter extends MemoryAdapter {
  calls: ListAppsQuery[] = [];
  constructor(private readonly pageFor: (query: ListAppsQuery, call: number) => unknown) {
    super();
  }
  override async listApps(query: ListAppsQuery): Promise<AppPage> {
    this.calls.push(query);
    return this.pageFor(query, this.calls.length) as AppPage;
  }
}

/** An app summary; `overrides` may break the contract on purpose. */
function app(index: number, overrides: Record<string, unknown> = {}): AppSummary {
  return {
    id: `app-${index}`,
    name: `App ${index}`,
    vendor: 'Vendor',
    summary: 'Summary',
    categoryIds: [],
    developer: 'vendor',
    status: 'available',
    ...overrides,
  } as AppSummary;
}

function apps(from: number, count: number): AppSummary[] {
  return Array.from({ length: count }, (_, offset) => app(from + offset));
}

async function renderCatalog(adapter: MemoryAdapter, lang = 'en'): Promise<{ element: AppMarketplace; errors: PbErrorDetail[] }> {
  const errors: PbErrorDetail[] = [];
  const element = await fixture<AppMarketplace>(
    html`<app-marketplace lang=${lang} .adapter=${adapter} @pb-error=${(event: CustomEvent<PbErrorDetail>) => errors.push(event.detail)}></app-marketplace>`,
  );
  await waitFor(() => !!element.shadowRoot!.querySelector('.tile, [part~="error"]'), 'the catalog');
  await waitFor(() => !element.shadowRoot!.querySelector('.catalog [role="status"].muted:not(.count)'), 'the paging to end');
  await element.updateComplete;
  return { element, errors };
}

function tileIds(element: AppMarketplace): string[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('.tile')].map((tile) => tile.dataset['appId']!);
}

function countText(element: AppMarketplace): string {
  return textOf(element.shadowRoot!.querySelector('.count'));
}

function notice(element: AppMarketplace): string {
  return textOf(element.shadowRoot!.querySelector('[part~="notice"]'));
}

describe('a misbehaving backend', () => {
  describe('paging is bounded', () => {
    const cases: [string, (query: ListAppsQuery, call: number) => unknown, number, number][] = [
      // name, pages, most calls allowed, apps shown
      ['a cursor that repeats', (_query, call) => ({ items: apps(call * 10, 10), total: 1000, nextCursor: 'same' }), 3, 20],
      [
        'cursors that cycle',
        (query, call) => ({ items: apps(call * 10, 10), total: 1000, nextCursor: query.cursor === 'b' ? 'a' : query.cursor === 'a' ? 'b' : 'a' }),
        4,
        30,
      ],
      ['pages that never end', (_query, call) => ({ items: apps(call * 10, 10), total: 20, nextCursor: `page-${call}` }), 4, 40],
      ['a page that adds nothing', (_query, call) => ({ items: call === 1 ? apps(0, 10) : [], total: 500, nextCursor: `page-${call}` }), 2, 10],
      ['ids repeated across pages', (_query, call) => ({ items: apps(0, 10), total: 30, nextCursor: call < 3 ? `page-${call}` : null }), 2, 10],
      ['a total that disagrees with the items', (_query, call) => ({ items: apps(call * 10, 10), total: 5000, nextCursor: call < 3 ? `page-${call}` : null }), 3, 30],
    ];
    for (const [name, pages, maxCalls, shown] of cases) {
      it(`stops on ${name}, shows what arrived once each, and reports it`, async () => {
        const adapter = new ScriptedAdapter(pages);
        const { element, errors } = await renderCatalog(adapter);
        expect(adapter.calls.length, 'requests').to.be.at.most(maxCalls);
        const ids = tileIds(element);
        expect(new Set(ids).size, 'no duplicated tiles').to.equal(ids.length);
        expect(countText(element)).to.equal(`${shown} apps`);
        expect(errors).to.deep.include({ operation: 'listApps', code: 'invalid-response' });
        expect(notice(element)).to.equal(en.marketplace.incomplete);
      });
    }

    it('asks for every page of an honest backend and reports nothing', async () => {
      const adapter = new ScriptedAdapter((query) => {
        const start = query.cursor ? Number(query.cursor) : 0;
        const next = start + (query.limit ?? 10);
        return { items: apps(start, Math.min(next, 1200) - start), total: 1200, nextCursor: next < 1200 ? String(next) : null };
      });
      const { element, errors } = await renderCatalog(adapter);
      expect(adapter.calls.map((call) => call.cursor ?? '')).to.deep.equal(['', '200', '700']);
      expect(countText(element)).to.equal('1,200 apps');
      expect(errors).to.deep.equal([]);
      expect(notice(element)).to.equal('');
    });
  });

  describe('one bad item is one bad item', () => {
    it('shows initials for a refused logo, leaves an unreadable app out, and shows the rest', async () => {
      const items = [
        app(1, { name: 'Good App' }),
        app(2, { name: 'Bad Logo', logoUrl: 'javascript:alert(1)' }),
        app(3, { name: null }),
        app(4, { status: 'hacked' }),
        app(5, { name: 'Also Good' }),
      ];
      const adapter = new ScriptedAdapter(() => ({ items, total: 5, nextCursor: null }));
      const { element, errors } = await renderCatalog(adapter);
      expect(tileIds(element)).to.deep.equal(['app-1', 'app-2', 'app-5']);
      const badLogo = element.shadowRoot!.querySelector('[data-app-id="app-2"]')!;
      expect(badLogo.querySelector('img')).to.equal(null);
      expect(textOf(badLogo.querySelector('.monogram'))).to.equal('BL');
      expect(errors).to.deep.include({ operation: 'listApps', code: 'invalid-response', partial: { dropped: 2, degraded: 1 } });
      expect(notice(element)).to.equal(en.marketplace.incomplete);
      expect(element.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    });

    it('does not render a refused link in the detail, and shows the rest of the app', async () => {
      const memory = new MemoryAdapter();
      const target = fixtures.apps.find((candidate) => candidate.moreInfoUrl)!;
      const getApp = memory.getApp.bind(memory);
      memory.getApp = async (appId: string, options?: RequestOptions) => ({
        ...(await getApp(appId, options)),
        moreInfoUrl: 'javascript:alert(document.domain)',
      });
      const detail = await fixture<AppDetailElement>(html`<app-detail app-id=${target.id} .adapter=${memory}></app-detail>`);
      await waitFor(() => !!detail.shadowRoot!.querySelector('[part~="name"]'), 'the detail');
      expect(textOf(detail.shadowRoot!.querySelector('[part~="name"]'))).to.equal(target.name);
      expect(detail.shadowRoot!.querySelector('[part~="more-info"]')).to.equal(null);
      expect([...detail.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.not.include(
        'javascript:alert(document.domain)',
      );
    });
  });

  describe('oversized or deeply invalid answers', () => {
    function restWith(body: () => Response): RestAdapter {
      return new RestAdapter({ baseUrl: 'https://api.example.test/v1', retries: 0, fetch: async () => body() });
    }

    it('classifies a huge declared answer as invalid without reading it', async () => {
      let pulled = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1;
          controller.enqueue(new Uint8Array(1024 * 1024).fill(32));
        },
      });
      const error = await restWith(() => new Response(stream, { headers: { 'Content-Length': String(1024 ** 3) } }))
        .listCategories()
        .catch((caught: unknown) => caught);
      expect((error as { code?: string }).code).to.equal('invalid-response');
      expect(pulled).to.be.at.most(2);
    });

    it('stops reading an answer that keeps coming past the limit', async () => {
      let pulled = 0;
      const endless = () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              pulled += 1;
              controller.enqueue(new Uint8Array(1024 * 1024).fill(32));
            },
          }),
        );
      const error = await restWith(endless).listCategories().catch((caught: unknown) => caught);
      expect((error as { code?: string }).code).to.equal('invalid-response');
      expect(pulled).to.be.below(12);
    });

    it('classifies deeply nested and malformed JSON as invalid, not as a network failure', async () => {
      const depth = 500_000;
      const deep = () => new Response('['.repeat(depth) + ']'.repeat(depth), { headers: { 'Content-Type': 'application/json' } });
      expect(((await restWith(deep).listApps({}).catch((caught: unknown) => caught)) as { code?: string }).code).to.equal(
        'invalid-response',
      );
      const malformed = () => new Response('{"items": [', { headers: { 'Content-Type': 'application/json' } });
      expect(((await restWith(malformed).listApps({}).catch((caught: unknown) => caught)) as { code?: string }).code).to.equal(
        'invalid-response',
      );
    });
  });

  describe('language of the first load', () => {
    it('asks the backend once, in the page language, on a Bulgarian page', async () => {
      const memory = new MemoryAdapter({ fixtures: manyApps(300) });
      const asked: string[] = [];
      for (const operation of ['listCategories', 'listApps'] as const) {
        const original = memory[operation].bind(memory) as (...args: unknown[]) => Promise<unknown>;
        (memory as unknown as Record<string, unknown>)[operation] = (...args: unknown[]) => {
          asked.push(`${operation} ${(args.at(-1) as RequestOptions).locale}`);
          return original(...args);
        };
      }
      const { element } = await renderCatalog(memory, 'bg');
      await element.updateComplete;
      expect(asked).to.deep.equal(['listCategories bg', 'listApps bg', 'listApps bg']);
      expect(textOf(element.shadowRoot!.querySelector('label[for="search"]'))).to.equal(bg.marketplace.searchLabel);
    });

    it('asks once in the page language when the host sets lang just after adding the element', async () => {
      const memory = new MemoryAdapter();
      const asked: (string | undefined)[] = [];
      const listCategories = memory.listCategories.bind(memory);
      memory.listCategories = (options?: RequestOptions) => {
        asked.push(options?.locale);
        return listCategories(options);
      };
      const page = await fixture<HTMLElement>(html`<div></div>`);
      const element = document.createElement('app-marketplace');
      element.adapter = memory;
      page.append(element);
      page.lang = 'tr';
      await waitFor(() => !!element.shadowRoot?.querySelector('.tile'), 'the catalog');
      await element.updateComplete;
      expect(asked).to.deep.equal(['tr']);
    });
  });
});

describe('text from the backend', () => {
  it('keeps a right-to-left override in an app name from reordering the sentence around it', async () => {
    const hostile = fixtures.apps[0]!;
    const memory = new MemoryAdapter({
      fixtures: {
        ...fixtures,
        apps: fixtures.apps.map((candidate) =>
          candidate.id === hostile.id
            ? { ...candidate, name: '\u202EEvil', dataFlows: [{ direction: 'to-app' as const, description: { en: 'Orders' } }] }
            : candidate,
        ),
      },
    });
    const detail = await fixture<AppDetailElement>(html`<app-detail lang="tr" app-id=${hostile.id} .adapter=${memory}></app-detail>`);
    await waitFor(() => !!detail.shadowRoot!.querySelector('.flows strong'), 'the data flows');
    const sentence = [...walkText(detail.shadowRoot!.querySelector('.flows strong')!)].find((node) => node.data.includes('Evil'))!;
    const rectOf = (word: string) => {
      const range = document.createRange();
      const start = sentence.data.indexOf(word);
      range.setStart(sentence, start);
      range.setEnd(sentence, start + word.length);
      return range.getBoundingClientRect();
    };
    // Turkish puts the name first: "Evil uygulamasına gönderilir". The words after the
    // name must stay after it, left to right, whatever the name holds.
    expect(rectOf('uygulamasına').left).to.be.greaterThan(rectOf('Evil').right - 1);
    expect(rectOf('gönderilir').left).to.be.greaterThan(rectOf('uygulamasına').right - 1);
  });

  it('isolates every backend name shown on its own, and every value inside a sentence', async () => {
    const marker = 'ZQX';
    const memory = new MemoryAdapter({
      fixtures: {
        ...fixtures,
        categories: fixtures.categories.map((category) => ({ ...category, name: { en: `${marker} ${category.name.en}` } })),
        apps: fixtures.apps.map((candidate) => ({ ...candidate, name: `${marker} ${candidate.name}`, vendor: `${marker} ${candidate.vendor}`, summary: { en: `${marker} summary` } })),
      },
    });
    const { element } = await renderCatalog(memory);
    const shown = [...walkText(element.shadowRoot!)].filter((node) => node.data.includes(marker));
    expect(shown.length).to.be.greaterThan(10);
    for (const node of shown) {
      const isolatedInText = /\u2068[^\u2069]*ZQX[^\u2069]*\u2069/.test(node.data);
      const isolatedByElement = !!node.parentElement?.closest('bdi, [dir]');
      expect(isolatedInText || isolatedByElement, `"${node.data}" in <${node.parentElement?.localName}>`).to.equal(true);
    }
  });
});

function* walkText(root: Node): Generator<Text> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node as Text;
}

/** axe's WCAG and best-practice rules on what the fixture rendered, shadow roots included. */


describe('headings and keyboard in the host page', () => {
  async function hostPage(level: number) {
    const page = await fixture<HTMLElement>(html`<main>
      <h1>Settings</h1>
      ${level === 3 ? html`<h2>Integrations</h2>` : null}
      <app-marketplace heading-level=${level} .adapter=${new MemoryAdapter()}></app-marketplace>
    </main>`);
    const element = page.querySelector('app-marketplace')!;
    await waitFor(() => !!element.shadowRoot!.querySelector('.tile'), 'the catalog');
    await element.updateComplete;
    return { page, element };
  }

  it('starts at the level the host sets and never skips one, with the detail and network security open', async () => {
    for (const level of [2, 3]) {
      const { page, element } = await hostPage(level);
      expect(headingLevels(element.shadowRoot!)[0], `top heading at level ${level}`).to.equal(level);
      element.shadowRoot!.querySelector<HTMLElement>('.tile')!.click();
      const detail = () => element.shadowRoot!.querySelector('app-detail')!;
      await waitFor(() => !!detail()?.shadowRoot?.querySelector('[part~="name"]'), 'the detail');
      element.shadowRoot!.querySelector<HTMLElement>('[part~="network-button"]')!.click();
      await element.updateComplete;
      const security = element.shadowRoot!.querySelector('network-security')!;
      await waitFor(() => !!security.shadowRoot?.querySelector('[part~="mode"]'), 'network security');
      const levels = headingLevels(page);
      levels.forEach((current, index) => {
        if (index > 0) expect(current - levels[index - 1]!, `levels ${levels.join(' ')}`).to.be.at.most(1);
      });
      expect(await axeViolations(page)).to.deep.equal([]);
      fixtureCleanup();
    }
  });

  it('sizes headings by their role, whatever level the host sets', async () => {
    const sizes: string[][] = [];
    for (const level of [2, 4]) {
      const detail = await fixture<AppDetailElement>(
        html`<app-detail heading-level=${level} app-id=${fixtures.apps[0]!.id} .adapter=${new MemoryAdapter()}></app-detail>`,
      );
      await waitFor(() => !!detail.shadowRoot!.querySelector('[part~="name"]'), 'the detail');
      const headings = [...detail.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')];
      expect(headings[0]!.localName).to.equal(`h${level}`);
      sizes.push(headings.map((heading) => getComputedStyle(heading).fontSize));
      fixtureCleanup();
    }
    expect(sizes[1]).to.deep.equal(sizes[0]);
  });

  it('takes a keyboard user from the search to the tiles in three Tab presses, views being one stop', async () => {
    const { element } = await hostPage(2);
    (element.shadowRoot!.querySelector('#search') as HTMLInputElement).focus();
    // Firefox puts a scrolling area in the Tab order, so the tiles' viewport is one more stop
    // there (not in Chromium); it is the only stop not counted.
    const onViewport = () => focused() === element.shadowRoot!.querySelector('[part~="viewport"]');
    const stops: string[] = [];
    for (let presses = 0; presses < 4 && !focused()?.classList.contains('tile'); presses += 1) {
      await press('Tab');
      stops.push(focused()?.className ?? '');
    }
    expect(focused()?.classList.contains('tile'), `stops: ${stops.join(' | ')}`).to.equal(true);
    expect(stops.filter((stop) => stop !== 'viewport'), `stops: ${stops.join(' | ')}`).to.have.length(3);

    await pressShifted('Tab');
    if (onViewport()) await pressShifted('Tab');
    await pressShifted('Tab');
    const checked = () => element.shadowRoot!.querySelector<HTMLInputElement>('input[name="view"]:checked')!;
    expect(focused()).to.equal(checked());
    await press('ArrowDown');
    await element.updateComplete;
    expect(textOf(element.shadowRoot!.querySelector('#catalog-title'))).to.equal(en.marketplace.activeView);
    await press('ArrowDown');
    await element.updateComplete;
    const firstCategory = (await new MemoryAdapter().listCategories())[0]!;
    expect(textOf(element.shadowRoot!.querySelector('#catalog-title'))).to.equal(firstCategory.name);
    expect(focused()).to.equal(checked());
  });
});
