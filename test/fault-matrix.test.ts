/**
 * Every element that talks to the backend, against every fault of every operation it uses
 * (see test/support/fault-matrix.ts). A failing cell is a defect of the element or the
 * adapter, not of the test: keep the expectation, fix `src/`.
 */
import './support/no-lit-warnings.js';
import { fixture, html } from '@open-wc/testing';
import '../src/components/app-detail/define.js';
import '../src/components/app-marketplace/define.js';
import '../src/components/connector-form/define.js';
import '../src/components/network-security/define.js';
import type { AppDetailElement } from '../src/components/app-detail/app-detail.js';
import type { AppMarketplace } from '../src/components/app-marketplace/app-marketplace.js';
import type { ConnectorFormElement } from '../src/components/connector-form/connector-form.js';
import type { NetworkSecurityElement } from '../src/components/network-security/network-security.js';
import { fixtures } from '../src/api/memory/fixtures.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import type { ApiAdapter } from '../src/api/adapter.js';
import { wrapOperations } from '../src/api/checked-adapter.js';
import { PlugboardError } from '../src/api/errors.js';
import type { NetworkSecurity } from '../src/api/schemas.js';
import { consentFor } from './support/adapter-conformance.js';
import { check, controlId, enter, formControl, optionId } from './support/connector-fields.js';
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

// ---- <connector-form> -------------------------------------------------------------------------

type Connecting = Cell<ConnectorFormElement>;

/** The stored custom connector (basic authentication, active, no password stored) and one of another type. */
const roomService = fixtures.connectors.find((connector) => connector.typeId === 'custom-rest')!;
const arrivalsBot = fixtures.connectors.find(
  (connector) => connector.typeId === 'rest-registry' && connector.status === 'active',
)!;

/** A new custom connector as the admin fills it in: basic authentication. */
const CUSTOM_REST = {
  name: 'Бронирование номеров',
  resourceUrl: 'https://api.rooms.example.com',
  username: 'plugboard-sync',
  password: 'custom-rest-password-1',
  verificationUrl: 'https://api.rooms.example.com/verify',
};
const REST_CONTROLS = [
  controlId('custom-rest', 'name'),
  optionId('custom-rest', 'authType', 'basic'),
  optionId('custom-rest', 'authType', 'oauth2'),
  controlId('custom-rest', 'resourceUrl'),
  controlId('custom-rest', 'username'),
  controlId('custom-rest', 'password'),
  controlId('custom-rest', 'verificationUrl'),
];

/** The credentials the simulated call-tracking service accepts, and the controls of both steps. */
const CALLTRACK_LOGIN = { login: 'demo@example.com', password: 'demo-password' };
const CALLTRACK_CREDENTIALS = [
  'field-name',
  optionId('calltrack', 'authMethod', 'login'),
  optionId('calltrack', 'authMethod', 'api-key'),
  controlId('calltrack', 'login'),
  controlId('calltrack', 'password'),
];
const TAGGED_CALLS = optionId('calltrack', 'callsToLoad', 'tagged');
const TAG_CHOICES = [0, 1, 2].map((index) => `${controlId('calltrack', 'tags')}-${index}`);
const CALLTRACK_SETTINGS = [
  optionId('calltrack', 'callsToLoad', 'all'),
  TAGGED_CALLS,
  ...TAG_CHOICES,
  optionId('calltrack', 'channelMode', 'dynamic'),
  optionId('calltrack', 'channelMode', 'static'),
];

function mountForm(attributes: { typeId?: string; connectorId?: string }) {
  return (adapter: ApiAdapter, locale: string) =>
    fixture<ConnectorFormElement>(
      html`<connector-form
        lang=${locale}
        type-id=${attributes.typeId ?? ''}
        connector-id=${attributes.connectorId ?? ''}
        .adapter=${adapter}
      ></connector-form>`,
    );
}

/**
 * The adapter with the first `createConnector`'s answer lost after the backend stored it
 * (a dropped connection): the form has to look for what it created before creating again.
 */
function losingFirstCreate(adapter: ApiAdapter): ApiAdapter {
  let lost = false;
  return wrapOperations(adapter, (operation, call) =>
    operation === 'createConnector'
      ? async (...args) => {
          const answer = await call(...args);
          if (lost) return answer;
          lost = true;
          throw new PlugboardError('network', 'The answer to createConnector was lost.');
        }
      : call,
  );
}

const inForm = <T extends HTMLElement = HTMLElement>(cell: Connecting, part: string): T | undefined =>
  cell.find<T>(`[part~="${part}"]`);

