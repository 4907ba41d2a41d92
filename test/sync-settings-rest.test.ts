// <sync-settings> over HTTP: the RestAdapter against the reference server the test runner
// started (a fresh organisation per test), which is its own OAuth provider, in English,
// Bulgarian and Russian. Accounts are linked in a real consent window: the element's own
// `openWindow` (window.open) runs inside a trusted click, the window goes to the server's
// consent page, and the admin's answer there (Allow or Deny, the page's GET form sent from
// the window) goes through the server's redirect URI, which completes the link on the
// server and sends the window on to the completion page. That page is on the server's
// origin, not this one, so its message cannot reach this page: the element ends by the
// backend's status check when the window closes. Also: a window closed early (cancelled),
// a forged message and a replayed completion (ignored, refused), a blocked window finished
// in another tab (Check again), and an account's settings refused by the server with the
// admin's input kept.
import './support/no-lit-warnings.js';
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../src/components/sync-settings/define.js';
import type { SyncSettingsElement } from '../src/components/sync-settings/sync-settings.js';
import { ACCOUNT_LINK_MESSAGE_TYPE } from '../src/components/sync-settings/account-link-flow.js';
import type { RequestOptions } from '../src/api/adapter.js';
import { PlugboardError } from '../src/api/errors.js';
import { RestAdapter } from '../src/api/rest-adapter.js';
import type { AccountLink, AccountLinkCompletion, AccountLinkStatus, AccountSyncSettings, SyncAccount } from '../src/api/schemas.js';
import bg from '../src/i18n/locales/bg.json';
import en from '../src/i18n/locales/en.json';
import ru from '../src/i18n/locales/ru.json';
import { axeViolations } from './support/axe.js';
import { focused, press } from './support/keyboard.js';
import { apiUrl, newSession, type Session } from './support/reference-server.js';
import { readable, textOf, waitFor } from './support/wait.js';

// ---- strings --------------------------------------------------------------------------------

type Lang = 'en' | 'bg' | 'ru';
type Strings = typeof en;
const STRINGS: Record<Lang, Strings> = { en, bg: bg as Strings, ru: ru as Strings };
const LANGS: Lang[] = ['en', 'bg', 'ru'];

/** A locale string with its `{{placeholders}}` filled in, as i18next formats names. */
function say(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)(?:\s*,\s*number)?\s*\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`no value for {{${key}}} in "${template}"`);
    return String(values[key]);
  });
}

// ---- the server -----------------------------------------------------------------------------

/** The reference server's own origin: its consent page, redirect URI and completion page live there. */
const SERVER = new URL(apiUrl).origin;
/** Where the consent page's form goes (its `action`, see server/oauth-provider.ts). */
const DECISION_PATH = '/oauth-provider/decision';
/** The name the element gives its consent window (see account-link-flow.ts). */
const WINDOW_NAME = 'plugboard-account-link';
/** The first account the server links for the signed-in admin (Alex Morgan). */
const ACCOUNT = 'alex.morgan@example.com';

/**
 * The address the consent page's form sends the window to when the admin presses Allow or
 * Deny: a GET of its hidden fields (redirect_uri, state) and the button's `decision`.
 */
function decisionUrl(link: AccountLink, decision: 'allow' | 'deny'): string {
  const asked = new URL(link.authorizationUrl).searchParams;
  const url = new URL(DECISION_PATH, SERVER);
  url.searchParams.set('redirect_uri', asked.get('redirect_uri')!);
  url.searchParams.set('state', asked.get('state')!);
  url.searchParams.set('decision', decision);
  return url.href;
}

/**
 * The element's adapter: a RestAdapter that keeps the links the backend issued and names
 * each link call the element makes; `forcePeriod` replaces the activities period the
 * element sends (as a stale or tampered page would) so the server refuses it.
 */
class RecordingRest extends RestAdapter {
  readonly links: AccountLink[] = [];
  readonly calls: string[] = [];
  forcePeriod: number | undefined;

  override async beginAccountLink(serviceId: string, options?: RequestOptions): Promise<AccountLink> {
    const link = await super.beginAccountLink(serviceId, options);
    this.links.push(link);
    return link;
  }

  override completeAccountLink(completion: AccountLinkCompletion, options?: RequestOptions): Promise<SyncAccount> {
    this.calls.push('completeAccountLink');
    return super.completeAccountLink(completion, options);
  }

