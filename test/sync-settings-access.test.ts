// <sync-settings> for everyone, against the MemoryAdapter: axe (WCAG and best practice) in
// every state, in the light and the dark theme (loading, load failure, no accounts, the
// services shown, a link waiting for its window, a blocked window, the status check, the
// accounts with one that needs signing in again, an account's form, the on-site OAuth
// client with its secret stored, Sync now running and its result with errors, and both
// confirmations); headings at the host's level; and an account linked, its activities
// period and start date changed and saved by keyboard alone, the consent window being a
// fake one the test completes by the completion page's message.
import './support/no-lit-warnings.js';
import { expect, fixture, fixtureCleanup, html, nextFrame } from '@open-wc/testing';
import '../src/components/sync-settings/define.js';
import type { SyncSettingsElement } from '../src/components/sync-settings/sync-settings.js';
import { ACCOUNT_LINK_MESSAGE_TYPE } from '../src/components/sync-settings/account-link-flow.js';
import { fixtures } from '../src/api/memory/fixtures.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import type { SyncAccount } from '../src/api/schemas.js';
import bg from '../src/i18n/locales/bg.json';
import en from '../src/i18n/locales/en.json';
import ru from '../src/i18n/locales/ru.json';
import { axeViolations, headingLevels, linkThemeSheets } from './support/axe.js';
import { focused, press, tabTo } from './support/keyboard.js';
import { readable, textOf, waitFor } from './support/wait.js';

// ---- the backend ------------------------------------------------------------------------------

/**
 * A MemoryAdapter on this page's origin (the redirect URI's origin is the page's, so the
 * completion message the test posts is the one the element trusts), with a clock the
 * test moves on (a run's progress follows it).
 */
class Backend extends MemoryAdapter {
  private readonly clock: { offset: number };

  constructor(options: { latency?: number; onSite?: boolean } = {}) {
    const clock = { offset: 0 };
    super({
      fixtures: { ...fixtures, siteUrl: location.origin },
      latency: options.latency ?? 0,
      onSite: options.onSite ?? true,
      now: () => Date.now() + clock.offset,
    });
    this.clock = clock;
  }

  advance(ms: number): void {
    this.clock.offset += ms;
  }
}

/** An account linked before the element loads, as the provider and the backend would have it. */
async function linkedBefore(backend: MemoryAdapter, serviceId = 'google'): Promise<SyncAccount> {
  const { state } = await backend.beginAccountLink(serviceId);
  return backend.completeAccountLink({ state, code: `code-${state.slice(0, 8)}` });
}

/** The names the backend gives the signed-in admin's (Alex Morgan's) accounts, in linking order. */
const FIRST_ACCOUNT = 'alex.morgan@example.com';
const SECOND_ACCOUNT = 'alex.morgan2@example.com';

/** A run is queued for 1 s and done 3 s after it started (see ReferenceBackend). */
const RUN_TAKES_MS = 5_000;

// ---- strings ----------------------------------------------------------------------------------

/** A locale string with its `{{placeholders}}` filled in, as i18next formats small numbers and names. */
function say(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)(?:\s*,\s*number)?\s*\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`no value for {{${key}}} in "${template}"`);
    return String(values[key]);
  });
}

// ---- the consent window -----------------------------------------------------------------------

/** What the element sees of a consent window. */
interface FakeWindow {
  closed: boolean;
  location: { href: string };
  close(): void;
}

interface Opener {
  open: (url: string, target: string, features: string) => Window | null;
  windows: FakeWindow[];
}

/** An `openWindow` that hands out fake windows (or, `blocked`, none, as a popup blocker does). */
function fakeWindows(blocked = false): Opener {
  const windows: FakeWindow[] = [];
  return {
    windows,
    open: () => {
      if (blocked) return null;
      const opened: FakeWindow = {
        closed: false,
        location: { href: '' },
        close() {
          this.closed = true;
        },
      };
      windows.push(opened);
      return opened as unknown as Window;
    },
  };
}

