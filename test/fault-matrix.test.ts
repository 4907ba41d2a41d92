/**
 * Every element that talks to the backend, against every fault of every operation it uses
 * (see test/support/fault-matrix.ts). A failing cell is a defect of the element or the
 * adapter, not of the test: keep the expectation, fix `src/`.
 */
import './support/no-lit-warnings.js';
import { fixture, html } from '@open-wc/testing';
import '../src/components/app-detail/define.js';
import '../src/components/app-marketplace/define.js';
import '../src/components/network-security/define.js';
import type { AppDetailElement } from '../src/components/app-detail/app-detail.js';
import type { AppMarketplace } from '../src/components/app-marketplace/app-marketplace.js';
import type { NetworkSecurityElement } from '../src/components/network-security/network-security.js';
import { fixtures } from '../src/api/memory/fixtures.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import type { NetworkSecurity } from '../src/api/schemas.js';
import { consentFor } from './support/adapter-conformance.js';
import { deepQueryAll, describeFaultMatrix, isShown, visibleText, type Cell, type FaultMatrixSpec } from './support/fault-matrix.js';
import { type } from './support/keyboard.js';
import { manyApps } from './support/many-apps.js';

// ---- data the specs share -----------------------------------------------------------------------

/** An app that is available (to activate) and one that starts active: different names and statuses. */
const availableApp = fixtures.apps.find((app) => !app.initialStatus && app.developer === 'vendor')!;
const activeApp = fixtures.apps.find((app) => app.initialStatus === 'active' && app.name !== availableApp.name)!;

/** The network settings the backend starts from, and a network added elsewhere later. */
const SAVED: NetworkSecurity = { mode: 'restricted', trustedNetworks: [{ address: '192.0.2.0/24', label: 'Merkez' }] };
const ADDED_LATER = { address: '198.51.100.0/24', label: 'Şube' };

// ---- <app-marketplace> ------------------------------------------------------------------------

/** The texts none of `others` shares (nor contains, nor is part of): they tell two answers apart. */
function onlyIn(texts: string[], others: string[]): string[] {
  return texts.filter((text) => !others.some((other) => other.includes(text) || text.includes(other)));
}

function absent<E extends HTMLElement>(cell: Cell<E>, texts: string[], what: string): void {
  const shown = texts.filter((text) => cell.text().includes(text));
  if (shown.length > 0) throw new Error(`${what} still shown: ${shown.map((text) => `"${text}"`).join(', ')}`);
}

/** How many apps the paging row's backend holds: more than the catalog's first page of 200. */
const MANY_APPS = 260;

/** The summaries of the first tiles are in `locale`, none in `older`. */
async function showsSummariesIn(cell: Cell<AppMarketplace>, locale: string, older: string): Promise<void> {
  const summaries = async (tag: string) => (await cell.backend.listApps({ limit: 6 }, { locale: tag })).items.map((app) => app.summary);
  const [newer, stale] = [await summaries(locale), await summaries(older)];
  await cell.waitForText(onlyIn(newer, stale).slice(0, 3), `the newer (${locale}) app summaries`);
  absent(cell, onlyIn(stale, newer), `the older (${older}) app summaries`);
}

