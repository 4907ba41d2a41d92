// `plugboard/react` in React 19 (react-dom/client): each component rendered as a host renders
// it, its typed props reaching the element (host-name, heading level, ids, the adapter, a
// window opener) and one of its events arriving through its callback after a user's action;
// every element of custom-elements.json wrapped, with a callback for every event it
// documents; elements registered once, under their own names.
import './support/no-lit-warnings.js';
import { expect } from '@open-wc/testing';
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient from 'react-dom/client';
import * as react from '../src/react/index.js';
import { appDetailEvents } from '../src/react/app-detail.js';
import { appMarketplaceEvents } from '../src/react/app-marketplace.js';
import { connectorFormEvents } from '../src/react/connector-form.js';
import { connectorListEvents } from '../src/react/connector-list.js';
import { consentDialogEvents } from '../src/react/consent-dialog.js';
import { networkSecurityEvents } from '../src/react/network-security.js';
import { syncSettingsEvents } from '../src/react/sync-settings.js';
import { AppDetailElement } from '../src/components/app-detail/app-detail.js';
import { AppMarketplace as AppMarketplaceElement } from '../src/components/app-marketplace/app-marketplace.js';
import { ConnectorFormElement } from '../src/components/connector-form/connector-form.js';
import { ConnectorListElement } from '../src/components/connector-list/connector-list.js';
import { ConsentDialog as ConsentDialogElement } from '../src/components/consent-dialog/consent-dialog.js';
import { NetworkSecurityElement } from '../src/components/network-security/network-security.js';
import { SyncSettingsElement } from '../src/components/sync-settings/sync-settings.js';
import * as eventClasses from '../src/events/index.js';
import type {
  PbAccountLinkedEvent,
  PbActivatedEvent,
  PbAppOpenEvent,
  PbConnectorActionRequestEvent,
  PbConnectorClosedEvent,
  PbConnectorDeactivatedEvent,
  PbConsentCancelEvent,
  PbNetworkSecurityChangeEvent,
} from '../src/events/index.js';
import { fixtures } from '../src/api/memory/fixtures.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import { axeViolations, headingLevels } from './support/axe.js';
import { Backend, fakeWindows, linkMessage, postToPage, stateOf } from './support/sync-settings.js';
import { textOf, waitFor } from './support/wait.js';

// ---- the page ---------------------------------------------------------------------------------

let container: HTMLElement | undefined;
let root: ReactDOMClient.Root | undefined;
const reactErrors: string[] = [];
const originalError = console.error.bind(console);

// React reports misuse (unknown props, bad hooks, failed renders) with console.error.
console.error = (...args: unknown[]) => {
  reactErrors.push(args.map(String).join(' '));
  originalError(...args);
};

/** Renders `page` with createRoot into a fresh container, committed before it returns. */
function render(page: React.ReactNode): HTMLElement {
  if (!container) {
    container = document.createElement('div');
    document.body.append(container);
    root = ReactDOMClient.createRoot(container);
  }
  const target = root!;
  ReactDOM.flushSync(() => target.render(page));
  return container;
}

afterEach(() => {
  if (root) ReactDOM.flushSync(() => root!.unmount());
  container?.remove();
  container = undefined;
  root = undefined;
  const seen = reactErrors.splice(0);
  if (seen.length > 0) throw new Error(`React reported:\n${seen.join('\n')}`);
});

const h = React.createElement;

/** The one element named `tag` the page rendered. */
function rendered<T extends HTMLElement>(page: HTMLElement, tag: string): T {
  const found = page.querySelectorAll<T>(tag);
  expect(found, `one <${tag}>`).to.have.length(1);
  return found[0]!;
}