/** The link's state, read from the address the window was sent to. */
function stateOf(window: FakeWindow): string {
  return new URL(window.location.href).searchParams.get('state') ?? '';
}

// ---- the theme --------------------------------------------------------------------------------

linkThemeSheets();

// ---- the page ---------------------------------------------------------------------------------

interface Page {
  page: HTMLElement;
  sync: SyncSettingsElement;
}

/** A host settings page (a landmark, an h1) holding the element, given its adapter and window opener. */
async function renderPage(adapter: MemoryAdapter, opener: Opener = fakeWindows(), level = 2, lang = 'en'): Promise<Page> {
  const page = await fixture<HTMLElement>(html`<main class="page" lang=${lang}>
    <h1>Settings</h1>
    ${level === 3 ? html`<h2>Integrations</h2>` : null}
    <sync-settings heading-level=${level}></sync-settings>
  </main>`);
  const sync = page.querySelector('sync-settings')!;
  sync.openWindow = opener.open;
  sync.adapter = adapter;
  return { page, sync };
}

function part<T extends HTMLElement = HTMLElement>(sync: SyncSettingsElement, name: string): T | null {
  return sync.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

function parts<T extends HTMLElement = HTMLElement>(sync: SyncSettingsElement, name: string): T[] {
  return [...sync.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

/** Waits until the element shows its accounts section (it loaded). */
async function loaded(sync: SyncSettingsElement): Promise<void> {
  await waitFor(() => part(sync, 'accounts') !== null, 'the element to load');
  await sync.updateComplete;
}

async function loadedPage(adapter: MemoryAdapter, opener?: Opener, level?: number, lang?: string): Promise<Page> {
  const page = await renderPage(adapter, opener, level, lang);
  await loaded(page.sync);
  return page;
}

const accountNames = (sync: SyncSettingsElement): string[] => parts(sync, 'account-name').map((name) => textOf(name));
const statusLine = (sync: SyncSettingsElement): string => textOf(part(sync, 'status'));

/** The listed account named `name`. */
function account(sync: SyncSettingsElement, name: string): HTMLElement {
  const found = parts(sync, 'account').find((candidate) => textOf(candidate.querySelector('[part~="account-name"]')) === name);
  if (!found) throw new Error(`no account ${name} listed; listed: ${accountNames(sync).join(', ')}`);
  return found;
}

function inAccount<T extends HTMLElement = HTMLElement>(sync: SyncSettingsElement, name: string, partName: string): T | null {
  return account(sync, name).querySelector<T>(`[part~="${partName}"]`);
}

/** Clicks `button` (which must be there) and waits for the element's update. */
async function click(sync: SyncSettingsElement, button: HTMLElement | null): Promise<void> {
  if (!button) throw new Error('no such button');
  button.click();
  await sync.updateComplete;
}

function confirmDialog(sync: SyncSettingsElement): HTMLDialogElement {
  return part<HTMLDialogElement>(sync, 'confirm-dialog')!;
}

/** Axe finds nothing in the light theme, then in the dark one; the page returns to light. */
async function expectAccessible({ page, sync }: Page, state: string): Promise<void> {
  await sync.updateComplete;
  expect(await axeViolations(page), `${state}, light`).to.deep.equal([]);
  page.dataset['pbTheme'] = 'dark';
  try {
    expect(getComputedStyle(sync).colorScheme, `${state}: dark theme applied`).to.equal('dark');
    expect(await axeViolations(page), `${state}, dark`).to.deep.equal([]);
  } finally {
    delete page.dataset['pbTheme'];
  }
}

/** Whether nothing has focus: the document's body (or nothing at all) is active. */
function focusLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/** Starts linking a Google account from the picker; resolves once the link waits for its window. */
async function startLink(sync: SyncSettingsElement): Promise<void> {
  await click(sync, part(sync, 'add-account-button'));
  await click(sync, part(sync, 'service-button'));
  await waitFor(() => textOf(part(sync, 'linking')).includes(say(en.sync.linking, { service: 'Google' })), 'the link waiting');
}

// ---- axe in every state ------------------------------------------------------------------------

describe('<sync-settings> accessibility', () => {
  it('passes axe while loading', async () => {
    const page = await renderPage(new Backend({ latency: 60_000 }));
    await waitFor(() => textOf(part(page.sync, 'loading')) === en.common.loading, 'the loading message');
    expect(part(page.sync, 'loading')!.getAttribute('role')).to.equal('status');
    expect(part(page.sync, 'accounts')).to.equal(null);
    await expectAccessible(page, 'loading');
  });

  it('passes axe with a failed load and Retry', async () => {
    const backend = new Backend();
    backend.simulateError('listAccounts', 'server');
    const page = await renderPage(backend);
    await waitFor(() => part(page.sync, 'retry-button') !== null, 'the load failure');
    const error = part(page.sync, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.equal(`${en.errors.server} ${en.common.retry}`);
    await expectAccessible(page, 'load error');
  });

  it('passes axe with no accounts', async () => {
    const page = await loadedPage(new Backend({ onSite: false }));
    expect(accountNames(page.sync)).to.deep.equal([]);
    expect(textOf(part(page.sync, 'accounts'))).to.contain(en.sync.noAccounts);
    expect(part(page.sync, 'oauth'), 'no OAuth client off-site').to.equal(null);
    expect(part<HTMLButtonElement>(page.sync, 'sync-button')!.disabled, 'nothing to sync').to.equal(true);
    await expectAccessible(page, 'no accounts');
  });

  it('passes axe with the services shown', async () => {
    const page = await loadedPage(new Backend());
    const add = part(page.sync, 'add-account-button')!;
    expect(add.getAttribute('aria-expanded')).to.equal('false');
    await click(page.sync, add);
    expect(add.getAttribute('aria-expanded')).to.equal('true');
    expect(part(page.sync, 'services')!.hidden).to.equal(false);
    expect(parts(page.sync, 'service-button').map((button) => textOf(button))).to.deep.equal([
      `G ${say(en.sync.connectWith, { service: 'Google' })}`,
      `N ${say(en.sync.connectWith, { service: 'NimbusMail' })}`,
    ]);
    await expectAccessible(page, 'services shown');
  });

  it('passes axe while a link waits for its consent window', async () => {
    const opener = fakeWindows();
    const page = await loadedPage(new Backend(), opener);
    await startLink(page.sync);
    expect(opener.windows).to.have.length(1);
    expect(opener.windows[0]!.location.href).to.match(/^https:\/\/accounts\.example\.com\//);
    expect(textOf(part(page.sync, 'cancel-link-button'))).to.equal(en.common.cancel);
    await expectAccessible(page, 'linking, waiting');
  });

  it('passes axe with the window blocked and the link to open it in a tab', async () => {
    const page = await loadedPage(new Backend(), fakeWindows(true));
    await click(page.sync, part(page.sync, 'add-account-button'));
    await click(page.sync, part(page.sync, 'service-button'));
    await waitFor(() => part(page.sync, 'open-link') !== null, 'the link to open the sign-in in a tab');
    expect(textOf(part(page.sync, 'linking'))).to.contain(say(en.sync.popupBlocked, { service: 'Google' }));
    const link = part<HTMLAnchorElement>(page.sync, 'open-link')!;
    expect(link.target).to.equal('_blank');
    expect(textOf(link)).to.equal(`${say(en.sync.openInTab, { service: 'Google' })} ${en.common.opensInNewTab}`);
    expect(textOf(part(page.sync, 'check-link-button'))).to.equal(en.sync.checkAgain);
    await expectAccessible(page, 'linking, blocked');
  });

  it('passes axe while checking with the backend after the window closed', async () => {
    const opener = fakeWindows();
    const page = await loadedPage(new Backend(), opener);
    await startLink(page.sync);
    // The admin is elsewhere (the page has no focus): a pending link is not cancelled, it is checked.
    const hasFocus = Object.getOwnPropertyDescriptor(document, 'hasFocus');
    Object.defineProperty(document, 'hasFocus', { configurable: true, value: () => false });
    try {
      opener.windows[0]!.close();
      await waitFor(() => textOf(part(page.sync, 'linking')).includes(say(en.sync.checking, { service: 'Google' })), 'the check');
      expect(part(page.sync, 'check-link-button')).to.not.equal(null);
      await expectAccessible(page, 'linking, checking');
    } finally {
      if (hasFocus) Object.defineProperty(document, 'hasFocus', hasFocus);
      else delete (document as unknown as Record<string, unknown>)['hasFocus'];
    }
  });

  it('passes axe with the accounts listed, one needing to be connected again', async () => {
    const backend = new Backend();
    await linkedBefore(backend, 'google');
    const revoked = await linkedBefore(backend, 'nimbusmail');
    backend.revokeAccountAccess(revoked.id);
    const page = await loadedPage(backend);
    expect(accountNames(page.sync)).to.have.members([FIRST_ACCOUNT, SECOND_ACCOUNT]);
    expect(textOf(inAccount(page.sync, FIRST_ACCOUNT, 'account-status'))).to.equal(en.sync.statusLinked);
    expect(textOf(inAccount(page.sync, SECOND_ACCOUNT, 'account-status'))).to.equal(en.sync.needsReauthorization);
    expect(textOf(inAccount(page.sync, SECOND_ACCOUNT, 'relink-button'))).to.equal(en.sync.linkAgain);
    expect(inAccount(page.sync, FIRST_ACCOUNT, 'relink-button')).to.equal(null);
    await expectAccessible(page, 'accounts, one to connect again');
  });

  it('passes axe with an account’s form open', async () => {
    const backend = new Backend();
    await linkedBefore(backend);
    const page = await loadedPage(backend);
    const configure = inAccount(page.sync, FIRST_ACCOUNT, 'configure-button')!;
    await click(page.sync, configure);
    expect(configure.getAttribute('aria-expanded')).to.equal('true');
    const form = inAccount(page.sync, FIRST_ACCOUNT, 'account-form')!;
    expect(readable(form.getAttribute('aria-label'))).to.equal(say(en.sync.settingsOf, { account: FIRST_ACCOUNT }));
    expect(form.querySelectorAll('[part~="period-select"]')).to.have.length(2);
    expect(form.querySelector<HTMLInputElement>('[part~="sync-from"]')!.type).to.equal('date');
    await expectAccessible(page, 'account form');
  });

  it('passes axe with the on-site OAuth client, its secret stored', async () => {
    const backend = new Backend({ onSite: true });
    await backend.saveSyncSettings({ personalTagIds: ['vip'], oauthClient: { clientId: 'client-123', clientSecret: 'stored-secret-1' } });
    const page = await loadedPage(backend);
    const oauth = part(page.sync, 'oauth')!;
    expect(textOf(oauth.querySelector('#redirect-uri'))).to.equal(`${location.origin}/oauth/callback`);
    expect(textOf(oauth.querySelector('#authorized-origin'))).to.equal(location.origin);
    expect(part<HTMLInputElement>(page.sync, 'client-id-input')!.value).to.equal('client-123');
    expect(part(page.sync, 'client-secret-input'), 'the stored secret is not an input').to.equal(null);
    expect(textOf(part(page.sync, 'secret-set'))).to.contain(en.connectors.secretSet);
    expect(textOf(part(page.sync, 'replace-button'))).to.equal(en.connectors.replaceSecret);
    expect(textOf(page.sync.shadowRoot!)).to.not.contain('stored-secret-1');
    await expectAccessible(page, 'on-site OAuth client, secret stored');
  });

  it('passes axe while Sync now runs and with its result and errors', async () => {
    const backend = new Backend();
    await linkedBefore(backend, 'google');
    const revoked = await linkedBefore(backend, 'nimbusmail');
    backend.revokeAccountAccess(revoked.id);
    const page = await loadedPage(backend);
    await click(page.sync, part(page.sync, 'sync-button'));
    await waitFor(() => part(page.sync, 'run-progress') !== null, 'the run in progress');
    expect(textOf(part(page.sync, 'run-progress'))).to.equal(en.sync.runQueued);
    expect(part<HTMLButtonElement>(page.sync, 'sync-button')!.disabled, 'one run at a time').to.equal(true);
    await expectAccessible(page, 'sync running');

    backend.advance(RUN_TAKES_MS);
    await waitFor(() => part(page.sync, 'run-result') !== null, 'the run result');
    const result = part(page.sync, 'run-result')!;
    // One account synced (12 contacts, 30 events); the one to connect again named in the errors.
    const counts = `${say(en.sync.contactsCount_other, { count: 12 })} and ${say(en.sync.eventsCount_other, { count: 30 })}.`;
    expect(textOf(result.querySelector('p'))).to.match(new RegExp(`^Last sync .+: ${counts.replace(/\./g, '\\.')}$`));
    expect([...result.querySelectorAll('.run-errors li')].map((item) => textOf(item))).to.deep.equal([
      `${SECOND_ACCOUNT}: sign in again to sync this account.`,
    ]);
    await expectAccessible(page, 'sync result with errors');
  });

  it('passes axe with the remove confirmation open', async () => {
    const backend = new Backend();
    await linkedBefore(backend);
    const page = await loadedPage(backend);
    await click(page.sync, inAccount(page.sync, FIRST_ACCOUNT, 'remove-button'));
    await waitFor(() => confirmDialog(page.sync).open, 'the remove confirmation');
    expect(textOf(part(page.sync, 'confirm-title'))).to.equal(say(en.sync.removeAccountTitle, { account: FIRST_ACCOUNT }));
    expect(textOf(part(page.sync, 'confirm-button'))).to.equal(en.sync.removeAccountButton);
    await expectAccessible(page, 'remove confirmation');
  });

  it('passes axe with the discard confirmation open', async () => {
    const backend = new Backend();
    await linkedBefore(backend);
    const page = await loadedPage(backend);
    await click(page.sync, inAccount(page.sync, FIRST_ACCOUNT, 'configure-button'));
    const calendar = inAccount<HTMLInputElement>(page.sync, FIRST_ACCOUNT, 'account-form')!.querySelector<HTMLInputElement>(
      'input[name="calendar"]',
    )!;
    calendar.click();
    await page.sync.updateComplete;
    await click(page.sync, inAccount(page.sync, FIRST_ACCOUNT, 'close-account-button'));
    await waitFor(() => confirmDialog(page.sync).open, 'the discard confirmation');
    expect(textOf(part(page.sync, 'confirm-title'))).to.equal(en.connectors.unsavedTitle);
    expect(textOf(confirmDialog(page.sync).querySelector('#confirm-body'))).to.equal(en.sync.unsavedBody);
    expect(textOf(part(page.sync, 'confirm-button'))).to.equal(en.connectors.discardChanges);
    await expectAccessible(page, 'discard confirmation');
  });

  it('passes axe in Bulgarian and Russian with accounts, a form, the services and the OAuth client shown', async () => {
    for (const [lang, strings] of [
      ['bg', bg],
      ['ru', ru],
    ] as const) {
      const backend = new Backend({ onSite: true });
      await backend.saveSyncSettings({ personalTagIds: ['vip'], oauthClient: { clientId: 'client-123', clientSecret: 'stored-secret-1' } });
      await linkedBefore(backend, 'google');
      const revoked = await linkedBefore(backend, 'nimbusmail');
      backend.revokeAccountAccess(revoked.id);
      const page = await loadedPage(backend, fakeWindows(), 2, lang);
      expect(textOf(part(page.sync, 'title')), lang).to.equal(strings.sync.title);
      expect(textOf(inAccount(page.sync, SECOND_ACCOUNT, 'account-status')), lang).to.equal(strings.sync.needsReauthorization);
      await click(page.sync, inAccount(page.sync, FIRST_ACCOUNT, 'configure-button'));
      await click(page.sync, part(page.sync, 'add-account-button'));
      expect(part(page.sync, 'services')!.hidden, lang).to.equal(false);
      expect(part(page.sync, 'secret-set'), lang).to.not.equal(null);
      await expectAccessible(page, lang);
      fixtureCleanup();
    }
  });

  it('puts its headings at the host page level (2 and 3)', async () => {
    for (const level of [2, 3]) {
      const backend = new Backend({ onSite: true });
      await linkedBefore(backend, 'google');
      await linkedBefore(backend, 'nimbusmail');
      const { page, sync } = await loadedPage(backend, fakeWindows(), level);
      expect(part(sync, 'title')!.localName, `level ${level}`).to.equal(`h${level}`);
      // The title; the accounts one below, each account two below; the personal tags one
      // below, the OAuth client two below; Sync one below; the (closed) confirmation's title one below.
      expect(headingLevels(sync.shadowRoot!), `level ${level}`).to.deep.equal([
        level,
        level + 1,
        level + 2,
        level + 2,
        level + 1,
        level + 2,
        level + 1,
        level + 1,
      ]);
      const outline = headingLevels(page);
      for (let index = 1; index < outline.length; index += 1) {
        expect(outline[index]! - outline[index - 1]!, `level ${level}: no level skipped in ${outline.join(' ')}`).to.be.at.most(1);
      }
      expect(await axeViolations(page), `level ${level}`).to.deep.equal([]);
      fixtureCleanup();
    }
  });
});

// ---- keyboard only ----------------------------------------------------------------------------

/**
 * The digits to type into a native date input for `iso` (yyyy-mm-dd): Chromium shows its
 * segments in the browser's locale (en-US: mm dd yyyy), and a segment takes typed digits.
 */
function dateDigits(iso: string): string {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const order = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(Date.UTC(2024, 0, 2)))
    .map((piece) => piece.type)
    .filter((type) => type === 'year' || type === 'month' || type === 'day');
  return order.map((type) => ({ year, month, day })[type as 'year' | 'month' | 'day']).join('');
}

describe('<sync-settings> by keyboard alone', () => {
  it('links an account, changes its activities period and start date, and saves', async () => {
    const backend = new Backend({ onSite: false });
    const opener = fakeWindows();
    const { sync } = await loadedPage(backend, opener);
    const isPart = (name: string) => (element: HTMLElement) => element.matches(`[part~="${name}"]`);
    /** Steps after which focus was dropped on the page or left the element. */
    const dropped: string[] = [];
    const step = async (what: string) => {
      await sync.updateComplete;
      await nextFrame();
      if (focusLost()) dropped.push(what);
      else if (!sync.shadowRoot!.contains(focused())) dropped.push(`${what} (focus left the element)`);
    };
    (document.activeElement as HTMLElement | null)?.blur();

    // Add account, then Google.
    const add = await tabTo(isPart('add-account-button'));
    expect(textOf(add)).to.equal(en.sync.addAccount);
    await press('Enter');
    await waitFor(() => part(sync, 'services')?.hidden === false, 'the services');
    await step('Add account');
    const google = await tabTo(isPart('service-button'), 3);
    expect(textOf(google)).to.contain(say(en.sync.connectWith, { service: 'Google' }));
    await press('Enter');
    expect(opener.windows, 'the consent window opened within the key press').to.have.length(1);
    const consent = opener.windows[0]!;
    await waitFor(() => consent.location.href !== '', 'the window sent to the provider');
    expect(new URL(consent.location.href).origin).to.equal('https://accounts.example.com');
    await step('Connect with Google');

    // The admin grants access in the provider's window; its completion page tells this page.
    const state = stateOf(consent);
    expect(state).to.not.equal('');
    window.postMessage({ type: ACCOUNT_LINK_MESSAGE_TYPE, state, code: 'granted-by-keyboard-admin' }, location.origin);
    await waitFor(() => accountNames(sync).includes(FIRST_ACCOUNT), 'the account linked');
    expect(statusLine(sync)).to.equal(say(en.sync.linked, { account: FIRST_ACCOUNT }));
    expect(consent.closed, 'the window is left to the completion page').to.equal(false);
    await step('the link completed');
    expect(focused(), 'focus back on Add account').to.equal(part(sync, 'add-account-button'));

    // Configure: the activities period one step on, the start date typed.
    const configure = await tabTo((element) => element === inAccount(sync, FIRST_ACCOUNT, 'configure-button'));
    await press('Enter');
    await waitFor(() => inAccount(sync, FIRST_ACCOUNT, 'account-form') !== null, 'the account form');
    expect(configure.getAttribute('aria-expanded')).to.equal('true');
    await step('Configure');
    const form = inAccount(sync, FIRST_ACCOUNT, 'account-form')!;
    const period = form.querySelector<HTMLSelectElement>('#account-activitiesPeriod')!;
    expect(form.querySelector<HTMLInputElement>('input[name="autoSyncActivities"]')!.checked, 'automatic sync of activities').to.equal(true);
    expect(period.value).to.equal('15');
    expect([...period.options].map((option) => textOf(option))).to.deep.equal([
      say(en.sync.periodMinutes_other, { count: 5 }),
      say(en.sync.periodMinutes_other, { count: 15 }),
      say(en.sync.periodMinutes_other, { count: 30 }),
      say(en.sync.periodHours_one, { count: 1 }),
      say(en.sync.periodHours_other, { count: 4 }),
      say(en.sync.periodDays_one, { count: 1 }),
    ]);
    await tabTo((element) => element === period, 10);
    await press('ArrowDown');
    await waitFor(() => period.value === '30', 'the period on 30 minutes');
    await step('the period');

    const syncFrom = form.querySelector<HTMLInputElement>('#account-syncFrom')!;
    expect(syncFrom.value).to.equal('');
    expect(textOf(form.querySelector('#account-syncFrom-shown'))).to.equal(en.sync.syncFromEmpty);
    await tabTo((element) => element === syncFrom, 3);
    await press(dateDigits('2024-03-15').slice(0, 1));
    for (const digit of dateDigits('2024-03-15').slice(1)) await press(digit);
    await waitFor(() => syncFrom.value === '2024-03-15', `the start date typed (value "${syncFrom.value}")`);
    await sync.updateComplete;
    expect(textOf(form.querySelector('#account-syncFrom-shown'))).to.equal(say(en.sync.syncFromShown, { date: 'March 15, 2024' }));
    await step('the start date');

    // Save.
    await tabTo(isPart('save-account-button'), 10);
    await press('Enter');
    await waitFor(() => statusLine(sync) === say(en.sync.accountSaved, { account: FIRST_ACCOUNT }), 'the settings saved');
    await step('Save');
    const [stored] = await backend.listAccounts();
    expect(stored!.settings.activitiesPeriod).to.equal(30);
    expect(stored!.settings.syncFrom).to.equal('2024-03-15');
    expect(stored!.settings.autoSyncActivities).to.equal(true);
    expect(dropped, 'steps after which focus fell on the page').to.deep.equal([]);
  });
});