const marketplace: FaultMatrixSpec<AppMarketplace> = {
  tag: 'app-marketplace',
  locale: 'tr',
  mount: (adapter, locale) => fixture<AppMarketplace>(html`<app-marketplace lang=${locale} .adapter=${adapter}></app-marketplace>`),
  // Their writes, and getActivation, are covered by the nested elements' own specs.
  coveredElsewhere: ['getActivation', 'activate', 'deactivate', 'setNetworkSecurity'],
  operations: [
    {
      operation: 'listCategories',
      kind: 'read',
      loaded: async (cell) => {
        const categories = await cell.backend.listCategories({ locale: cell.locale });
        await cell.waitForText(
          categories.slice(0, 4).map((category) => category.name),
          'the categories',
        );
      },
      stale: {
        // Switching the language asks again; the Turkish answer lands after the Bulgarian one.
        ask: async (cell) => {
          cell.element.lang = 'bg';
        },
        shown: async (cell) => {
          const bg = (await cell.backend.listCategories({ locale: 'bg' })).map((category) => category.name);
          const tr = (await cell.backend.listCategories({ locale: 'tr' })).map((category) => category.name);
          await cell.waitForText(onlyIn(bg, tr).slice(0, 4), 'the newer (bg) categories');
          absent(cell, onlyIn(tr, bg), 'the older (tr) categories');
        },
      },
    },
    {
      operation: 'listApps',
      label: 'listApps, the first page',
      requests: (request) => !new URL(request.url).searchParams.has('cursor'),
      kind: 'read',
      loaded: async (cell) => {
        const [first] = (await cell.backend.listApps({ limit: 1 }, { locale: cell.locale })).items;
        await cell.waitForText([first!.name, first!.summary], 'the first app tile');
      },
      stale: {
        ask: async (cell) => {
          cell.element.lang = 'bg';
        },
        shown: (cell) => showsSummariesIn(cell, 'bg', 'tr'),
      },
    },
    {
      // The first page shows; a later one fails, lands late, or is under way when the element goes.
      operation: 'listApps',
      label: 'listApps, a later page',
      backend: () => new MemoryAdapter({ fixtures: manyApps(MANY_APPS) }),
      requests: (request) => new URL(request.url).searchParams.has('cursor'),
      kind: 'read',
      loaded: async (cell) => {
        await cell.waitForText([cell.t('marketplace.resultCount', { count: MANY_APPS })], `all ${MANY_APPS} apps counted`);
      },
      stale: {
        ask: async (cell) => {
          cell.element.lang = 'bg';
        },
        shown: async (cell) => {
          await showsSummariesIn(cell, 'bg', 'tr');
          await cell.waitForText([await cell.tIn('bg', 'marketplace.resultCount', { count: MANY_APPS })], `all ${MANY_APPS} apps counted, in bg`);
        },
      },
    },
    {
      // An app opened from its tile: <app-detail> in the catalog's dialog.
      operation: 'getApp',
      label: 'getApp, in the detail dialog',
      kind: 'read',
      reach: async (cell) => {
        await cell.waitFor(() => tile(cell, availableApp.id) !== undefined, 'the tile');
        tile(cell, availableApp.id)!.click();
        await cell.waitFor(() => dialogOpen(cell, 'detail-dialog'), 'the detail dialog');
      },
      loaded: (cell) => showsAppIn(cell, availableApp.id, undefined, () => detailDialog(cell)),
      stale: {
        // The host deep-links to another app while the first is loading.
        ask: async (cell) => {
          cell.element.app = activeApp.id;
        },
        shown: (cell) => showsAppIn(cell, activeApp.id, availableApp.id, () => detailDialog(cell)),
      },
    },
    {
      // Network security loads when its dialog first opens.
      operation: 'getNetworkSecurity',
      label: 'getNetworkSecurity, in its dialog',
      kind: 'read',
      setup: async (backend) => {
        await backend.setNetworkSecurity(SAVED);
      },
      reach: async (cell) => {
        await cell.waitFor(() => cell.find('[part~="network-button"]') !== undefined, 'the network security button');
        cell.find('[part~="network-button"]')!.click();
        await cell.waitFor(() => dialogOpen(cell, 'network-dialog'), 'the network security dialog');
      },
      loaded: (cell) => showsAddresses(cell, [SAVED.trustedNetworks[0]!.address]),
      stale: {
        ask: async (cell) => {
          await cell.backend.setNetworkSecurity({ ...SAVED, trustedNetworks: [...SAVED.trustedNetworks, ADDED_LATER] });
          cell.element.lang = 'bg';
        },
        shown: (cell) => showsAddresses(cell, [SAVED.trustedNetworks[0]!.address, ADDED_LATER.address]),
      },
    },
  ],
};

function tile(cell: Cell<AppMarketplace>, appId: string): HTMLElement | undefined {
  return cell.find(`[part~="tile"][data-app-id="${appId}"]`);
}