function part<T extends HTMLElement = HTMLElement>(element: Element, name: string): T | null {
  return element.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** The calls a callback received, in order. */
function calls<E extends Event>(): { events: E[]; callback: (event: E) => void } {
  const events: E[] = [];
  return { events, callback: (event) => events.push(event) };
}

/** Hands `element` to the test when React attaches its ref. */
function refInto<T>(box: { current: T | null }): (element: T | null) => void {
  return (element) => {
    box.current = element;
  };
}

const hostApp = fixtures.apps.find((app) => !app.initialStatus && app.developer === 'host' && app.support.kind === 'host')!;
const vendorApp = fixtures.apps.find((app) => !app.initialStatus && app.developer === 'vendor' && app.mayChangeFees && app.support.kind === 'vendor')!;

// ---- the components ---------------------------------------------------------------------------

describe('plugboard/react', () => {
  it('passes an axe check: <AppMarketplace> in a React page', async () => {
    const page = render(
      h('main', { lang: 'en' }, h('h1', null, 'Integrations'), h(react.AppMarketplace, { hostName: 'Hotelio', adapter: new MemoryAdapter() })),
    );
    const marketplace = rendered<AppMarketplaceElement>(page, 'app-marketplace');
    await waitFor(() => marketplace.shadowRoot!.querySelectorAll('.tile').length > 0, 'the tiles');
    await marketplace.updateComplete;
    expect(await axeViolations(page)).to.deep.equal([]);
  });

  it('<AppMarketplace>: onPbAppOpen receives the click on a tile, and hostName reaches the detail it opens', async () => {
    const first = calls<PbAppOpenEvent>();
    const second = calls<PbAppOpenEvent>();
    const page = render(h(react.AppMarketplace, { lang: 'en', hostName: 'Hotelio', adapter: new MemoryAdapter(), onPbAppOpen: first.callback }));
    const marketplace = rendered<AppMarketplaceElement>(page, 'app-marketplace');
    expect(marketplace).to.be.instanceOf(AppMarketplaceElement);
    expect(marketplace.hostName).to.equal('Hotelio');
    // A host re-rendering with a new callback (new state in its closure): only the new one is called.
    render(h(react.AppMarketplace, { lang: 'en', hostName: 'Hotelio', adapter: marketplace.adapter, onPbAppOpen: second.callback }));
    await waitFor(() => marketplace.shadowRoot!.querySelectorAll('.tile').length > 0, 'the tiles');
    const search = part<HTMLInputElement>(marketplace, 'search')!;
    search.value = hostApp.name;
    search.dispatchEvent(new Event('input', { bubbles: true }));
    const tileOf = () =>
      [...marketplace.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tile')].find((candidate) => textOf(candidate).includes(hostApp.name));
    await waitFor(() => tileOf() !== undefined, `the tile of ${hostApp.name}`);
    tileOf()!.click();
    await waitFor(() => second.events.length === 1, 'onPbAppOpen');
    expect(first.events).to.deep.equal([]);
    expect(second.events[0]).to.be.instanceOf(eventClasses.PbAppOpenEvent);
    expect(second.events[0]!.detail.appId).to.equal(hostApp.id);
    const detail = marketplace.shadowRoot!.querySelector<AppDetailElement>('app-detail')!;
    await waitFor(() => textOf(detail.shadowRoot).includes('Hotelio support helps you with this integration.'), 'the host named in the detail');
  });

  it('<AppDetail>: appId, hostName and headingLevel reach the element; onPbActivated receives the activation the admin consented to', async () => {
    const adapter = new MemoryAdapter();
    const activated = calls<PbActivatedEvent>();
    const page = render(
      h('div', { lang: 'en' }, h(react.AppDetail, { appId: vendorApp.id, hostName: 'Hotelio', headingLevel: 3, adapter, onPbActivated: activated.callback })),
    );
    const detail = rendered<AppDetailElement>(page, 'app-detail');
    await waitFor(() => part(detail, 'activate-button') !== null, 'the detail');
    await detail.updateComplete;
    expect(headingLevels(detail.shadowRoot!)[0]).to.equal(3);
    expect(textOf(part(detail, 'header'))).to.contain(vendorApp.name);
    part<HTMLButtonElement>(detail, 'activate-button')!.click();
    const consent = detail.shadowRoot!.querySelector<ConsentDialogElement>('consent-dialog')!;
    await consent.updateComplete;
    for (const input of consent.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) input.click();
    await consent.updateComplete;
    part<HTMLButtonElement>(consent, 'activate-button')!.click();
    await waitFor(() => activated.events.length === 1, 'onPbActivated');
    expect(activated.events[0]!.detail.appId).to.equal(vendorApp.id);
    expect(activated.events[0]!.detail.activation.status).to.equal('active');
    expect(adapter.consents).to.have.length(1);
  });

  it('<ConsentDialog>: the app and open props show the dialog; onPbConsentCancel receives Cancel', async () => {
    const app = await new MemoryAdapter().getApp(vendorApp.id);
    const cancelled = calls<PbConsentCancelEvent>();
    const page = render(h('div', { lang: 'en' }, h(react.ConsentDialog, { app, open: true, onPbConsentCancel: cancelled.callback })));
    const dialog = rendered<ConsentDialogElement>(page, 'consent-dialog');
    await dialog.updateComplete;
    expect(part<HTMLDialogElement>(dialog, 'dialog')!.open).to.equal(true);
    expect(textOf(part(dialog, 'title'))).to.contain(vendorApp.name);
    part<HTMLButtonElement>(dialog, 'cancel-button')!.click();
    await waitFor(() => cancelled.events.length === 1, 'onPbConsentCancel');
    expect(cancelled.events[0]!.detail.appId).to.equal(vendorApp.id);
    await dialog.updateComplete;
    expect(part<HTMLDialogElement>(dialog, 'dialog')!.open).to.equal(false);
  });

  it('<NetworkSecurity>: onPbNetworkSecurityChange receives the network the admin added, as the backend stored it', async () => {
    const adapter = new MemoryAdapter();
    const changes = calls<PbNetworkSecurityChangeEvent>();
    const page = render(h('div', { lang: 'en' }, h(react.NetworkSecurity, { adapter, headingLevel: 4, onPbNetworkSecurityChange: changes.callback })));
    const element = rendered<NetworkSecurityElement>(page, 'network-security');
    await waitFor(() => part(element, 'address-input') !== null, 'the form');
    await element.updateComplete;
    expect(headingLevels(element.shadowRoot!)[0]).to.equal(4);
    for (const [name, value] of [
      ['address-input', '203.0.113.9'],
      ['label-input', 'Gateway'],
    ] as const) {
      const input = part<HTMLInputElement>(element, name)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    part<HTMLButtonElement>(element, 'add-button')!.click();
    await waitFor(() => changes.events.length === 1, 'onPbNetworkSecurityChange');
    expect(changes.events[0]!.detail.settings.trustedNetworks).to.deep.equal([{ address: '203.0.113.9', label: 'Gateway' }]);
    expect(changes.events[0]!.detail.settings).to.deep.equal(await adapter.getNetworkSecurity());
  });

  it('<ConnectorForm>: typeId and mode reach the element; onPbConnectorClosed receives Close', async () => {
    const closed = calls<PbConnectorClosedEvent>();
    const adapter = new MemoryAdapter();
    const type = (await adapter.listConnectorTypes()).find((candidate) => candidate.id === 'custom-rest')!;
    const page = render(
      h('div', { lang: 'en' }, h(react.ConnectorForm, { typeId: 'custom-rest', mode: 'create', adapter, onPbConnectorClosed: closed.callback })),
    );
    const form = rendered<ConnectorFormElement>(page, 'connector-form');
    await waitFor(() => part(form, 'form') !== null, 'the form');
    await form.updateComplete;
    expect(textOf(part(form, 'title'))).to.contain(type.name);
    part<HTMLButtonElement>(form, 'close-button')!.click();
    await waitFor(() => closed.events.length === 1, 'onPbConnectorClosed');
    expect(closed.events[0]).to.be.instanceOf(eventClasses.PbConnectorClosedEvent);
  });

  it('<ConnectorList>: typeId and owner reach the element; a deactivation reaches onPbConnectorActionRequest, then onPbConnectorDeactivated', async () => {
    const adapter = new MemoryAdapter({ userId: 'user-dana' });
    const requests = calls<PbConnectorActionRequestEvent>();
    const deactivated = calls<PbConnectorDeactivatedEvent>();
    const page = render(
      h(
        'div',
        { lang: 'en' },
        h(react.ConnectorList, {
          typeId: 'rest-registry',
          owner: 'all',
          adapter,
          onPbConnectorActionRequest: requests.callback,
          onPbConnectorDeactivated: deactivated.callback,
        }),
      ),
    );
    const list = rendered<ConnectorListElement>(page, 'connector-list');
    await waitFor(() => part(list, 'list') !== null, 'the connectors');
    await list.updateComplete;
    expect(part<HTMLSelectElement>(list, 'owner-filter')!.value).to.equal('all');
    const arrivals = [...list.shadowRoot!.querySelectorAll('[part~="connector"]')].find(
      (row) => textOf(row.querySelector('[part~="connector-name"]')) === 'Arrivals bot',
    )!;
    arrivals.querySelector<HTMLButtonElement>('[part~="deactivate-button"]')!.click();
    await list.updateComplete;
    part<HTMLButtonElement>(list, 'confirm-button')!.click();
    await waitFor(() => deactivated.events.length === 1, 'onPbConnectorDeactivated');
    expect(requests.events.map((event) => event.detail.action)).to.deep.equal(['deactivate']);
    expect(deactivated.events[0]!.detail.connector.name).to.equal('Arrivals bot');
    expect((await adapter.getConnector('connector-arrivals-bot')).status).to.equal('inactive');
  });

  it('<SyncSettings>: openWindow reaches the element and opens the consent window; onPbAccountLinked receives the account', async () => {
    const backend = new Backend();
    const opener = fakeWindows();
    const linked = calls<PbAccountLinkedEvent>();
    const page = render(
      h('main', { lang: 'en' }, h(react.SyncSettings, { adapter: backend, openWindow: opener.open, onPbAccountLinked: linked.callback })),
    );
    const sync = rendered<SyncSettingsElement>(page, 'sync-settings');
    await waitFor(() => part(sync, 'add-account-button') !== null, 'the accounts');
    part<HTMLButtonElement>(sync, 'add-account-button')!.click();
    await sync.updateComplete;
    const google = [...sync.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="service-button"]')].find((button) =>
      textOf(button).includes('Google'),
    )!;
    google.click();
    expect(opener.windows, 'the window opened by the host’s openWindow').to.have.length(1);
    await waitFor(() => opener.windows[0]!.location.href !== '', 'the window sent to the provider');
    postToPage(linkMessage(stateOf(opener.windows[0]!), { code: 'provider-code' }));
    await waitFor(() => linked.events.length === 1, 'onPbAccountLinked');
    expect(linked.events[0]!.detail.account.serviceId).to.equal('google');
    expect((await backend.listAccounts()).map((account) => account.id)).to.deep.equal([linked.events[0]!.detail.account.id]);
  });

  it('React 19 without the components: the bare tag takes host-name, the adapter property and onpb-app-open', async () => {
    const opened = calls<PbAppOpenEvent>();
    const page = render(h('app-marketplace', { lang: 'en', 'host-name': 'Hotelio', adapter: new MemoryAdapter(), 'onpb-app-open': opened.callback }));
    const marketplace = rendered<AppMarketplaceElement>(page, 'app-marketplace');
    expect(marketplace.hostName).to.equal('Hotelio');
    expect(marketplace.adapter).to.be.instanceOf(MemoryAdapter);
    marketplace.app = hostApp.id;
    await waitFor(() => opened.events.length === 1, 'onpb-app-open');
    expect(opened.events[0]!.detail.appId).to.equal(hostApp.id);
    const detail = marketplace.shadowRoot!.querySelector<AppDetailElement>('app-detail')!;
    await waitFor(() => textOf(detail.shadowRoot).includes('Hotelio support helps you with this integration.'), 'the host named in the detail');
  });

  it('hands a ref the element itself, its methods callable', async () => {
    const box: { current: ConnectorListElement | null } = { current: null };
    const page = render(h(react.ConnectorList, { ref: refInto(box), adapter: new MemoryAdapter() }));
    expect(box.current).to.equal(rendered(page, 'connector-list'));
    await box.current!.load();
  });
});

// ---- the manifest and the registry --------------------------------------------------------------

interface ManifestEvent {
  name: string;
  type?: { text: string };
}

interface ManifestDeclaration {
  name: string;
  customElement?: boolean;
  tagName?: string;
  events?: ManifestEvent[];
}

const wrapped: Record<string, { events: Record<string, string>; element: CustomElementConstructor }> = {
  'app-detail': { events: appDetailEvents, element: AppDetailElement },
  'app-marketplace': { events: appMarketplaceEvents, element: AppMarketplaceElement },
  'connector-form': { events: connectorFormEvents, element: ConnectorFormElement },
  'connector-list': { events: connectorListEvents, element: ConnectorListElement },
  'consent-dialog': { events: consentDialogEvents, element: ConsentDialogElement },
  'network-security': { events: networkSecurityEvents, element: NetworkSecurityElement },
  'sync-settings': { events: syncSettingsEvents, element: SyncSettingsElement },
};

/** `pb-app-open` → `PbAppOpen`, `app-marketplace` → `AppMarketplace`. */
const pascal = (name: string): string => name.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase());

async function manifestElements(): Promise<ManifestDeclaration[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: ManifestDeclaration[] }[] };
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);
}