  override getAccountLink(state: string, options?: RequestOptions): Promise<AccountLinkStatus> {
    this.calls.push('getAccountLink');
    return super.getAccountLink(state, options);
  }

  override updateAccountSettings(accountId: string, settings: AccountSyncSettings, options?: RequestOptions): Promise<SyncAccount> {
    const sent = this.forcePeriod === undefined ? settings : { ...settings, activitiesPeriod: this.forcePeriod };
    return super.updateAccountSettings(accountId, sent, options);
  }
}

interface Org {
  session: Session;
  /** The element's adapter. */
  api: RecordingRest;
  /** The test's own view of the server, in the same organisation. */
  server: RestAdapter;
}

async function organisation(): Promise<Org> {
  const session = await newSession({});
  const options = { baseUrl: apiUrl, token: () => session.token };
  return { session, api: new RecordingRest(options), server: new RestAdapter(options) };
}

// ---- the element ----------------------------------------------------------------------------

interface Mounted {
  sync: SyncSettingsElement;
  events: { linked: CustomEvent[]; cancelled: CustomEvent[]; errors: CustomEvent[] };
  /** For each click that reached a service button: whether it was trusted and the page had the user's activation. */
  clicks: { trusted: boolean; activation: boolean }[];
}

function collect(target: EventTarget, type: string): CustomEvent[] {
  const seen: CustomEvent[] = [];
  target.addEventListener(type, (event) => seen.push(event as CustomEvent));
  return seen;
}

/** The element in `lang` with the element's adapter, loaded; its default `openWindow` is kept. */
async function mount(lang: Lang, api: RestAdapter): Promise<Mounted> {
  const sync = await fixture<SyncSettingsElement>(html`<sync-settings lang=${lang} .adapter=${api}></sync-settings>`);
  await waitFor(() => part(sync, 'accounts') !== null || part(sync, 'retry-button') !== null, 'the element to load');
  expect(part(sync, 'accounts'), 'loaded from the server').to.not.equal(null);
  expect(textOf(part(sync, 'title'))).to.equal(STRINGS[lang].sync.title);
  const clicks: Mounted['clicks'] = [];
  // Seen on the way down to the service button, before its own handler opens the window.
  sync.addEventListener(
    'click',
    (event) => {
      const target = event.composedPath()[0];
      if (target instanceof HTMLElement && target.closest('[part~="service-button"]')) {
        clicks.push({ trusted: event.isTrusted, activation: navigator.userActivation.isActive });
      }
    },
    { capture: true },
  );
  return {
    sync,
    clicks,
    events: {
      linked: collect(sync, 'pb-account-linked'),
      cancelled: collect(sync, 'pb-account-link-cancel'),
      errors: collect(sync, 'pb-error'),
    },
  };
}

