/**
 * `<sync-settings>` against every fault of every operation it calls (see
 * test/support/fault-matrix.ts), in Russian; the stale cells switch the element to
 * Bulgarian. Its four reads make one load (the services, the accounts, the personal tags,
 * the settings); its writes are an account's settings, removing an account (confirmed),
 * the personal tags with the on-site OAuth client, "Sync now" and the run it follows
 * (`getSyncRun`), and the account link: beginning it (the consent window is a fake one,
 * handed to the element's `openWindow`), completing it by the completion page's message
 * with the provider's code, and asking the backend (`getAccountLink`) after a message
 * without one, as when the backend completed the link at its redirect URI.
 *
 * In a file of its own: the matrix of each file has a time budget. A failing cell is a
 * defect of the element, not of the test: keep the expectation, fix `src/`.
 */
import './support/no-lit-warnings.js';
import { fixture, html } from '@open-wc/testing';
import '../src/components/sync-settings/define.js';
import type { SyncSettingsElement } from '../src/components/sync-settings/sync-settings.js';
import { ACCOUNT_LINK_MESSAGE_TYPE } from '../src/components/sync-settings/account-link-flow.js';
import type { ApiAdapter, RequestOptions } from '../src/api/adapter.js';
import { fixtures } from '../src/api/memory/fixtures.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import type { SyncAccount, SyncService } from '../src/api/schemas.js';
import type { StringKey } from '../src/i18n/keys.js';
import { describeFaultMatrix, until, type Cell, type FaultMatrixSpec } from './support/fault-matrix.js';
import { readable, textOf } from './support/wait.js';

type Syncing = Cell<SyncSettingsElement>;

// ---- the backend ------------------------------------------------------------------------------

/**
 * The bundled fixtures on this page's origin (so the completion page's message, posted
 * from here, comes from the redirect URI's origin), with a clock a cell moves on (a run's
 * progress follows it) and services a cell can withdraw (what the host offers changes).
 */
class SyncBackend extends MemoryAdapter {
  private readonly clock: { offset: number };
  private readonly withdrawn = new Set<string>();

  constructor() {
    const clock = { offset: 0 };
    super({ fixtures: { ...fixtures, siteUrl: location.origin }, latency: 0, now: () => Date.now() + clock.offset });
    this.clock = clock;
  }

  /** Moves the backend's clock on by `ms`. */
  advance(ms: number): void {
    this.clock.offset += ms;
  }

  /** The backend no longer offers `serviceId`. */
  withdraw(serviceId: string): void {
    this.withdrawn.add(serviceId);
  }

  override async listSyncServices(options?: RequestOptions): Promise<SyncService[]> {
    return (await super.listSyncServices(options)).filter((service) => !this.withdrawn.has(service.id));
  }
}

const backendOf = (cell: Syncing): SyncBackend => cell.backend as SyncBackend;

/** Longer than a run takes at the backend (queued, then running, done 3 s after it started). */
const RUN_TAKES_MS = 5_000;

/** An account of `serviceId` linked before the element is mounted (as the provider would have it). */
async function linkedBefore(backend: MemoryAdapter, serviceId = 'google'): Promise<SyncAccount> {
  const { state } = await backend.beginAccountLink(serviceId);
  return backend.completeAccountLink({ state, code: `code-before-${state.slice(0, 6)}` });
}

const SERVICE = fixtures.syncServices.find((service) => service.id === 'google')!;
const OTHER_SERVICE = fixtures.syncServices.find((service) => service.id === 'nimbusmail')!;

/** The names the backend gives the signed-in user's accounts (Alex Morgan), in the order they are linked. */
const ACCOUNT_NAMES = ['alex.morgan@example.com', ...[2, 3, 4, 5, 6].map((n) => `alex.morgan${n}@example.com`)];

// ---- the consent window ----------------------------------------------------------------------

/** What the element sees of a consent window: whether it is closed, where it is sent, and close(). */
interface FakeWindow {
  closed: boolean;
  location: { href: string };
  close(): void;
}

/** The windows the mounted element opened, in order. */
let windows: FakeWindow[] = [];

function openFakeWindow(): Window {
  const opened: FakeWindow = {
    closed: false,
    location: { href: '' },
    close() {
      this.closed = true;
    },
  };
  windows.push(opened);
  return opened as unknown as Window;
}