function dialogOpen(cell: Cell<AppMarketplace>, part: string): boolean {
  return cell.element.shadowRoot!.querySelector<HTMLDialogElement>(`dialog[part~="${part}"]`)?.open === true;
}

/**
 * An app in full, and none of `other`'s name or description, in the element or (in the
 * catalog, whose tiles stay behind the dialog) in the part of it that `scope` names.
 */
async function showsAppIn<E extends HTMLElement>(cell: Cell<E>, appId: string, other?: string, scope?: () => Node | null): Promise<void> {
  const app = await cell.backend.getApp(appId, { locale: cell.locale });
  const wanted = [app.name, app.description.slice(0, 40)];
  const text = () => {
    const root = scope ? scope() : cell.element;
    return root ? visibleText(root) : '';
  };
  try {
    await cell.waitFor(() => wanted.every((part) => text().includes(part)), `${appId} in full`);
  } catch {
    throw new Error(`expected ${appId} in full ("${wanted.join('", "')}"); shown: "${text().slice(0, 200)}"`);
  }
  if (other) {
    const older = await cell.backend.getApp(other, { locale: cell.locale });
    const stale = [older.name, older.description.slice(0, 40)].filter((part) => text().includes(part));
    if (stale.length > 0) throw new Error(`the older app (${other}) still shown: ${stale.join(', ')}`);
  }
}

const detailDialog = (cell: Cell<AppMarketplace>) => cell.element.shadowRoot!.querySelector('dialog[part~="detail-dialog"]');

/** Exactly these trusted networks are listed. */
async function showsAddresses<E extends HTMLElement>(cell: Cell<E>, addresses: string[]): Promise<void> {
  const listed = () => cell.all('[part~="address"]').map((element) => (element.textContent ?? '').trim());
  try {
    await cell.waitFor(() => JSON.stringify([...listed()].sort()) === JSON.stringify([...addresses].sort()), 'the networks');
  } catch {
    throw new Error(`expected exactly the trusted networks ${addresses.join(', ')}; listed: ${listed().join(', ') || 'none'}`);
  }
}

// ---- <app-detail> -----------------------------------------------------------------------------

type Detail = Cell<AppDetailElement>;

const inDetail = <T extends HTMLElement = HTMLElement>(cell: Detail, selector: string): T | undefined =>
  deepQueryAll<T>(cell.element.shadowRoot!, selector).find(isShown);

const statusText = (cell: Detail): string => (inDetail(cell, '[part~="status"]')?.textContent ?? '').trim();

const consentDialog = (cell: Detail): HTMLElement => cell.element.shadowRoot!.querySelector<HTMLElement>('.consent')!;

function consentPart<T extends HTMLElement = HTMLElement>(cell: Detail, part: string): T | undefined {
  return consentDialog(cell).shadowRoot?.querySelector<T>(`[part~="${part}"]`) ?? undefined;
}

const confirmDialog = (cell: Detail): HTMLDialogElement =>
  cell.element.shadowRoot!.querySelector<HTMLDialogElement>('[part~="confirm-dialog"]')!;

async function showsStatus(cell: Detail, status: 'available' | 'active'): Promise<void> {
  const label = cell.t(`status.${status}`);
  const action = cell.t(status === 'available' ? 'detail.activate' : 'detail.deactivate');
  const mainAction = () => cell.element.shadowRoot!.querySelector('.main-action');
  try {
    await cell.waitFor(() => statusText(cell) === label && cell.button(action, mainAction() ?? cell.element) !== undefined, 'the status');
  } catch {
    throw new Error(`expected the status "${label}" with its "${action}" button; shown: "${statusText(cell)}", "${visibleText(mainAction() ?? cell.element).slice(0, 80)}"`);
  }
}