describe('plugboard/react against custom-elements.json', () => {
  it('wraps every element of the manifest, exported under its tag name in PascalCase', async () => {
    const elements = await manifestElements();
    expect(elements.map((element) => element.tagName).sort()).to.deep.equal(Object.keys(wrapped).sort());
    expect(Object.keys(react).sort()).to.deep.equal(elements.map((element) => pascal(element.tagName!)).sort());
    for (const element of elements) {
      const component = (react as Record<string, unknown>)[pascal(element.tagName!)] as { displayName?: string };
      expect(component.displayName, element.tagName).to.equal(pascal(element.tagName!));
    }
  });

  it('has a callback for every event each element documents, on + the event name in PascalCase, typed with the documented class', async () => {
    const classes = Object.values(eventClasses).filter(
      (value): value is typeof eventClasses.PbActivatedEvent => typeof value === 'function' && 'eventName' in value,
    );
    for (const element of await manifestElements()) {
      const tag = element.tagName!;
      const documented = element.events ?? [];
      expect(documented, `<${tag}> documents its events`).to.not.have.length(0);
      const expected = Object.fromEntries(documented.map((event) => [`on${pascal(event.name)}`, event.name]));
      expect(wrapped[tag]!.events, `the callbacks of the ${pascal(tag)} component`).to.deep.equal(expected);
      for (const event of documented) {
        const eventClass = classes.find((candidate) => candidate.eventName === event.name);
        expect(eventClass, `a class for ${event.name}`).to.not.equal(undefined);
        expect(event.type?.text, `the type <${tag}> documents for ${event.name}`).to.equal(eventClass!.name);
      }
    }
  });

  it('registers each element once, under its own tag, and renders that tag', async () => {
    const elements = await manifestElements();
    for (const element of elements) {
      const tag = element.tagName!;
      const { element: elementClass } = wrapped[tag]!;
      expect(customElements.getName(elementClass), tag).to.equal(tag);
      expect(customElements.get(`${tag}-2`), `no second name for <${tag}>`).to.equal(undefined);
      const Component = (react as Record<string, unknown>)[pascal(tag)] as React.ElementType;
      const page = render(h(Component, { lang: 'en' }));
      expect(rendered(page, tag)).to.be.instanceOf(elementClass);
    }
  });
});