function mount(adapter: ApiAdapter, locale: string): Promise<SyncSettingsElement> {
  windows = [];
  return fixture<SyncSettingsElement>(
    html`<sync-settings lang=${locale} .adapter=${adapter} .openWindow=${openFakeWindow}></sync-settings>`,
  );
}

/** The state of the link under way, read from the address the consent window was sent to. */
let linkState = '';

/** The completion page's message, posted to the element's window from the redirect URI's origin (this page's). */
function postCompletion(fields: { code?: string; error?: string } = {}): void {
  window.postMessage({ type: ACCOUNT_LINK_MESSAGE_TYPE, state: linkState, ...fields }, location.origin);
}

// ---- what the admin sees -------------------------------------------------------------------------

const shadow = (cell: Syncing): ShadowRoot => cell.element.shadowRoot!;

const part = <T extends HTMLElement = HTMLElement>(cell: Syncing, name: string): T | undefined => cell.find<T>(`[part~="${name}"]`);

/** The polite status line (empty lines are not "shown", so it is read directly). */
const statusLine = (cell: Syncing): string => textOf(shadow(cell).querySelector('[part~="status"]'));

const accountNames = (cell: Syncing): string[] => cell.all('[part~="account-name"]').map((element) => textOf(element));

const checkedTags = (cell: Syncing): string[] =>
  cell
    .all<HTMLInputElement>('input[name="personalTagIds"]')
    .filter((input) => input.checked)
    .map((input) => input.value);

const confirmation = (cell: Syncing): HTMLDialogElement | undefined =>
  shadow(cell).querySelector<HTMLDialogElement>('dialog[part~="confirm-dialog"]') ?? undefined;

const confirmButton = (cell: Syncing): HTMLButtonElement | undefined =>
  confirmation(cell)?.querySelector<HTMLButtonElement>('[part~="confirm-button"]') ?? undefined;

const sameSet = (a: readonly string[], b: readonly string[]): boolean => [...a].sort().join('\n') === [...b].sort().join('\n');

/** A string in `locale` as a reader sees it (no isolate marks). */
async function say(cell: Syncing, locale: string, key: StringKey, options?: Record<string, unknown>): Promise<string> {
  return readable(locale === cell.locale ? cell.t(key, options) : await cell.tIn(locale, key, options));
}

/** What the admin could have changed, which no failure may undo: the accounts listed and the tags ticked. */
const onScreen = (cell: Syncing) => ({ accounts: accountNames(cell), tags: checkedTags(cell) });

/** Opens the services to pick from (unless open). */
async function openPicker(cell: Syncing): Promise<void> {
  await cell.waitFor(() => part(cell, 'add-account-button') !== undefined, '"Add account"');
  const add = part(cell, 'add-account-button')!;
  if (add.getAttribute('aria-expanded') !== 'true') add.click();
  await cell.waitFor(() => cell.all('[part~="service-button"]').length > 0, 'the services to pick from');
}

/** The button that links an account of `service`, as the admin reads it. */
function serviceButton(cell: Syncing, service: SyncService): HTMLButtonElement | undefined {
  const label = readable(cell.t('sync.connectWith', { service: service.name }));
  return cell.all<HTMLButtonElement>('[part~="service-button"]').find((button) => textOf(button).endsWith(label));
}

/** The services offered are exactly `services`, worded in `locale`. */
async function offers(cell: Syncing, services: SyncService[], locale = cell.locale): Promise<void> {
  await openPicker(cell);
  const wanted = await Promise.all(services.map((service) => say(cell, locale, 'sync.connectWith', { service: service.name })));
  const shown = () => cell.all('[part~="service-button"]').map((button) => textOf(button));
  try {
    await cell.waitFor(
      () => shown().length === wanted.length && wanted.every((label) => shown().some((button) => button.endsWith(label))),
      'the services',
    );
  } catch {
    throw new Error(`expected the services ${wanted.map((label) => `"${label}"`).join(', ')}; shown: ${shown().map((label) => `"${label}"`).join(', ')}`);
  }
}

/** Exactly these accounts are listed (none: the locale's "no accounts" line). */
async function listsAccounts(cell: Syncing, names: string[], locale = cell.locale): Promise<void> {
  const none = names.length === 0 ? await say(cell, locale, 'sync.noAccounts') : undefined;
  const section = () => textOf(part(cell, 'accounts'));
  try {
    await cell.waitFor(() => sameSet(accountNames(cell), names) && (!none || section().includes(none)), 'the accounts');
  } catch {
    throw new Error(`expected the accounts [${names.join(', ')}]${none ? ` and "${none}"` : ''}; shown: "${section()}"`);
  }
}