function part<T extends HTMLElement = HTMLElement>(sync: SyncSettingsElement, name: string): T | null {
  return sync.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

function parts<T extends HTMLElement = HTMLElement>(sync: SyncSettingsElement, name: string): T[] {
  return [...sync.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

const accountNames = (sync: SyncSettingsElement): string[] => parts(sync, 'account-name').map((name) => textOf(name));
const statusLine = (sync: SyncSettingsElement): string => textOf(part(sync, 'status'));
const linkingText = (sync: SyncSettingsElement): string => textOf(part(sync, 'linking'));

/** Polls for what a real window and the server take a while to do (at most `ms`). */
async function until(condition: () => boolean, what: string, ms = 8_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A real mouse click in the middle of `element`, through the browser (trusted, with user activation). */
async function mouseClick(element: HTMLElement): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** The consent window the element opened, found by its name as any script of this page could. */
let consent: Window | null = null;

/** Whether `target` is on another origin than this page (its address cannot be read). */
function elsewhere(target: Window): boolean {
  try {
    void target.location.href;
    return false;
  } catch {
    return true;
  }
}

/**
 * "Add account" by keyboard, then a real click on Google: the element opens its window in
 * the click and sends it to the server's consent page once the server issued the link.
 */
async function startLink(lang: Lang, { sync, clicks }: Mounted, api: RecordingRest): Promise<{ link: AccountLink; popup: Window }> {
  part(sync, 'add-account-button')!.focus();
  await press('Enter');
  await waitFor(() => part(sync, 'services')?.hidden === false, 'the services');
  const google = parts(sync, 'service-button').find((button) =>
    textOf(button).endsWith(say(STRINGS[lang].sync.connectWith, { service: 'Google' })),
  );
  expect(google, 'Google offered').to.not.equal(undefined);
  await mouseClick(google!);
  expect(clicks, 'one trusted click with the user’s activation reached Google').to.deep.equal([{ trusted: true, activation: true }]);
  // "Waiting for Google…" shows from the click on; the server's link comes after.
  await until(() => api.links.length > 0, 'the server to issue the link');
  await until(() => linkingText(sync).includes(say(STRINGS[lang].sync.linking, { service: 'Google' })), 'the link waiting');
  expect(api.links).to.have.length(1);
  const link = api.links[0]!;
  const asked = new URL(link.authorizationUrl);
  expect(`${asked.origin}${asked.pathname}`, 'the server’s own consent page').to.equal(`${SERVER}/oauth-provider/authorize`);
  expect(asked.searchParams.get('redirect_uri')).to.equal(`${SERVER}/oauth/callback`);
  expect(asked.searchParams.get('state')).to.equal(link.state);

  consent = window.open('', WINDOW_NAME);
  expect(consent, 'the element’s consent window is open').to.not.equal(null);
  const popup = consent!;
  await until(() => elsewhere(popup), 'the window at the consent page (another origin)', 4_000);
  expect(popup.closed).to.equal(false);
  expect(part(sync, 'open-link'), 'not blocked').to.equal(null);
  return { link, popup };
}

afterEach(() => {
  if (consent && !consent.closed) consent.close();
  consent = null;
  fixtureCleanup();
});

// ---- tests ----------------------------------------------------------------------------------

for (const lang of LANGS) {
  const S = STRINGS[lang];

  describe(`<sync-settings> over REST to the reference server (${lang})`, () => {
    it('links an account in a real consent window: Allow on the server’s page, ended by the status check', async () => {
      const { api, server } = await organisation();
      const mounted = await mount(lang, api);
      const { sync, events } = mounted;
      expect(accountNames(sync)).to.deep.equal([]);
      expect(await axeViolations(sync)).to.deep.equal([]);

      const { link, popup } = await startLink(lang, mounted, api);
      expect((await server.getAccountLink(link.state)).status, 'pending at the server').to.equal('pending');

      // The admin presses Allow: the window goes through the redirect URI (the server
      // completes the link) to the completion page, which closes it.
      popup.location.href = decisionUrl(link, 'allow');
      await until(() => popup.closed, 'the completion page to close the window');
      await until(() => accountNames(sync).length > 0, 'the account listed');

      expect(accountNames(sync)).to.deep.equal([ACCOUNT]);
      expect(statusLine(sync)).to.equal(say(S.sync.linked, { account: ACCOUNT }));
      expect(textOf(part(sync, 'account-status'))).to.equal(S.sync.statusLinked);
      expect(part(sync, 'linking'), 'the link is over').to.equal(null);
      expect(events.linked.map((event) => (event.detail as { account: SyncAccount }).account.displayName)).to.deep.equal([ACCOUNT]);
      expect(events.cancelled).to.deep.equal([]);
      expect(events.errors).to.deep.equal([]);
      expect(api.calls, 'ended by asking the server, the message being out of reach').to.include('getAccountLink');
      expect(api.calls).to.not.include('completeAccountLink');
      expect(focused(), 'focus on Add account').to.equal(part(sync, 'add-account-button'));

      const status = await server.getAccountLink(link.state);
      expect(status.status).to.equal('linked');
      expect(status.account?.displayName).to.equal(ACCOUNT);
      expect((await server.listAccounts()).map((account) => account.displayName)).to.deep.equal([ACCOUNT]);
      expect(await axeViolations(sync)).to.deep.equal([]);
    });

    it('says access was refused when the admin presses Deny on the server’s page', async () => {
      const { api, server } = await organisation();
      const mounted = await mount(lang, api);
      const { sync, events } = mounted;
      const { link, popup } = await startLink(lang, mounted, api);

      popup.location.href = decisionUrl(link, 'deny');
      await until(() => popup.closed, 'the completion page to close the window');
      await until(() => part(sync, 'linking') === null, 'the link to end');

      expect(statusLine(sync)).to.equal(S.sync.linkDenied);
      expect(accountNames(sync)).to.deep.equal([]);
      expect(textOf(part(sync, 'accounts'))).to.contain(S.sync.noAccounts);
      expect(events.cancelled.map((event) => event.detail)).to.deep.equal([{ serviceId: 'google', reason: 'denied' }]);
      expect(events.linked).to.deep.equal([]);
      expect(api.calls, 'ended by asking the server').to.deep.equal(['getAccountLink']);
      expect((await server.getAccountLink(link.state)).status).to.equal('denied');
      expect(await server.listAccounts()).to.deep.equal([]);
    });

    it('ends as cancelled when the window is closed before anything was granted', async () => {
      const { api, server } = await organisation();
      const mounted = await mount(lang, api);
      const { sync, events } = mounted;
      const { link, popup } = await startLink(lang, mounted, api);

      popup.close();
      await until(() => part(sync, 'linking') === null, 'the link to end');

      expect(document.hasFocus(), 'the admin is back on the page').to.equal(true);
      expect(statusLine(sync)).to.equal(S.sync.linkCancelled);
      expect(events.cancelled.map((event) => event.detail)).to.deep.equal([{ serviceId: 'google', reason: 'cancelled' }]);
      expect(events.linked).to.deep.equal([]);
      expect(api.calls, 'asked the server once the window closed').to.deep.equal(['getAccountLink']);
      expect(accountNames(sync)).to.deep.equal([]);
      expect((await server.getAccountLink(link.state)).status, 'nothing happened at the server').to.equal('pending');
      expect(await server.listAccounts()).to.deep.equal([]);
      expect(focused(), 'focus on Add account').to.equal(part(sync, 'add-account-button'));
    });

    it('ignores a forged message from another origin, and the server refuses a replayed completion', async () => {
      const { api, server } = await organisation();
      const mounted = await mount(lang, api);
      const { sync, events } = mounted;
      const { link, popup } = await startLink(lang, mounted, api);

      // The right state and a code, but posted from this page's origin, not the redirect URI's.
      window.postMessage({ type: ACCOUNT_LINK_MESSAGE_TYPE, state: link.state, code: 'forged-code' }, '*');
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(api.calls, 'the element sent nothing for it').to.deep.equal([]);
      expect(linkingText(sync)).to.contain(say(S.sync.linking, { service: 'Google' }));
      expect((await server.getAccountLink(link.state)).status).to.equal('pending');
      expect(popup.closed).to.equal(false);

      popup.location.href = decisionUrl(link, 'allow');
      await until(() => popup.closed, 'the completion page to close the window');
      await until(() => accountNames(sync).length > 0, 'the account listed');
      expect(accountNames(sync)).to.deep.equal([ACCOUNT]);
      expect(api.calls).to.not.include('completeAccountLink');

      // The state was used at the redirect URI: completing it again, twice, is refused.
      for (const attempt of ['first replay', 'second replay']) {
        const refusal = await server.completeAccountLink({ state: link.state, code: `replayed-${attempt}` }).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(refusal, attempt).to.be.instanceOf(PlugboardError);
        expect((refusal as PlugboardError).status, attempt).to.equal(422);
        expect(Object.keys((refusal as PlugboardError).fieldErrors ?? {}), attempt).to.deep.equal(['state']);
      }
      // A late message for the ended link changes nothing either.
      window.postMessage({ type: ACCOUNT_LINK_MESSAGE_TYPE, state: link.state, code: 'late' }, '*');
      await sync.load();
      await until(() => accountNames(sync).length > 0, 'the accounts again');
      expect(accountNames(sync)).to.deep.equal([ACCOUNT]);
      expect(events.linked).to.have.length(1);
      expect((await server.listAccounts()).map((account) => account.displayName)).to.deep.equal([ACCOUNT]);
    });

    it('offers the sign-in in a tab when the window is blocked, and Check again finds the account', async () => {
      const { api, server } = await organisation();
      const mounted = await mount(lang, api);
      const { sync, events } = mounted;
      // This runner's Chromium has no popup blocker (puppeteer starts it with
      // --disable-popup-blocking): the host's opener refuses, as a blocker does.
      sync.openWindow = () => null;
      part(sync, 'add-account-button')!.click();
      await sync.updateComplete;
      const google = part(sync, 'service-button')!;
      await mouseClick(google);
      await until(() => part(sync, 'open-link') !== null, 'the link to open the sign-in in a tab');
      expect(linkingText(sync)).to.contain(say(S.sync.popupBlocked, { service: 'Google' }));
      expect(events.errors.map((event) => event.detail)).to.deep.equal([
        { operation: 'beginAccountLink', code: 'account-link-unavailable' },
      ]);
      const link = api.links[0]!;
      const open = part<HTMLAnchorElement>(sync, 'open-link')!;
      expect(open.href).to.equal(link.authorizationUrl);
      expect(open.target).to.equal('_blank');
      expect(readable(open.rel).split(' ')).to.include.members(['noopener', 'noreferrer']);

      // In that tab (no opener, so no message), the admin allows; the browser follows the
      // redirects through the server's redirect URI.
      await fetch(decisionUrl(link, 'allow'), { mode: 'no-cors', credentials: 'omit' });
      expect((await server.getAccountLink(link.state)).status).to.equal('linked');
      expect(accountNames(sync), 'nothing yet: the page was not told').to.deep.equal([]);

      part(sync, 'check-link-button')!.focus();
      await press('Enter');
      await until(() => accountNames(sync).length > 0, 'the account listed');
      expect(accountNames(sync)).to.deep.equal([ACCOUNT]);
      expect(statusLine(sync)).to.equal(say(S.sync.linked, { account: ACCOUNT }));
      expect(events.linked).to.have.length(1);
    });

    it('keeps the admin’s input when the server refuses an account’s settings, then saves them', async () => {
      const { api, server } = await organisation();
      const { state } = await server.beginAccountLink('nimbusmail');
      const linked = await server.completeAccountLink({ state, code: 'granted-before' });
      expect(linked.settings.activitiesPeriod, 'NimbusMail’s nearest default').to.equal(15);
      const { sync } = await mount(lang, api);
      expect(accountNames(sync)).to.deep.equal([ACCOUNT]);

      part(sync, 'configure-button')!.click();
      await until(() => part(sync, 'account-form') !== null, 'the account form');
      const form = part(sync, 'account-form')!;
      const contacts = form.querySelector<HTMLInputElement>('input[name="contacts"]')!;
      const period = form.querySelector<HTMLSelectElement>('#account-activitiesPeriod')!;
      const syncFrom = form.querySelector<HTMLInputElement>('#account-syncFrom')!;
      expect([...period.options].map((option) => option.value), 'NimbusMail’s periods').to.deep.equal(['15', '60', '1440']);
      contacts.click();
      period.value = '60';
      period.dispatchEvent(new Event('change', { bubbles: true }));
      syncFrom.value = '2024-05-01';
      syncFrom.dispatchEvent(new Event('input', { bubbles: true }));
      syncFrom.dispatchEvent(new Event('change', { bubbles: true }));
      await sync.updateComplete;

      // A period NimbusMail does not offer reaches the server (as from a stale page): 422 on the field.
      api.forcePeriod = 5;
      part(sync, 'save-account-button')!.click();
      await until(() => form.querySelector('[part~="field-error"]') !== null, 'the refusal on the field');
      const error = form.querySelector('[part~="field-error"]')!;
      expect(textOf(error)).to.equal(S.validation.invalid);
      expect((period.getAttribute('aria-describedby') ?? '').split(/\s+/), 'the refusal describes the field').to.include(error.id);
      expect(period.getAttribute('aria-invalid')).to.equal('true');
      expect(focused(), 'focus on the refused field').to.equal(period);
      expect(statusLine(sync), 'nothing said saved').to.equal('');
      // Input kept.
      expect(part(sync, 'account-form'), 'the form stays open').to.equal(form);
      expect(contacts.checked).to.equal(false);
      expect(period.value).to.equal('60');
      expect(syncFrom.value).to.equal('2024-05-01');
      const [unchanged] = await server.listAccounts();
      expect(unchanged!.settings).to.deep.equal(linked.settings);

      api.forcePeriod = undefined;
      part(sync, 'save-account-button')!.click();
      await until(() => statusLine(sync) === say(S.sync.accountSaved, { account: ACCOUNT }), 'the settings saved');
      expect(form.querySelector('[part~="field-error"]')).to.equal(null);
      const [saved] = await server.listAccounts();
      expect(saved!.settings).to.deep.equal({ ...linked.settings, contacts: false, activitiesPeriod: 60, syncFrom: '2024-05-01' });
    });
  });
}