const textOf = (element: Element | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

const confirmation = (cell: Connecting): HTMLDialogElement | undefined =>
  cell.element.shadowRoot?.querySelector<HTMLDialogElement>('[part~="confirm-dialog"]') ?? undefined;

/** What the controls hold: a text control's value, whether a radio button or checkbox is checked (null: not shown). */
function controlsOf(cell: Connecting, ids: string[]): Record<string, string | boolean | null> {
  return Object.fromEntries(
    ids.map((id) => {
      const control = formControl(cell.element, id);
      if (!control) return [id, null];
      return [id, control.type === 'radio' || control.type === 'checkbox' ? control.checked : control.value];
    }),
  );
}

/**
 * The credentials as the admin sees them. Once the connector was created (before the
 * service was asked), the typed password is stored and shows as set, with Replace: kept
 * either way.
 */
function credentialsOf(cell: Connecting): Record<string, string | boolean | null> {
  const password = controlId('calltrack', 'password');
  const typed = formControl(cell.element, password)?.value === CALLTRACK_LOGIN.password;
  const stored = formControl<HTMLButtonElement>(cell.element, `${password}-replace`) !== undefined;
  return { ...controlsOf(cell, CALLTRACK_CREDENTIALS.filter((id) => id !== password)), passwordKept: typed || stored };
}

async function controlShown(cell: Connecting, id: string, what: string): Promise<void> {
  try {
    await cell.waitFor(() => formControl(cell.element, id) !== undefined && isShown(formControl(cell.element, id)!), what);
  } catch {
    throw new Error(`${what} (#${id}) is not shown; visible text: "${cell.text().slice(0, 240)}"`);
  }
}

/** Clicks the main button (Connect, Done) once it can be clicked. */
async function submitForm(cell: Connecting): Promise<void> {
  await cell.waitFor(() => inForm<HTMLButtonElement>(cell, 'submit-button')?.disabled === false, 'the main button to be enabled');
  inForm<HTMLButtonElement>(cell, 'submit-button')!.click();
}

/** The form for a new connector of `typeId`: its title and description, and none of `older`'s. */
async function showsNewForm(cell: Connecting, typeId: string, older?: string): Promise<void> {
  const types = await cell.backend.listConnectorTypes({ locale: cell.locale });
  const texts = (id: string) => {
    const type = types.find((candidate) => candidate.id === id)!;
    return [cell.t('connectors.formTitle', { type: type.name }), type.description.slice(0, 40)];
  };
  await cell.waitForText(texts(typeId), `the form for a new ${typeId} connector`);
  if (older) absent(cell, texts(older), `the form for a new ${older} connector`);
}

/** A stored connector in edit mode: its name as the title and its status, and none of `older`'s name. */
async function showsStored(cell: Connecting, name: string, older?: string): Promise<void> {
  const title = cell.t('connectors.editTitle', { name });
  try {
    await cell.waitFor(() => textOf(inForm(cell, 'title')) === title && inForm(cell, 'connector-status') !== undefined, `${name} to edit`);
  } catch {
    throw new Error(`expected "${title}" with its status; shown: "${cell.text().slice(0, 240)}"`);
  }
  if (older) absent(cell, [older], 'the older connector');
}

/** The failure and the fields' refusals shown, for a failed check's message. */
function refusals(cell: Connecting): string {
  const shown = cell.all('[part~="error"], [part~="field-error"]').map((element) => textOf(element));
  return shown.length > 0 ? `, with: "${shown.join('" "')}"` : '';
}

/** The connector's status badge says `status` and the status line `announcement`. */
async function showsConnector(
  cell: Connecting,
  status: 'active' | 'inactive',
  announcement: 'connectors.saved' | 'connectors.activated' | 'connectors.deactivated',
): Promise<void> {
  const [label, said] = [cell.t(`connectors.status.${status}`), cell.t(announcement)];
  try {
    await cell.waitFor(() => textOf(inForm(cell, 'connector-status')) === label && textOf(inForm(cell, 'status')) === said, 'the status');
  } catch {
    throw new Error(
      `expected the status "${label}" and "${said}"; shown: "${textOf(inForm(cell, 'connector-status'))}", "${textOf(inForm(cell, 'status'))}"${refusals(cell)}`,
    );
  }
}

async function fillCustomRest(cell: Connecting): Promise<void> {
  await controlShown(cell, controlId('custom-rest', 'password'), 'the password field');
  for (const [field, value] of Object.entries(CUSTOM_REST)) enter(cell.element, controlId('custom-rest', field), value);
}

async function fillCalltrackLogin(cell: Connecting): Promise<void> {
  await controlShown(cell, controlId('calltrack', 'password'), 'the password field');
  for (const [field, value] of Object.entries(CALLTRACK_LOGIN)) enter(cell.element, controlId('calltrack', field), value);
}

/** The service accepted the credentials: said so, and the next step can be filled in. */
async function showsUnlocked(cell: Connecting): Promise<void> {
  await cell.waitForText([cell.t('connectors.authorized')], 'the credentials accepted');
  await controlShown(cell, TAGGED_CALLS, 'the next step');
}

/** Signs in to the call-tracking service (healthy) and asks for tagged calls, which shows the tags. */
async function connectAndAskForTags(cell: Connecting): Promise<void> {
  await fillCalltrackLogin(cell);
  await submitForm(cell);
  await showsUnlocked(cell);
  check(cell.element, TAGGED_CALLS);
}

/** The service's tags in `locale` (some of them), and none only `older` words so. */
async function showsTags(cell: Connecting, locale: string, older?: string): Promise<void> {
  const [connector] = await cell.backend.listConnectors({ owner: 'me', typeId: 'calltrack' });
  if (!connector) throw new Error('no call-tracking connector was stored');
  const labels = async (tag: string) =>
    (await cell.backend.listConnectorOptions(connector.id, 'tags', { locale: tag })).map((option) => option.label);
  const newer = await labels(locale);
  const stale = older ? await labels(older) : [];
  await cell.waitForText(onlyIn(newer, stale).slice(0, 3), `the service's tags (${locale})`);
  if (older) absent(cell, onlyIn(stale, newer), `the older (${older}) tags`);
}

/** The stored custom connector, complete (its password stored) and accepted by the service. */
async function completeRoomService(backend: MemoryAdapter): Promise<void> {
  await backend.updateConnector(roomService.id, { values: { password: 'stored-password-77' } });
  await backend.authorizeConnector(roomService.id);
}

async function openConfirmation(cell: Connecting, button: 'deactivate-button' | 'delete-button'): Promise<void> {
  await cell.waitFor(() => inForm<HTMLButtonElement>(cell, button)?.disabled === false, `the ${button}`);
  inForm(cell, button)!.click();
  await cell.waitFor(() => confirmation(cell)?.open === true, 'the confirmation');
}

async function confirmAction(cell: Connecting): Promise<void> {
  await cell.waitFor(() => inForm<HTMLButtonElement>(cell, 'confirm-button')?.disabled === false, 'the confirm button');
  inForm(cell, 'confirm-button')!.click();
}

const connectorForm: FaultMatrixSpec<ConnectorFormElement> = {
  tag: 'connector-form',
  locale: 'ru',
  // A new custom connector unless a row mounts it otherwise (the call-tracking type, or a stored connector).
  mount: mountForm({ typeId: 'custom-rest' }),
  operations: [
    {
      operation: 'listConnectorTypes',
      kind: 'read',
      loaded: (cell) => showsNewForm(cell, 'custom-rest'),
      stale: {
        // The host switches the form to another type while the first is loading.
        ask: async (cell) => {
          cell.element.typeId = 'calltrack';
        },
        shown: (cell) => showsNewForm(cell, 'calltrack', 'custom-rest'),
      },
    },
    {
      operation: 'getConnector',
      kind: 'read',
      mount: mountForm({ connectorId: roomService.id }),
      loaded: (cell) => showsStored(cell, roomService.name),
      stale: {
        // The host opens another connector while the first is loading.
        ask: async (cell) => {
          cell.element.connectorId = arrivalsBot.id;
        },
        shown: (cell) => showsStored(cell, arrivalsBot.name, roomService.name),
      },
    },
    {
      // Done on a new custom connector: create, then authorize and activate.
      operation: 'createConnector',
      kind: 'write',
      // The refusals land on the fields they name.
      fieldErrors: { name: { code: 'not-unique' }, resourceUrl: { code: 'https-required' } },
      // An unreadable answer to a create the backend stored: the form finds the connector and goes on.
      recovers: (fault) => fault.code === 'invalid-response',
      prepare: fillCustomRest,
      act: async (cell) => inForm(cell, 'submit-button')!.click(),
      retry: submitForm,
      input: (cell) => controlsOf(cell, REST_CONTROLS),
      saved: (cell) => showsConnector(cell, 'active', 'connectors.saved'),
    },
    {
      // Done on a new custom connector whose create was stored but answered nothing: the form
      // looks among the admin's connectors for it, and a retry finishes it instead of a second one.
      operation: 'listConnectors',
      kind: 'write',
      mount: (adapter, locale) => mountForm({ typeId: 'custom-rest' })(losingFirstCreate(adapter), locale),
      alsoReports: ['createConnector'],
      prepare: fillCustomRest,
      act: async (cell) => inForm(cell, 'submit-button')!.click(),
      retry: submitForm,
      input: (cell) => controlsOf(cell, REST_CONTROLS),
      saved: async (cell) => {
        await showsConnector(cell, 'active', 'connectors.saved');
        const stored = await cell.backend.listConnectors({ owner: 'all', typeId: 'custom-rest' });
        const named = stored.filter((connector) => connector.name === CUSTOM_REST['name']);
        if (named.length !== 1) throw new Error(`expected one connector named ${CUSTOM_REST['name']}, found ${named.length}`);
      },
    },
    {
      // Connect on a new call-tracking connector: create, then ask the service to accept the credentials.
      operation: 'authorizeConnector',
      kind: 'write',
      mount: mountForm({ typeId: 'calltrack' }),
      fieldErrors: { login: { code: 'credentials-rejected' }, password: { code: 'credentials-rejected' } },
      prepare: fillCalltrackLogin,
      act: async (cell) => inForm(cell, 'submit-button')!.click(),
      retry: submitForm,
      input: (cell) => credentialsOf(cell),
      saved: showsUnlocked,
    },
    {
      // The choices of the unlocked step, from the service; the tags show once tagged calls are asked for.
      operation: 'listConnectorOptions',
      label: 'listConnectorOptions, the tags',
      kind: 'read',
      mount: mountForm({ typeId: 'calltrack' }),
      requests: (request) => new URL(request.url).pathname.endsWith('/options/tags'),
      reach: connectAndAskForTags,
      loaded: (cell) => showsTags(cell, cell.locale),
      stale: {
        ask: async (cell) => {
          cell.element.lang = 'bg';
        },
        shown: (cell) => showsTags(cell, 'bg', cell.locale),
      },
    },
    {
      // Done on the unlocked step: save the settings, then activate.
      operation: 'updateConnector',
      kind: 'write',
      mount: mountForm({ typeId: 'calltrack' }),
      fieldErrors: { tags: { code: 'pick-one' } },
      prepare: async (cell) => {
        await connectAndAskForTags(cell);
        await controlShown(cell, TAG_CHOICES[1]!, 'the tags');
        check(cell.element, TAG_CHOICES[0]!);
        check(cell.element, TAG_CHOICES[1]!);
      },
      act: async (cell) => inForm(cell, 'submit-button')!.click(),
      retry: submitForm,
      input: (cell) => controlsOf(cell, CALLTRACK_SETTINGS),
      saved: (cell) => showsConnector(cell, 'active', 'connectors.saved'),
    },
    {
      operation: 'activateConnector',
      label: 'activateConnector, with Activate',
      kind: 'write',
      mount: mountForm({ connectorId: roomService.id }),
      setup: async (backend) => {
        await completeRoomService(backend);
        await backend.deactivateConnector(roomService.id);
      },
      prepare: (cell) => cell.waitFor(() => inForm<HTMLButtonElement>(cell, 'activate-button')?.disabled === false, 'Activate'),
      act: async (cell) => inForm(cell, 'activate-button')!.click(),
      retry: async (cell) => {
        await cell.waitFor(() => inForm<HTMLButtonElement>(cell, 'activate-button')?.disabled === false, 'Activate again');
        inForm(cell, 'activate-button')!.click();
      },
      input: (cell) => ({ status: textOf(inForm(cell, 'connector-status')) }),
      saved: (cell) => showsConnector(cell, 'active', 'connectors.activated'),
    },
    {
      operation: 'deactivateConnector',
      kind: 'write',
      mount: mountForm({ connectorId: roomService.id }),
      prepare: (cell) => openConfirmation(cell, 'deactivate-button'),
      act: async (cell) => inForm(cell, 'confirm-button')!.click(),
      retry: confirmAction,
      input: (cell) => ({
        confirmationOpen: confirmation(cell)?.open ?? false,
        status: textOf(inForm(cell, 'connector-status')),
      }),
      saved: async (cell) => {
        await cell.waitFor(() => confirmation(cell)?.open === false, 'the confirmation to close');
        await showsConnector(cell, 'inactive', 'connectors.deactivated');
      },
    },
    {
      operation: 'deleteConnector',
      kind: 'write',
      mount: mountForm({ connectorId: roomService.id }),
      prepare: (cell) => openConfirmation(cell, 'delete-button'),
      act: async (cell) => inForm(cell, 'confirm-button')!.click(),
      retry: confirmAction,
      input: (cell) => ({ confirmationOpen: confirmation(cell)?.open ?? false }),
      saved: async (cell) => {
        await cell.waitForText([cell.t('connectors.deleted')], 'the connector deleted');
        if ((await cell.backend.listConnectors({ owner: 'all' })).some((connector) => connector.id === roomService.id)) {
          throw new Error('the connector is still stored');
        }
      },
    },
  ],
};

// ---- the matrix ---------------------------------------------------------------------------------

describeFaultMatrix(marketplace);
describeFaultMatrix(detail);
describeFaultMatrix(networkSecurity);
describeFaultMatrix(connectorForm);