const detail: FaultMatrixSpec<AppDetailElement> = {
  tag: 'app-detail',
  locale: 'bg',
  mount: (adapter, locale) =>
    fixture<AppDetailElement>(html`<app-detail lang=${locale} app-id=${availableApp.id} .adapter=${adapter}></app-detail>`),
  operations: [
    {
      operation: 'getApp',
      kind: 'read',
      loaded: (cell) => showsAppIn(cell, availableApp.id),
      stale: {
        ask: async (cell) => cell.element.setAttribute('app-id', activeApp.id),
        shown: (cell) => showsAppIn(cell, activeApp.id, availableApp.id),
      },
    },
    {
      operation: 'getActivation',
      kind: 'read',
      loaded: (cell) => showsStatus(cell, 'available'),
      stale: {
        ask: async (cell) => cell.element.setAttribute('app-id', activeApp.id),
        shown: async (cell) => {
          await showsAppIn(cell, activeApp.id, availableApp.id);
          await showsStatus(cell, 'active');
        },
        // The admin deactivates the app before the older answer lands: it must stay deactivated.
        meanwhile: async (cell) => {
          cell.button(cell.t('detail.deactivate'))!.click();
          await cell.waitFor(() => confirmDialog(cell).open, 'the confirmation');
          cell.button(cell.t('deactivate.confirm'), confirmDialog(cell))!.click();
          await showsStatus(cell, 'available');
        },
        finally: async (cell) => {
          await showsAppIn(cell, activeApp.id, availableApp.id);
          await showsStatus(cell, 'available');
        },
      },
    },
    {
      operation: 'activate',
      kind: 'write',
      prepare: async (cell) => {
        await showsStatus(cell, 'available');
        cell.button(cell.t('detail.activate'))!.click();
        await cell.waitFor(() => consentPart<HTMLDialogElement>(cell, 'dialog')?.open === true, 'the consent dialog');
        await cell.waitFor(() => consentPart(cell, 'activate-button') !== undefined, 'the consent content');
        // The admin ticks every consent the dialog asks for.
        for (const box of consentDialog(cell).shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
        await cell.waitFor(() => consentPart<HTMLButtonElement>(cell, 'activate-button')?.disabled === false, 'Activate to be enabled');
      },
      act: async (cell) => consentPart<HTMLButtonElement>(cell, 'activate-button')!.click(),
      input: (cell) => ({
        dialogOpen: consentPart<HTMLDialogElement>(cell, 'dialog')?.open ?? false,
        consents: [...consentDialog(cell).shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map(
          (box) => `${box.name}:${box.checked}`,
        ),
      }),
      retry: async (cell) => {
        await cell.waitFor(() => consentPart<HTMLButtonElement>(cell, 'activate-button')?.disabled === false, 'Activate again');
        consentPart<HTMLButtonElement>(cell, 'activate-button')!.click();
      },
      saved: async (cell) => {
        await cell.waitFor(() => consentPart<HTMLDialogElement>(cell, 'dialog')?.open === false, 'the consent dialog to close');
        await showsStatus(cell, 'active');
      },
    },
    {
      operation: 'deactivate',
      kind: 'write',
      setup: async (backend) => {
        await backend.activate(availableApp.id, consentFor(await backend.getApp(availableApp.id)));
      },
      prepare: async (cell) => {
        await showsStatus(cell, 'active');
        cell.button(cell.t('detail.deactivate'))!.click();
        await cell.waitFor(() => confirmDialog(cell).open, 'the confirmation');
      },
      act: async (cell) => {
        await cell.waitFor(() => cell.button(cell.t('deactivate.confirm'), confirmDialog(cell))?.disabled === false, 'the confirm button');
        cell.button(cell.t('deactivate.confirm'), confirmDialog(cell))!.click();
      },
      input: (cell) => ({ confirmationOpen: confirmDialog(cell).open }),
      saved: async (cell) => {
        await cell.waitFor(() => !confirmDialog(cell).open, 'the confirmation to close');
        await showsStatus(cell, 'available');
      },
    },
  ],
};

// ---- <network-security> -----------------------------------------------------------------------

type Network = Cell<NetworkSecurityElement>;

const TYPED = { address: '203.0.113.7', label: 'Laboratuvar' };

const field = (cell: Network, part: string): HTMLInputElement | undefined => cell.find<HTMLInputElement>(`[part~="${part}"]`);

async function typeInto(cell: Network, part: string, text: string): Promise<void> {
  const input = field(cell, part);
  if (!input) throw new Error(`no ${part}`);
  input.focus();
  await type(text);
}

async function showsNetworks(cell: Network, addresses: string[]): Promise<void> {
  const listed = () => cell.all('[part~="address"]').map((element) => (element.textContent ?? '').trim());
  try {
    await cell.waitFor(
      () => addresses.every((address) => listed().includes(address)) && field(cell, 'address-input') !== undefined,
      'the trusted networks and the add form',
    );
  } catch {
    throw new Error(`expected the trusted networks ${addresses.join(', ')}; listed: ${listed().join(', ') || 'none'}`);
  }
}

const networkSecurity: FaultMatrixSpec<NetworkSecurityElement> = {
  tag: 'network-security',
  locale: 'tr',
  mount: (adapter, locale) =>
    fixture<NetworkSecurityElement>(html`<network-security lang=${locale} .adapter=${adapter}></network-security>`),
  operations: [
    {
      operation: 'getNetworkSecurity',
      kind: 'read',
      setup: async (backend) => {
        await backend.setNetworkSecurity(SAVED);
      },
      loaded: async (cell) => {
        await showsNetworks(cell, [SAVED.trustedNetworks[0]!.address]);
        await cell.waitForText([cell.t('network.mode'), cell.t('network.restricted')], 'the mode');
      },
      stale: {
        // The settings change elsewhere, then the language changes: the element asks again.
        ask: async (cell) => {
          await cell.backend.setNetworkSecurity({ ...SAVED, trustedNetworks: [...SAVED.trustedNetworks, ADDED_LATER] });
          cell.element.lang = 'bg';
        },
        shown: (cell) => showsNetworks(cell, [SAVED.trustedNetworks[0]!.address, ADDED_LATER.address]),
        // The admin adds a network (saved) before the older answer lands: it must stay listed.
        meanwhile: async (cell) => {
          await typeInto(cell, 'address-input', TYPED.address);
          cell.find('[part~="add-button"]')!.click();
          await showsNetworks(cell, [SAVED.trustedNetworks[0]!.address, ADDED_LATER.address, TYPED.address]);
        },
        finally: (cell) => showsNetworks(cell, [SAVED.trustedNetworks[0]!.address, ADDED_LATER.address, TYPED.address]),
      },
    },
    {
      operation: 'setNetworkSecurity',
      kind: 'write',
      setup: async (backend) => {
        await backend.setNetworkSecurity(SAVED);
      },
      // The backend refuses the new row's address: the message belongs under the address field.
      fieldErrors: { 'trustedNetworks.1.address': { code: 'invalid-address' } },
      prepare: async (cell) => {
        await showsNetworks(cell, [SAVED.trustedNetworks[0]!.address]);
        await typeInto(cell, 'address-input', TYPED.address);
        await typeInto(cell, 'label-input', TYPED.label);
      },
      act: async (cell) => cell.find('[part~="add-button"]')!.click(),
      input: (cell) => ({ address: field(cell, 'address-input')?.value, label: field(cell, 'label-input')?.value }),
      retry: async (cell) => {
        await cell.waitFor(() => cell.find<HTMLButtonElement>('[part~="add-button"]')?.disabled === false, 'Add to be enabled');
        cell.find('[part~="add-button"]')!.click();
      },
      saved: async (cell) => {
        await showsNetworks(cell, [SAVED.trustedNetworks[0]!.address, TYPED.address]);
        await cell.waitFor(() => field(cell, 'address-input')?.value === '', 'the add form to be cleared');
      },
    },
  ],
};

// ---- the matrix ---------------------------------------------------------------------------------

describeFaultMatrix(marketplace);
describeFaultMatrix(detail);
describeFaultMatrix(networkSecurity);