describe('plugboard and plugboard/define without React', () => {
  /** Every module `entry` loads, as the test server serves it (bare names resolved to their files). */
  async function moduleGraph(entry: string): Promise<Set<string>> {
    const seen = new Set<string>();
    const pending = [new URL(entry, location.origin).href];
    while (pending.length > 0) {
      const url = pending.pop()!;
      if (seen.has(url)) continue;
      seen.add(url);
      // Dependencies are not walked: the question is which packages Plugboard's own modules load.
      if (url.includes('/node_modules/')) continue;
      const source = await (await fetch(url)).text();
      for (const [, specifier] of source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)) {
        pending.push(new URL(specifier!, url).href);
      }
    }
    return seen;
  }

  for (const entry of ['/src/index.ts', '/src/define.ts']) {
    it(`loads neither React nor @lit/react nor the React components from ${entry}`, async () => {
      const graph = [...(await moduleGraph(entry))];
      expect(graph.length, 'the walk reached the elements').to.be.greaterThan(50);
      expect(graph.some((url) => url.includes('/src/components/app-marketplace/app-marketplace')), 'the walk reached the elements').to.equal(true);
      expect(graph.filter((url) => /\/node_modules\/(react|react-dom|@lit\/react)\/|\/src\/react\//.test(url))).to.deep.equal([]);
    });
  }

  it('finds React when it is there: plugboard/react loads it', async () => {
    const graph = [...(await moduleGraph('/src/react/index.ts'))];
    expect(graph.some((url) => url.includes('/node_modules/react/'))).to.equal(true);
    expect(graph.some((url) => url.includes('/node_modules/@lit/react/'))).to.equal(true);
  });
});