/** The personal tags are named in `locale`, and none only `older` words so. */
async function showsTagsIn(cell: Syncing, locale: string, older?: string): Promise<void> {
  const names = async (tag: string) => (await cell.backend.listTags({ locale: tag })).map((each) => each.name);
  const wanted = await names(locale);
  await cell.waitForText(wanted, `the personal tags (${locale})`);
  if (older) {
    const stale = (await names(older)).filter((name) => !wanted.includes(name) && cell.text().includes(name));
    if (stale.length > 0) throw new Error(`the older (${older}) tag names still shown: ${stale.join(', ')}`);
  }
}

/** The stored settings: the redirect URI to copy, and exactly `tagIds` ticked. */
async function showsSettings(cell: Syncing, tagIds: string[]): Promise<void> {
  const { oauthClient } = await cell.backend.getSyncSettings();
  const redirect = () => textOf(shadow(cell).querySelector('#redirect-uri'));
  try {
    await cell.waitFor(() => redirect() === oauthClient!.redirectUri && sameSet(checkedTags(cell), tagIds), 'the settings');
  } catch {
    throw new Error(
      `expected the redirect URI ${oauthClient!.redirectUri} and the tags [${tagIds.join(', ')}] ticked; shown: "${redirect()}", [${checkedTags(cell).join(', ')}]`,
    );
  }
}

async function statusSays(cell: Syncing, text: string, what: string): Promise<void> {
  const wanted = readable(text);
  try {
    await cell.waitFor(() => statusLine(cell) === wanted, what);
  } catch {
    throw new Error(`expected the status line "${wanted}"; shown: "${statusLine(cell)}"`);
  }
}

/**
 * An account was just linked: the status line names it and it is listed; and every account
 * the backend holds is listed, so none the admin linked is missing from the page.
 */
async function showsLinked(cell: Syncing): Promise<void> {
  const said = ACCOUNT_NAMES.map((name) => [name, readable(cell.t('sync.linked', { account: name }))] as const);
  let linked: string | undefined;
  try {
    await cell.waitFor(() => {
      linked = said.find(([, text]) => statusLine(cell) === text)?.[0];
      return linked !== undefined && accountNames(cell).includes(linked);
    }, 'the linked account');
  } catch {
    throw new Error(`expected "${said[0]![1]}" (or another account's) and the account listed; status: "${statusLine(cell)}", listed: [${accountNames(cell).join(', ')}]`);
  }
  const stored = (await cell.backend.listAccounts()).map((account) => account.displayName);
  if (!sameSet(accountNames(cell), stored)) {
    throw new Error(`the accounts listed [${accountNames(cell).join(', ')}] are not those the backend holds [${stored.join(', ')}]`);
  }
}

// ---- acting -------------------------------------------------------------------------------------

async function clickWhenEnabled(cell: Syncing, name: string, within?: () => HTMLElement | undefined): Promise<void> {
  const button = () => (within ? within()?.querySelector<HTMLButtonElement>(`[part~="${name}"]`) ?? undefined : part<HTMLButtonElement>(cell, name));
  await cell.waitFor(() => button()?.disabled === false, `the ${name}`);
  button()!.click();
}

/** Picks the service, which opens the consent window within the click (nothing awaited). */
async function pickService(cell: Syncing): Promise<void> {
  await openPicker(cell);
  const button = serviceButton(cell, SERVICE);
  if (!button) throw new Error(`no button for ${SERVICE.name}`);
  button.click();
}

/** The consent window the element opened last is at the provider, and the page says it waits for it. */
async function waitsForConsent(cell: Syncing): Promise<void> {
  const waiting = readable(cell.t('sync.linking', { service: SERVICE.name }));
  const opened = () => windows.at(-1);
  try {
    await cell.waitFor(() => opened()?.location.href.startsWith(SERVICE.authorizationEndpoint) === true && textOf(part(cell, 'linking')).includes(waiting), 'the consent window');
  } catch {
    throw new Error(`expected the consent window at ${SERVICE.authorizationEndpoint} and "${waiting}"; window at "${opened()?.location.href ?? 'none opened'}", shown: "${textOf(part(cell, 'linking'))}"`);
  }
  const url = new URL(opened()!.location.href);
  linkState = url.searchParams.get('state') ?? '';
  if (new URL(url.searchParams.get('redirect_uri') ?? '').origin !== location.origin) throw new Error(`the redirect URI is not on ${location.origin}: ${url.href}`);
  const { status } = await cell.backend.getAccountLink(linkState);
  if (status !== 'pending') throw new Error(`the link's state is ${status} at the backend, not pending`);
}

/** From "Add account" to the consent window at the provider. */
async function startLink(cell: Syncing): Promise<void> {
  await pickService(cell);
  await waitsForConsent(cell);
}

/** The provider sent the window back to the backend's redirect URI, which completed the link. */
async function completedAtRedirect(cell: Syncing): Promise<void> {
  await cell.backend.completeAccountLink({ state: linkState, code: `code-at-redirect-${linkState.slice(0, 6)}` });
}

/** Chooses `value` in a select of the element, as the admin does. */
function choose(cell: Syncing, selector: string, value: string): void {
  const select = shadow(cell).querySelector<HTMLSelectElement>(selector);
  if (!select || select.disabled) throw new Error(`${selector} cannot be used`);
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  if (select.value !== value) throw new Error(`${value} cannot be chosen in ${selector}`);
}

/** Types `value` into a text or date control of the element. */
function enterValue(cell: Syncing, selector: string, value: string): void {
  const input = shadow(cell).querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function tick(cell: Syncing, selector: string): void {
  const box = shadow(cell).querySelector<HTMLInputElement>(selector);
  if (!box) throw new Error(`no ${selector}`);
  if (!box.checked) box.click();
}

const ACCOUNT_CONTROLS = ['calendar', 'contacts', 'autoSyncActivities', 'activitiesPeriod', 'syncFrom', 'autoSyncContacts', 'contactsPeriod'];

/** The account form's controls as they stand. */
function accountControls(cell: Syncing): Record<string, string | boolean | null> {
  const form = part(cell, 'account-form');
  return Object.fromEntries(
    ACCOUNT_CONTROLS.map((name) => {
      const control = form?.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
      return [name, !control ? null : control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value];
    }),
  );
}

/** What the admin typed into the settings form. */
function settingsControls(cell: Syncing): Record<string, unknown> {
  const value = (selector: string) => shadow(cell).querySelector<HTMLInputElement>(selector)?.value ?? null;
  return { tags: checkedTags(cell), clientId: value('#settings-clientId'), clientSecret: value('#settings-clientSecret') };
}

const CLIENT_ID = 'crm-sync-41.apps.example.com';
const CLIENT_SECRET = 'matrix-client-secret-7d2e';

/** Starts a sync and lets it reach the point where the element reads its progress. */
async function syncNowAndFollow(cell: Syncing): Promise<void> {
  const started = cell.server.requestsOf('runSync').length;
  const followed = cell.server.requestsOf('getSyncRun').length;
  await clickWhenEnabled(cell, 'sync-button');
  if (!(await until(() => cell.server.requestsOf('runSync').slice(started).some((request) => request.settled), 3000))) {
    throw new Error('Sync now did not start a run');
  }
  // The run is over at the backend by the time the element first reads it (after a second).
  backendOf(cell).advance(RUN_TAKES_MS);
  if (!(await until(() => cell.server.requestsOf('getSyncRun').length > followed, 3000))) {
    throw new Error('the element did not read the run');
  }
}

/** The run's result: everything one account brings over (12 contacts, 30 events). */
async function showsRunDone(cell: Syncing): Promise<void> {
  const counts = [cell.t('sync.contactsCount', { count: 12 }), cell.t('sync.eventsCount', { count: 30 })].map(readable);
  const result = () => textOf(part(cell, 'run-result'));
  try {
    await cell.waitFor(() => counts.every((count) => result().includes(count)), 'the run result');
  } catch {
    throw new Error(`expected the run's result with ${counts.join(' and ')}; shown: "${result()}"`);
  }
}

// ---- the spec ------------------------------------------------------------------------------------

const syncSettings: FaultMatrixSpec<SyncSettingsElement> = {
  tag: 'sync-settings',
  locale: 'ru',
  backend: () => new SyncBackend(),
  mount,
  operations: [
    // ---- the load (four reads at once; Retry reads them all again) ----
    {
      operation: 'listSyncServices',
      kind: 'read',
      loaded: (cell) => offers(cell, [SERVICE, OTHER_SERVICE]),
      stale: {
        // The host stops offering NimbusMail and switches the language: the older list must not come back.
        ask: async (cell) => {
          backendOf(cell).withdraw(OTHER_SERVICE.id);
          cell.element.lang = 'bg';
        },
        shown: (cell) => offers(cell, [SERVICE], 'bg'),
      },
    },
    {
      operation: 'listAccounts',
      kind: 'read',
      setup: async (backend) => {
        await linkedBefore(backend);
      },
      loaded: (cell) => listsAccounts(cell, [ACCOUNT_NAMES[0]!]),
      stale: {
        // The account is removed elsewhere and the language switched: it must not come back.
        ask: async (cell) => {
          const [account] = await cell.backend.listAccounts();
          await cell.backend.removeAccount(account!.id);
          cell.element.lang = 'bg';
        },
        shown: (cell) => listsAccounts(cell, [], 'bg'),
      },
    },
    {
      operation: 'listTags',
      kind: 'read',
      loaded: (cell) => showsTagsIn(cell, cell.locale),
      stale: {
        ask: async (cell) => {
          cell.element.lang = 'bg';
        },
        shown: (cell) => showsTagsIn(cell, 'bg', cell.locale),
      },
    },
    {
      operation: 'getSyncSettings',
      kind: 'read',
      loaded: (cell) => showsSettings(cell, ['personal']),
      stale: {
        // Other tags are chosen elsewhere and the language switched: the older choice must not come back.
        ask: async (cell) => {
          await cell.backend.saveSyncSettings({ personalTagIds: ['vip', 'corporate'] });
          cell.element.lang = 'bg';
        },
        shown: (cell) => showsSettings(cell, ['vip', 'corporate']),
      },
    },

    // ---- writes ----
    {
      // An account's settings: another period for activities, a start date, contacts synced daily.
      operation: 'updateAccountSettings',
      kind: 'write',
      setup: async (backend) => {
        await linkedBefore(backend);
      },
      fieldErrors: { activitiesPeriod: { code: 'invalid' }, 'settings.syncFrom': { code: 'invalid-date' } },
      prepare: async (cell) => {
        await clickWhenEnabled(cell, 'configure-button');
        await cell.waitFor(() => part(cell, 'account-form') !== undefined, 'the account form');
        choose(cell, '#account-activitiesPeriod', '60');
        enterValue(cell, '#account-syncFrom', '2024-03-01');
        tick(cell, 'input[name="autoSyncContacts"]');
        await cell.element.updateComplete;
        choose(cell, '#account-contactsPeriod', '1440');
      },
      act: async (cell) => part(cell, 'save-account-button')!.click(),
      retry: (cell) => clickWhenEnabled(cell, 'save-account-button'),
      input: accountControls,
      saved: async (cell) => {
        await statusSays(cell, cell.t('sync.accountSaved', { account: ACCOUNT_NAMES[0] }), 'the account saved');
        const [account] = await cell.backend.listAccounts();
        const { activitiesPeriod, syncFrom, autoSyncContacts, contactsPeriod } = account!.settings;
        const stored = { activitiesPeriod, syncFrom, autoSyncContacts, contactsPeriod };
        const wanted = { activitiesPeriod: 60, syncFrom: '2024-03-01', autoSyncContacts: true, contactsPeriod: 1440 };
        if (JSON.stringify(stored) !== JSON.stringify(wanted)) throw new Error(`stored ${JSON.stringify(stored)}, not ${JSON.stringify(wanted)}`);
      },
    },
    {
      // Removing the account, confirmed.
      operation: 'removeAccount',
      kind: 'write',
      setup: async (backend) => {
        await linkedBefore(backend);
      },
      prepare: async (cell) => {
        await clickWhenEnabled(cell, 'remove-button');
        await cell.waitFor(() => confirmation(cell)?.open === true, 'the confirmation');
      },
      act: async (cell) => confirmButton(cell)!.click(),
      retry: async (cell) => {
        await cell.waitFor(() => confirmButton(cell)?.disabled === false, 'the confirm button');
        confirmButton(cell)!.click();
      },
      input: (cell) => ({ confirmationOpen: confirmation(cell)?.open ?? false, accounts: accountNames(cell) }),
      saved: async (cell) => {
        await cell.waitFor(() => confirmation(cell)?.open === false, 'the confirmation to close');
        await statusSays(cell, cell.t('sync.removed', { account: ACCOUNT_NAMES[0] }), 'the account removed');
        await listsAccounts(cell, []);
        if ((await cell.backend.listAccounts()).length > 0) throw new Error('the account is still stored');
      },
    },
    {
      // The personal tags (VIP guests too) and the on-site OAuth client with its secret.
      operation: 'saveSyncSettings',
      kind: 'write',
      fieldErrors: { personalTagIds: { code: 'invalid' }, 'oauthClient.clientId': { code: 'required' } },
      prepare: async (cell) => {
        await cell.waitFor(() => shadow(cell).querySelector('#settings-clientSecret') !== null && checkedTags(cell).includes('personal'), 'the settings form');
        tick(cell, 'input[name="personalTagIds"][value="vip"]');
        enterValue(cell, '#settings-clientId', CLIENT_ID);
        enterValue(cell, '#settings-clientSecret', CLIENT_SECRET);
      },
      act: async (cell) => part(cell, 'save-button')!.click(),
      retry: (cell) => clickWhenEnabled(cell, 'save-button'),
      input: settingsControls,
      saved: async (cell) => {
        await statusSays(cell, cell.t('sync.saved'), 'the settings saved');
        await cell.waitFor(() => part(cell, 'secret-set') !== undefined, 'the secret shown as set');
        const stored = await cell.backend.getSyncSettings();
        if (!sameSet(stored.personalTagIds, ['personal', 'vip']) || stored.oauthClient?.clientId !== CLIENT_ID || !stored.oauthClient.clientSecretSet) {
          throw new Error(`stored ${JSON.stringify(stored)}`);
        }
      },
    },
    {
      // Sync now: the run starts and its progress shows.
      operation: 'runSync',
      kind: 'write',
      setup: async (backend) => {
        await linkedBefore(backend);
      },
      prepare: (cell) => cell.waitFor(() => part<HTMLButtonElement>(cell, 'sync-button')?.disabled === false, 'Sync now'),
      act: async (cell) => part(cell, 'sync-button')!.click(),
      retry: (cell) => clickWhenEnabled(cell, 'sync-button'),
      input: onScreen,
      saved: async (cell) => {
        await cell.waitFor(() => part(cell, 'run-progress') !== undefined || part(cell, 'run-result') !== undefined, 'the run under way');
        if (!(await cell.backend.getSyncSettings()).lastRun) throw new Error('no run was stored');
      },
    },
    {
      // The run started by Sync now, read a second later: its result shows.
      operation: 'getSyncRun',
      kind: 'write',
      setup: async (backend) => {
        await linkedBefore(backend);
      },
      prepare: (cell) => cell.waitFor(() => part<HTMLButtonElement>(cell, 'sync-button')?.disabled === false, 'Sync now'),
      act: syncNowAndFollow,
      input: onScreen,
      saved: showsRunDone,
    },

    // ---- the account link ----
    {
      // Picking a service: the window opens in the click and is sent to the provider once the backend answered.
      operation: 'beginAccountLink',
      kind: 'write',
      prepare: openPicker,
      act: async (cell) => serviceButton(cell, SERVICE)!.click(),
      retry: pickService,
      input: onScreen,
      saved: waitsForConsent,
    },
    {
      // The completion page's message carries the provider's code: the element completes the link.
      operation: 'completeAccountLink',
      kind: 'write',
      prepare: startLink,
      act: async () => postCompletion({ code: `code-${linkState.slice(0, 8)}` }),
      // The link ended; the admin adds the account again.
      retry: async (cell) => {
        await startLink(cell);
        postCompletion({ code: `code-${linkState.slice(0, 8)}` });
      },
      input: onScreen,
      saved: showsLinked,
      // The backend linked the account though its answer was unreadable: the element finds it
      // (it can ask `getAccountLink`) rather than report a failure and have the admin link a second one.
      recovers: (fault) => fault.code === 'invalid-response',
      skip: {
        '403': 'a 403 to the completion is the contract’s answer for a provider that refused access: the element ends the link as denied (the link-flow tests check it), not as a failure to retry',
      },
    },
    {
      // The backend completed the link at its redirect URI; the completion page's message has no
      // code, so the element asks the backend how the link ended.
      operation: 'getAccountLink',
      kind: 'write',
      prepare: async (cell) => {
        await startLink(cell);
        await completedAtRedirect(cell);
      },
      act: async () => postCompletion(),
      // "Check again" where the element offers it; else the admin adds the account again.
      retry: async (cell) => {
        const check = part(cell, 'check-link-button');
        if (check) {
          check.click();
          return;
        }
        await startLink(cell);
        await completedAtRedirect(cell);
        postCompletion();
      },
      input: onScreen,
      saved: showsLinked,
    },
  ],
};

describeFaultMatrix(syncSettings);
