// <sync-settings> against the MemoryAdapter, in English, Bulgarian and Russian, as the admin
// sees it: loading, a failed read of each of the four with Retry, no accounts; linking an
// account in a consent window opened within the click (a fake window the test completes by
// the completion page's postMessage, by BroadcastChannel, or by the backend's status check),
// forged, stray and replayed messages ignored, a blocked window, a window closed early, a
// refusal, an opener cut by the provider's policy; an account's settings (the service's
// periods, the start date in the element's locale, server refusals on their fields, the
// unsaved-changes guard); removing an account; the personal tags; an on-site installation's
// OAuth client (copy, required client ID, a write-only secret); and Sync now with its
// progress, counts (Russian plural forms) and time.
import './support/no-lit-warnings.js';
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../src/components/sync-settings/define.js';
import type { SyncSettingsElement } from '../src/components/sync-settings/sync-settings.js';
import { validationError } from '../src/api/errors.js';
import type { RequestOptions } from '../src/api/adapter.js';
import type { SyncAccount, SyncRun, SyncSettings, SyncSettingsInput, Tag } from '../src/api/schemas.js';
import type { PbAccountLinkCancelDetail } from '../src/events/account-link-cancel-event.js';
import type { PbErrorDetail } from '../src/events/error-event.js';
import type { PbSyncActionRequestDetail } from '../src/events/sync-action-request-event.js';
import { axeViolations } from './support/axe.js';
import { occurrences, stubClipboard } from './support/connector-list.js';
import { focused } from './support/keyboard.js';
import {
  Backend,
  FIRST_ACCOUNT,
  LANGS,
  SECOND_ACCOUNT,
  STRINGS,
  account,
  accountNames,
  broadcast,
  click,
  collect,
  confirmDialog,
  enter,
  failureText,
  fakeWindows,
  inAccount,
  linkMessage,
  linkedBefore,
  linkingText,
  part,
  parts,
  pickService,
  plural,
  postToPage,
  renderSync,
  say,
  startLink,
  stateOf,
  statusLine,
  stubHasFocus,
  type Lang,
} from './support/sync-settings.js';
import { readable, textOf, waitFor } from './support/wait.js';

/** A pause long enough for the element to have acted on anything it was going to act on (the window is read every 500 ms). */
const settle = (ms = 700) => new Promise((resolve) => setTimeout(resolve, ms));

/** How a calendar date shows in `lang` (the element formats it with Intl, long style). */
function longDate(lang: Lang, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

/** The account form's control `name` of the account `name`. */
function control<T extends HTMLElement = HTMLInputElement>(sync: SyncSettingsElement, accountName: string, name: string): T {
  const found = inAccount<T>(sync, accountName, `[part~="account-form"] [name="${name}"]`);
  if (!found) throw new Error(`no control ${name} in the form of ${accountName}`);
  return found;
}

/** The texts of a select's options. */
const optionTexts = (select: HTMLSelectElement): string[] => [...select.options].map((option) => textOf(option));

/** The field message shown right after `control`'s field, or ''. */
function fieldMessage(root: Element | null): string {
  return textOf(root?.querySelector('[part~="field-error"]'));
}

/** The personal tag checkboxes, by the tag's shown name. */
function tagBoxes(sync: SyncSettingsElement): Map<string, HTMLInputElement> {
  return new Map(
    [...part(sync, 'tags')!.querySelectorAll('label')].map((label) => [textOf(label), label.querySelector('input')!] as const),
  );
}

let restoreFocus: (() => void) | undefined;
afterEach(() => {
  restoreFocus?.();
  restoreFocus = undefined;
});

describe('<sync-settings>', () => {
  it('passes axe with accounts, an account’s form, the services and the OAuth client shown', async () => {
    const backend = new Backend({ onSite: true });
    await linkedBefore(backend, 'google');
    await linkedBefore(backend, 'nimbusmail');
    const sync = await renderSync(backend);
    await click(sync, inAccount(sync, FIRST_ACCOUNT, 'configure-button'));
    await click(sync, part(sync, 'add-account-button'));
    expect(part(sync, 'account-form')).to.not.equal(null);
    expect(part(sync, 'services')!.hidden).to.equal(false);
    expect(part(sync, 'oauth')).to.not.equal(null);
    expect(await axeViolations(sync.closest('main')!)).to.deep.equal([]);
  });

  // ---- loading ------------------------------------------------------------------------------

  describe('loading', () => {
    it('says it is loading, then shows the sections, in each language', async () => {
      for (const lang of LANGS) {
        const S = STRINGS[lang];
        const backend = new Backend({ latency: 150 });
        const sync = await renderSync(backend, { lang, wait: false });
        await waitFor(() => textOf(part(sync, 'loading')) === S.common.loading, `${lang}: the loading message`);
        expect(part(sync, 'loading')!.getAttribute('role'), lang).to.equal('status');
        expect(part(sync, 'accounts'), lang).to.equal(null);
        await waitFor(() => part(sync, 'accounts') !== null, `${lang}: loaded`);
        await sync.updateComplete;
        expect(part(sync, 'loading'), lang).to.equal(null);
        expect(textOf(part(sync, 'title')), lang).to.equal(S.sync.title);
        expect(textOf(part(sync, 'add-account-button')), lang).to.equal(S.sync.addAccount);
        expect(textOf(part(sync, 'sync-button')), lang).to.equal(S.sync.syncNow);
        fixtureCleanup();
      }
    });

    const reads = ['listSyncServices', 'listAccounts', 'listTags', 'getSyncSettings'] as const;
    reads.forEach((operation, index) => {
      const lang = LANGS[index % LANGS.length]!;
      it(`shows a failed ${operation} with Retry, which loads (${lang})`, async () => {
        const S = STRINGS[lang];
        const backend = new Backend();
        await linkedBefore(backend);
        backend.simulateError(operation, 'server');
        const errors = [] as PbErrorDetail[];
        const sync = await renderSync(backend, { lang, wait: false });
        sync.addEventListener('pb-error', (event) => errors.push(event.detail));
        await waitFor(() => part(sync, 'retry-button') !== null, 'the load failure');
        const error = part(sync, 'error')!;
        expect(error.getAttribute('role')).to.equal('alert');
        expect(textOf(error)).to.equal(`${S.errors.server} ${S.common.retry}`);
        expect(part(sync, 'accounts'), 'nothing shown half loaded').to.equal(null);
        await click(sync, part(sync, 'retry-button'));
        await waitFor(() => part(sync, 'accounts') !== null, 'loaded after Retry');
        await sync.updateComplete;
        expect(part(sync, 'retry-button')).to.equal(null);
        expect(accountNames(sync)).to.deep.equal([FIRST_ACCOUNT]);
        expect(errors.length === 0 || errors.every((detail) => detail.code === 'server')).to.equal(true);
      });
    });

    it('says no account is connected, and Sync now cannot start (ru)', async () => {
      const S = STRINGS.ru;
      const sync = await renderSync(new Backend(), { lang: 'ru' });
      expect(accountNames(sync)).to.deep.equal([]);
      expect(textOf(part(sync, 'accounts'))).to.contain(S.sync.noAccounts);
      expect(textOf(part(sync, 'accounts'))).to.contain('Подключённых аккаунтов пока нет.');
      const syncNow = part<HTMLButtonElement>(sync, 'sync-button')!;
      expect(textOf(syncNow)).to.equal(S.sync.syncNow);
      expect(syncNow.disabled, 'nothing to sync').to.equal(true);
    });

    it('has no OAuth client section when not on-site (bg)', async () => {
      const sync = await renderSync(new Backend({ onSite: false }), { lang: 'bg' });
      expect(part(sync, 'oauth')).to.equal(null);
      expect(part(sync, 'client-id-input')).to.equal(null);
      expect(textOf(sync.shadowRoot!)).to.not.contain(STRINGS.bg.sync.oauthTitle);
      expect(textOf(part(sync, 'settings-form'))).to.contain(STRINGS.bg.sync.personalTag);
    });
  });

  // ---- linking ------------------------------------------------------------------------------

  describe('linking an account', () => {
    it('opens the consent window within the click, before any answer, then sends it to the provider (en)', async () => {
      const backend = new Backend({ latency: 40 });
      const opener = fakeWindows();
      const sync = await renderSync(backend, { opener });
      await click(sync, part(sync, 'add-account-button'));
      expect(textOf(part(sync, 'services'))).to.contain(say(STRINGS.en.sync.connectWith, { service: 'Google' }));
      const google = parts(sync, 'service-button').find((button) => textOf(button).includes('Google'))!;
      const logged = backend.log.length;
      google.click();
      // Right after the click returned, before anything was awaited.
      expect(opener.windows, 'a window opened synchronously in the click').to.have.length(1);
      expect(backend.log.slice(logged).filter((entry) => entry.endsWith('answered')), 'no call answered yet').to.deep.equal([]);
      expect(opener.windows[0]!.location.href, 'not yet sent anywhere').to.equal('');
      expect(opener.opened[0]!.target).to.equal('plugboard-account-link');
      expect(opener.opened[0]!.features).to.contain('popup');
      await waitFor(() => opener.windows[0]!.location.href !== '', 'the window sent to the provider');
      expect(opener.windows[0]!.location.href).to.equal(backend.lastLink!.authorizationUrl);
      expect(new URL(opener.windows[0]!.location.href).origin).to.equal('https://accounts.example.com');
      await sync.updateComplete;
      expect(linkingText(sync)).to.equal(say(STRINGS.en.sync.linking, { service: 'Google' }));
      expect(textOf(part(sync, 'cancel-link-button'))).to.equal(STRINGS.en.common.cancel);
      expect(part(sync, 'add-account-button'), 'one link at a time').to.equal(null);
    });

    it('starts linking from the host’s own button through linkAccount() (ru)', async () => {
      const backend = new Backend({ latency: 20 });
      const opener = fakeWindows();
      const sync = await renderSync(backend, { lang: 'ru', opener });
      const hostButton = document.createElement('button');
      hostButton.textContent = 'Connect NimbusMail';
      hostButton.addEventListener('click', () => sync.linkAccount('nimbusmail'));
      sync.closest('main')!.append(hostButton);
      hostButton.click();
      expect(opener.windows, 'opened within the host’s click').to.have.length(1);
      await waitFor(() => opener.windows[0]!.location.href !== '', 'the window sent to NimbusMail');
      expect(new URL(opener.windows[0]!.location.href).origin).to.equal('https://login.nimbusmail.example.com');
      await sync.updateComplete;
      expect(linkingText(sync)).to.equal('Ожидаем, когда NimbusMail предоставит доступ…');
    });

    it('completes by the completion page’s postMessage: the account appears, pb-account-linked fires, the status says so (bg)', async () => {
      const S = STRINGS.bg;
      const backend = new Backend();
      const opener = fakeWindows();
      const sync = await renderSync(backend, { lang: 'bg', opener });
      const linked = collect<{ account: SyncAccount }>(sync, 'pb-account-linked');
      const consent = await startLink(sync, opener);
      expect(linkingText(sync)).to.equal(say(S.sync.linking, { service: 'Google' }));
      postToPage(linkMessage(stateOf(consent), { code: 'provider-code-1' }));
      await waitFor(() => accountNames(sync).includes(FIRST_ACCOUNT), 'the account listed');
      expect(backend.calls('completeAccountLink')).to.equal(1);
      expect(linked).to.have.length(1);
      expect(linked[0]!.detail.account.displayName).to.equal(FIRST_ACCOUNT);
      expect(linked[0]!.detail.account.serviceId).to.equal('google');
      expect(statusLine(sync)).to.equal(say(S.sync.linked, { account: FIRST_ACCOUNT }));
      expect(textOf(inAccount(sync, FIRST_ACCOUNT, 'account-status'))).to.equal(S.sync.statusLinked);
      expect(part(sync, 'linking')).to.equal(null);
      expect((await backend.listAccounts()).map((item) => item.displayName)).to.deep.equal([FIRST_ACCOUNT]);
    });

    it('completes by a BroadcastChannel message, as from a window whose opener was cut (ru)', async () => {
      const backend = new Backend();
      const opener = fakeWindows();
      const sync = await renderSync(backend, { lang: 'ru', opener });
      const linked = collect<{ account: SyncAccount }>(sync, 'pb-account-linked');
      const consent = await startLink(sync, opener);
      broadcast(linkMessage(stateOf(consent), { code: 'provider-code-bc' }));
      await waitFor(() => accountNames(sync).includes(FIRST_ACCOUNT), 'the account listed');
      expect(linked).to.have.length(1);
      expect(statusLine(sync)).to.equal(`Аккаунт ${FIRST_ACCOUNT} подключён.`);
    });

    it('completes by a message without a code when the backend completed the link itself: it asks getAccountLink (en)', async () => {
      const backend = new Backend();
      const opener = fakeWindows();
      const sync = await renderSync(backend, { opener });
      const linked = collect<{ account: SyncAccount }>(sync, 'pb-account-linked');
      const consent = await startLink(sync, opener);
      const state = stateOf(consent);
      // The backend's redirect URI exchanged the code itself.
      const stored = await backend.completeAccountLink({ state, code: 'exchanged-at-the-redirect-uri' });
      backend.log.length = 0;
      postToPage(linkMessage(state));
      await waitFor(() => accountNames(sync).includes(FIRST_ACCOUNT), 'the account listed');
      expect(backend.calls('getAccountLink')).to.equal(1);
      expect(backend.calls('completeAccountLink'), 'not completed twice').to.equal(0);
      expect(linked).to.have.length(1);
      expect(linked[0]!.detail.account.id).to.equal(stored.id);
      expect(accountNames(sync)).to.deep.equal([FIRST_ACCOUNT]);
      expect(statusLine(sync)).to.equal(say(STRINGS.en.sync.linked, { account: FIRST_ACCOUNT }));
      expect(failureText(sync)).to.equal('');
    });
  });

  // ---- forged and stray messages ------------------------------------------------------------

  describe('messages that are not this link’s completion', () => {
    it('ignores a message from another origin (en)', async () => {
      const backend = new Backend();
      const opener = fakeWindows();
      const sync = await renderSync(backend, { opener });
      const consent = await startLink(sync, opener);
      const data = linkMessage(stateOf(consent), { code: 'forged-code' });
      window.dispatchEvent(new MessageEvent('message', { data, origin: 'https://evil.example' }));
      window.dispatchEvent(new MessageEvent('message', { data, origin: 'https://accounts.example.com' }));
      await settle(300);
      expect(backend.calls('completeAccountLink')).to.equal(0);
      expect(accountNames(sync)).to.deep.equal([]);
      expect(linkingText(sync), 'still waiting').to.equal(say(STRINGS.en.sync.linking, { service: 'Google' }));
      // The same message from the redirect URI's origin is the one it accepts.
      window.dispatchEvent(new MessageEvent('message', { data, origin: location.origin }));
      await waitFor(() => accountNames(sync).includes(FIRST_ACCOUNT), 'the account from the trusted origin');
    });

    it('ignores a message with another state, by postMessage and by BroadcastChannel (bg)', async () => {
      const backend = new Backend();
      const opener = fakeWindows();
      const sync = await renderSync(backend, { lang: 'bg', opener });
      const consent = await startLink(sync, opener);
      const state = stateOf(consent);
      postToPage(linkMessage('forged-state', { code: 'forged-code' }));
      postToPage(linkMessage(`${state}x`, { code: 'forged-code' }));
      broadcast(linkMessage('forged-state', { code: 'forged-code' }));
      postToPage(linkMessage('forged-state', { error: 'access_denied' }));
      await settle(300);
      expect(backend.log, 'no call for a forged message').to.deep.equal(['beginAccountLink', 'beginAccountLink answered']);
      expect(accountNames(sync)).to.deep.equal([]);
      expect(linkingText(sync)).to.equal(say(STRINGS.bg.sync.linking, { service: 'Google' }));
      postToPage(linkMessage(state, { code: 'the-real-code' }));
      await waitFor(() => accountNames(sync).includes(FIRST_ACCOUNT), 'the account from the right state');
    });

    it('ignores malformed messages (ru)', async () => {
      const backend = new Backend();
      const opener = fakeWindows();
      const sync = await renderSync(backend, { lang: 'ru', opener });
      const consent = await startLink(sync, opener);
      const state = stateOf(consent);
      const malformed: unknown[] = [
        'plugboard-account-link',
        null,
        42,
        { state, code: 'no-type' },
        { type: 'another-kind', state, code: 'c' },
        { type: 'plugboard-account-link', state: [state], code: 'c' },
        { type: 'plugboard-account-link', state, code: 42 },
        { type: 'plugboard-account-link', state, error: { reason: 'denied' } },
        JSON.stringify(linkMessage(state, { code: 'c' })),
      ];
      for (const data of malformed) {
        postToPage(data);
        broadcast(data);
      }
      await settle(300);
      expect(backend.log).to.deep.equal(['beginAccountLink', 'beginAccountLink answered']);
      expect(accountNames(sync)).to.deep.equal([]);
      expect(failureText(sync)).to.equal('');
      expect(linkingText(sync)).to.equal(say(STRINGS.ru.sync.linking, { service: 'Google' }));
    });

    it('ignores a replayed completion after the link ended: no second account, no error (en)', async () => {
      const backend = new Backend();
      const opener = fakeWindows();
      const sync = await renderSync(backend, { opener });
      const linked = collect(sync, 'pb-account-linked');
      const errors = collect(sync, 'pb-error');
      const consent = await startLink(sync, opener);
      const message = linkMessage(stateOf(consent), { code: 'provider-code' });
      postToPage(message);
      await waitFor(() => accountNames(sync).includes(FIRST_ACCOUNT), 'the account listed');
      postToPage(message);
      broadcast(message);
      postToPage(linkMessage(message['state']!));
      await settle(300);
      // A new link under way does not take the old state either.
      const second = await startLink(sync, opener);
      postToPage(message);
      broadcast(message);
      await settle(300);
      expect(backend.calls('completeAccountLink')).to.equal(1);
      expect(backend.calls('getAccountLink')).to.equal(0);
      expect(linked).to.have.length(1);
      expect(errors).to.deep.equal([]);
      expect(accountNames(sync)).to.deep.equal([FIRST_ACCOUNT]);
      expect(failureText(sync)).to.equal('');
      expect(linkingText(sync), 'the new link still waits').to.equal(say(STRINGS.en.sync.linking, { service: 'Google' }));
      expect(second.closed).to.equal(false);
    });

    it('ignores a completion that arrives after Cancel (bg)', async () => {
      const S = STRINGS.bg;
      const backend = new Backend();
      const opener = fakeWindows();
      const sync = await renderSync(backend, { lang: 'bg', opener });
      const cancels = collect<PbAccountLinkCancelDetail>(sync, 'pb-account-link-cancel');
      const linked = collect(sync, 'pb-account-linked');
      const consent = await startLink(sync, opener);
      await click(sync, part(sync, 'cancel-link-button'));
      await waitFor(() => part(sync, 'linking') === null, 'the link given up');
      expect(consent.closed, 'the window closed with it').to.equal(true);
      expect(cancels.map((event) => event.detail)).to.deep.equal([{ serviceId: 'google', reason: 'cancelled' }]);
      expect(statusLine(sync)).to.equal(S.sync.linkCancelled);
      postToPage(linkMessage(stateOf(consent), { code: 'late-code' }));
      broadcast(linkMessage(stateOf(consent), { code: 'late-code' }));
      await settle(300);
      expect(backend.calls('completeAccountLink')).to.equal(0);
      expect(linked).to.deep.equal([]);
      expect(accountNames(sync)).to.deep.equal([]);
      expect(textOf(part(sync, 'add-account-button'))).to.equal(S.sync.addAccount);
    });
  });

  // ---- a blocked window ---------------------------------------------------------------------

  describe('a blocked consent window', () => {
    it('says so, links the same authorization in a new tab, fires account-link-unavailable, and completes by BroadcastChannel (bg)', async () => {
      const S = STRINGS.bg;
      const backend = new Backend();
      const opener = fakeWindows(true);
      const sync = await renderSync(backend, { lang: 'bg', opener });
      const errors = collect<PbErrorDetail>(sync, 'pb-error');
      await pickService(sync);
      expect(opener.opened, 'tried within the click').to.have.length(1);
      await waitFor(() => part(sync, 'open-link') !== null, 'the link to open in a tab');
      expect(linkingText(sync)).to.equal(say(S.sync.popupBlocked, { service: 'Google' }));
      const link = part<HTMLAnchorElement>(sync, 'open-link')!;
      expect(link.href).to.equal(backend.lastLink!.authorizationUrl);
      expect(link.target).to.equal('_blank');
      expect(textOf(link)).to.equal(`${say(S.sync.openInTab, { service: 'Google' })} ${S.common.opensInNewTab}`);
      expect(errors.map((event) => event.detail)).to.deep.equal([{ operation: 'beginAccountLink', code: 'account-link-unavailable' }]);
      broadcast(linkMessage(backend.lastLink!.state, { code: 'from-the-tab' }));
      await waitFor(() => accountNames(sync).includes(FIRST_ACCOUNT), 'the account listed');
      expect(statusLine(sync)).to.equal(say(S.sync.linked, { account: FIRST_ACCOUNT }));
      expect(part(sync, 'open-link')).to.equal(null);
    });

    it('completes with Check again once the link was completed in the tab; before that it keeps waiting (ru)', async () => {
      const S = STRINGS.ru;
      const backend = new Backend();
      const sync = await renderSync(backend, { lang: 'ru', opener: fakeWindows(true) });
      const linked = collect(sync, 'pb-account-linked');
      await pickService(sync);
      await waitFor(() => part(sync, 'check-link-button') !== null, 'Check again');
      expect(textOf(part(sync, 'check-link-button'))).to.equal(S.sync.checkAgain);
      // Not done yet in the tab: still pending, still offered.
      await click(sync, part(sync, 'check-link-button'));
      await waitFor(() => backend.calls('getAccountLink answered') === 1, 'the first check');
      await sync.updateComplete;
      expect(linkingText(sync)).to.equal(say(S.sync.popupBlocked, { service: 'Google' }));
      expect(part(sync, 'open-link')).to.not.equal(null);
      expect(linked).to.deep.equal([]);
      await backend.completeAccountLink({ state: backend.lastLink!.state, code: 'granted-in-the-tab' });
      await click(sync, part(sync, 'check-link-button'));
      await waitFor(() => accountNames(sync).includes(FIRST_ACCOUNT), 'the account listed');
      expect(linked).to.have.length(1);
      expect(statusLine(sync)).to.equal(`Аккаунт ${FIRST_ACCOUNT} подключён.`);
    });
  });

  // ---- a window closed, refused, or out of reach ---------------------------------------------

  describe('a window closed early, a refusal, an opener cut', () => {
    it('ends as cancelled when the window is closed while the page has the focus, never as success (en)', async () => {
      const S = STRINGS.en;
      const backend = new Backend();
      const opener = fakeWindows();
      const sync = await renderSync(backend, { opener });
      const cancels = collect<PbAccountLinkCancelDetail>(sync, 'pb-account-link-cancel');
      const linked = collect(sync, 'pb-account-linked');
      const consent = await startLink(sync, opener);
      restoreFocus = stubHasFocus(true);
      consent.closed = true;
      await waitFor(() => cancels.length > 0, 'the link cancelled');
      await sync.updateComplete;
      expect(cancels.map((event) => event.detail)).to.deep.equal([{ serviceId: 'google', reason: 'cancelled' }]);
      expect(statusLine(sync)).to.equal(S.sync.linkCancelled);
      expect(part(sync, 'linking')).to.equal(null);
      await settle();
      expect(linked).to.deep.equal([]);
      expect(accountNames(sync)).to.deep.equal([]);
      expect(cancels).to.have.length(1);
      expect(failureText(sync)).to.equal('');
    });

    it('ends as denied when the provider refused (error access_denied) (bg)', async () => {
      const S = STRINGS.bg;
      const backend = new Backend();
      const opener = fakeWindows();
      const sync = await renderSync(backend, { lang: 'bg', opener });
      const cancels = collect<PbAccountLinkCancelDetail>(sync, 'pb-account-link-cancel');
      const linked = collect(sync, 'pb-account-linked');
      const consent = await startLink(sync, opener);
      postToPage(linkMessage(stateOf(consent), { error: 'access_denied' }));
      await waitFor(() => cancels.length > 0, 'the link ended');
      await sync.updateComplete;
      expect(cancels.map((event) => event.detail)).to.deep.equal([{ serviceId: 'google', reason: 'denied' }]);
      expect(statusLine(sync)).to.equal(S.sync.linkDenied);
      expect(linked).to.deep.equal([]);
      expect(accountNames(sync)).to.deep.equal([]);
      expect(failureText(sync)).to.equal('');
    });

    it('keeps checking when the window reads closed without the focus (opener cut), and completes by BroadcastChannel (ru)', async () => {
      const S = STRINGS.ru;
      const backend = new Backend();
      const opener = fakeWindows();
      const sync = await renderSync(backend, { lang: 'ru', opener });
      const cancels = collect(sync, 'pb-account-link-cancel');
      const consent = await startLink(sync, opener);
      restoreFocus = stubHasFocus(false);
      consent.closed = true;
      await waitFor(() => linkingText(sync) === say(S.sync.checking, { service: 'Google' }), 'the element checking');
      await settle();
      expect(linkingText(sync), 'still waiting').to.equal('Проверяем, предоставил ли Google доступ…');
      expect(cancels).to.deep.equal([]);
      expect(part(sync, 'check-link-button')).to.not.equal(null);
      broadcast(linkMessage(stateOf(consent), { code: 'from-the-cut-window' }));
      await waitFor(() => accountNames(sync).includes(FIRST_ACCOUNT), 'the account listed');
      expect(statusLine(sync)).to.equal(`Аккаунт ${FIRST_ACCOUNT} подключён.`);
      expect(cancels).to.deep.equal([]);
    });

    it('asks the backend when the admin comes back to the page: linked there, it shows the account (en)', async () => {
      const backend = new Backend();
      const opener = fakeWindows();
      const sync = await renderSync(backend, { opener });
      const linked = collect(sync, 'pb-account-linked');
      const consent = await startLink(sync, opener);
      restoreFocus = stubHasFocus(false);
      consent.closed = true;
      await waitFor(() => linkingText(sync) === say(STRINGS.en.sync.checking, { service: 'Google' }), 'the element checking');
      await backend.completeAccountLink({ state: stateOf(consent), code: 'completed-at-the-backend' });
      restoreFocus();
      restoreFocus = stubHasFocus(true);
      window.dispatchEvent(new Event('focus'));
      await waitFor(() => accountNames(sync).includes(FIRST_ACCOUNT), 'the account listed');
      expect(linked).to.have.length(1);
      expect(statusLine(sync)).to.equal(say(STRINGS.en.sync.linked, { account: FIRST_ACCOUNT }));
    });

    it('ends as cancelled when the admin comes back and the link is still pending (bg)', async () => {
      const backend = new Backend();
      const opener = fakeWindows();
      const sync = await renderSync(backend, { lang: 'bg', opener });
      const cancels = collect<PbAccountLinkCancelDetail>(sync, 'pb-account-link-cancel');
      const consent = await startLink(sync, opener);
      restoreFocus = stubHasFocus(false);
      consent.closed = true;
      await waitFor(() => linkingText(sync) === say(STRINGS.bg.sync.checking, { service: 'Google' }), 'the element checking');
      restoreFocus();
      restoreFocus = stubHasFocus(true);
      window.dispatchEvent(new Event('focus'));
      await waitFor(() => cancels.length > 0, 'the link cancelled');
      await sync.updateComplete;
      expect(cancels.map((event) => event.detail)).to.deep.equal([{ serviceId: 'google', reason: 'cancelled' }]);
      expect(statusLine(sync)).to.equal(STRINGS.bg.sync.linkCancelled);
      expect(accountNames(sync)).to.deep.equal([]);
    });

    it('ends as expired when a host’s checkAccountLink() finds the link expired (ru)', async () => {
      const backend = new Backend({ frozenAt: Date.now() });
      const opener = fakeWindows();
      const sync = await renderSync(backend, { lang: 'ru', opener });
      const cancels = collect<PbAccountLinkCancelDetail>(sync, 'pb-account-link-cancel');
      const consent = await startLink(sync, opener);
      backend.advance(11 * 60_000);
      await sync.checkAccountLink();
      await sync.updateComplete;
      expect(cancels.map((event) => event.detail)).to.deep.equal([{ serviceId: 'google', reason: 'expired' }]);
      expect(statusLine(sync)).to.equal(STRINGS.ru.sync.linkExpired);
      expect(consent.closed, 'the window closed').to.equal(true);
    });
  });

  // ---- an account's settings -----------------------------------------------------------------

  describe('an account’s settings', () => {
    it('opens with the account’s values (en)', async () => {
      const S = STRINGS.en;
      const backend = new Backend();
      const stored = await linkedBefore(backend);
      await backend.updateAccountSettings(stored.id, {
        calendar: false,
        contacts: true,
        autoSyncActivities: true,
        activitiesPeriod: 30,
        syncFrom: '2025-03-15',
        autoSyncContacts: true,
        contactsPeriod: 240,
      });
      const sync = await renderSync(backend);
      expect(inAccount(sync, FIRST_ACCOUNT, 'account-form')).to.equal(null);
      const configure = inAccount(sync, FIRST_ACCOUNT, 'configure-button')!;
      expect(textOf(configure)).to.equal(S.sync.configure);
      await click(sync, configure);
      expect(configure.getAttribute('aria-expanded')).to.equal('true');
      const form = inAccount(sync, FIRST_ACCOUNT, 'account-form')!;
      expect(readable(form.getAttribute('aria-label'))).to.equal(say(S.sync.settingsOf, { account: FIRST_ACCOUNT }));
      expect(control(sync, FIRST_ACCOUNT, 'calendar').checked).to.equal(false);
      expect(control(sync, FIRST_ACCOUNT, 'contacts').checked).to.equal(true);
      expect(control(sync, FIRST_ACCOUNT, 'autoSyncActivities').checked).to.equal(true);
      expect(control<HTMLSelectElement>(sync, FIRST_ACCOUNT, 'activitiesPeriod').value).to.equal('30');
      expect(control(sync, FIRST_ACCOUNT, 'syncFrom').value).to.equal('2025-03-15');
      expect(control(sync, FIRST_ACCOUNT, 'syncFrom').type).to.equal('date');
      expect(textOf(form.querySelector('#account-syncFrom-shown'))).to.equal(say(S.sync.syncFromShown, { date: 'March 15, 2025' }));
      expect(control(sync, FIRST_ACCOUNT, 'autoSyncContacts').checked).to.equal(true);
      expect(control<HTMLSelectElement>(sync, FIRST_ACCOUNT, 'contactsPeriod').value).to.equal('240');
      expect(textOf(control<HTMLSelectElement>(sync, FIRST_ACCOUNT, 'contactsPeriod').selectedOptions[0])).to.equal('4 hours');
    });

    it('offers the periods of the account’s own service: Google’s and NimbusMail’s (ru, bg)', async () => {
      const expected: Record<'ru' | 'bg', { google: string[]; nimbus: string[] }> = {
        ru: {
          google: ['5 минут', '15 минут', '30 минут', '1 час', '4 часа', '1 день'],
          nimbus: ['15 минут', '1 час', '1 день'],
        },
        bg: {
          google: [
            plural('bg', 'periodMinutes', 5),
            plural('bg', 'periodMinutes', 15),
            plural('bg', 'periodMinutes', 30),
            plural('bg', 'periodHours', 1),
            plural('bg', 'periodHours', 4),
            plural('bg', 'periodDays', 1),
          ],
          nimbus: [plural('bg', 'periodMinutes', 15), plural('bg', 'periodHours', 1), '1 ден'],
        },
      };
      for (const lang of ['ru', 'bg'] as const) {
        const backend = new Backend();
        await linkedBefore(backend, 'google');
        await linkedBefore(backend, 'nimbusmail');
        const sync = await renderSync(backend, { lang });
        await click(sync, inAccount(sync, FIRST_ACCOUNT, 'configure-button'));
        expect(optionTexts(control<HTMLSelectElement>(sync, FIRST_ACCOUNT, 'activitiesPeriod')), `${lang} Google`).to.deep.equal(expected[lang].google);
        expect(optionTexts(control<HTMLSelectElement>(sync, FIRST_ACCOUNT, 'contactsPeriod')), `${lang} Google`).to.deep.equal(expected[lang].google);
        await click(sync, inAccount(sync, FIRST_ACCOUNT, 'close-account-button'));
        await click(sync, inAccount(sync, SECOND_ACCOUNT, 'configure-button'));
        expect(optionTexts(control<HTMLSelectElement>(sync, SECOND_ACCOUNT, 'activitiesPeriod')), `${lang} NimbusMail`).to.deep.equal(expected[lang].nimbus);
        // Contacts not synced automatically: its period is offered but cannot be changed.
        expect(control<HTMLSelectElement>(sync, SECOND_ACCOUNT, 'contactsPeriod').disabled, lang).to.equal(true);
        fixtureCleanup();
      }
    });

    for (const lang of ['bg', 'ru'] as const) {
      it(`changes the period and the start date (shown in the element’s locale) and saves (${lang})`, async () => {
        const S = STRINGS[lang];
        const backend = new Backend();
        const stored = await linkedBefore(backend);
        const sync = await renderSync(backend, { lang });
        const saved = collect<{ account: SyncAccount }>(sync, 'pb-account-settings-saved');
        await click(sync, inAccount(sync, FIRST_ACCOUNT, 'configure-button'));
        const form = inAccount(sync, FIRST_ACCOUNT, 'account-form')!;
        expect(textOf(form.querySelector('#account-syncFrom-shown'))).to.equal(S.sync.syncFromEmpty);
        await enter(sync, control<HTMLSelectElement>(sync, FIRST_ACCOUNT, 'activitiesPeriod'), '1440');
        await enter(sync, control(sync, FIRST_ACCOUNT, 'syncFrom'), '2026-01-31');
        const date = longDate(lang, '2026-01-31');
        expect(date, 'the month in the locale’s words').to.match(lang === 'bg' ? /януари/ : /января/);
        // A date ending in a period (ru: "31 января 2026 г.") is not followed by the sentence's own.
        expect(textOf(form.querySelector('#account-syncFrom-shown'))).to.equal(say(S.sync.syncFromShown, { date }).replace('..', '.'));
        await click(sync, inAccount(sync, FIRST_ACCOUNT, 'save-account-button'));
        await waitFor(() => saved.length > 0, 'the settings saved');
        await sync.updateComplete;
        const [after] = await backend.listAccounts();
        expect(after!.settings).to.deep.equal({ ...stored.settings, activitiesPeriod: 1440, syncFrom: '2026-01-31' });
        expect(saved[0]!.detail.account.settings).to.deep.equal(after!.settings);
        expect(statusLine(sync)).to.equal(say(S.sync.accountSaved, { account: FIRST_ACCOUNT }));
        expect(control<HTMLSelectElement>(sync, FIRST_ACCOUNT, 'activitiesPeriod').value).to.equal('1440');
        expect(textOf(control<HTMLSelectElement>(sync, FIRST_ACCOUNT, 'activitiesPeriod').selectedOptions[0])).to.equal(
          lang === 'ru' ? '1 день' : '1 ден',
        );
        expect(failureText(sync)).to.equal('');
      });
    }

    it('puts a 422 on the activities period on that field and keeps the input (en)', async () => {
      class RefusingPeriod extends Backend {
        override updateAccountSettings(): Promise<SyncAccount> {
          return Promise.reject(validationError({ activitiesPeriod: { code: 'invalid' } }, 'The service no longer offers this period.'));
        }
      }
      const S = STRINGS.en;
      const backend = new RefusingPeriod();
      const stored = await linkedBefore(backend);
      const sync = await renderSync(backend);
      const saved = collect(sync, 'pb-account-settings-saved');
      await click(sync, inAccount(sync, FIRST_ACCOUNT, 'configure-button'));
      const period = control<HTMLSelectElement>(sync, FIRST_ACCOUNT, 'activitiesPeriod');
      await enter(sync, period, '5');
      await enter(sync, control(sync, FIRST_ACCOUNT, 'syncFrom'), '2025-11-02');
      await click(sync, inAccount(sync, FIRST_ACCOUNT, 'save-account-button'));
      await waitFor(() => period.getAttribute('aria-invalid') === 'true', 'the refusal on the period');
      await sync.updateComplete;
      expect(fieldMessage(period.closest('.field'))).to.equal(S.validation.invalid);
      const messageId = period.closest('.field')!.querySelector('[part~="field-error"]')!.id;
      expect(period.getAttribute('aria-describedby')).to.contain(messageId);
      expect(focused(), 'focus on the refused field').to.equal(period);
      expect(period.value, 'input kept').to.equal('5');
      expect(control(sync, FIRST_ACCOUNT, 'syncFrom').value, 'input kept').to.equal('2025-11-02');
      expect(inAccount(sync, FIRST_ACCOUNT, 'account-form'), 'the form stays open').to.not.equal(null);
      expect(saved).to.deep.equal([]);
      expect(failureText(sync), 'said on the field, not above').to.equal('');
      expect((await backend.listAccounts())[0]!.settings).to.deep.equal(stored.settings);
    });

    it('shows a 500 and keeps the input; saving again works (bg)', async () => {
      const S = STRINGS.bg;
      const backend = new Backend();
      await linkedBefore(backend);
      const sync = await renderSync(backend, { lang: 'bg' });
      const saved = collect(sync, 'pb-account-settings-saved');
      await click(sync, inAccount(sync, FIRST_ACCOUNT, 'configure-button'));
      await click(sync, control(sync, FIRST_ACCOUNT, 'calendar'));
      await enter(sync, control<HTMLSelectElement>(sync, FIRST_ACCOUNT, 'activitiesPeriod'), '60');
      backend.simulateError('updateAccountSettings', 'server');
      await click(sync, inAccount(sync, FIRST_ACCOUNT, 'save-account-button'));
      await waitFor(() => failureText(sync) !== '', 'the failure');
      expect(failureText(sync)).to.equal(`${S.sync.saveFailed} ${S.errors.server}`);
      expect(part(sync, 'error')!.getAttribute('role')).to.equal('alert');
      expect(control(sync, FIRST_ACCOUNT, 'calendar').checked, 'input kept').to.equal(false);
      expect(control<HTMLSelectElement>(sync, FIRST_ACCOUNT, 'activitiesPeriod').value, 'input kept').to.equal('60');
      expect(saved).to.deep.equal([]);
      await click(sync, inAccount(sync, FIRST_ACCOUNT, 'save-account-button'));
      await waitFor(() => saved.length === 1, 'saved on the second try');
      await sync.updateComplete;
      expect(failureText(sync)).to.equal('');
      const [after] = await backend.listAccounts();
      expect(after!.settings.calendar).to.equal(false);
      expect(after!.settings.activitiesPeriod).to.equal(60);
    });

    it('asks before Close discards changes (cancelable discard-changes); Keep editing keeps them, Discard drops them (ru)', async () => {
      const S = STRINGS.ru;
      const backend = new Backend();
      const stored = await linkedBefore(backend);
      const sync = await renderSync(backend, { lang: 'ru' });
      const requests = collect<PbSyncActionRequestDetail>(sync, 'pb-sync-action-request');
      await click(sync, inAccount(sync, FIRST_ACCOUNT, 'configure-button'));
      // Unchanged: Close just closes.
      await click(sync, inAccount(sync, FIRST_ACCOUNT, 'close-account-button'));
      expect(inAccount(sync, FIRST_ACCOUNT, 'account-form')).to.equal(null);
      expect(requests).to.deep.equal([]);
      await click(sync, inAccount(sync, FIRST_ACCOUNT, 'configure-button'));
      await click(sync, control(sync, FIRST_ACCOUNT, 'calendar'));
      await click(sync, inAccount(sync, FIRST_ACCOUNT, 'close-account-button'));
      await waitFor(() => confirmDialog(sync).open, 'the discard confirmation');
      expect(requests.map((request) => request.detail)).to.deep.equal([{ action: 'discard-changes', accountId: stored.id }]);
      expect(requests[0]!.event.cancelable).to.equal(true);
      expect(textOf(part(sync, 'confirm-title'))).to.equal(S.connectors.unsavedTitle);
      expect(textOf(confirmDialog(sync).querySelector('#confirm-body'))).to.equal(S.sync.unsavedBody);
      expect(textOf(part(sync, 'confirm-cancel-button'))).to.equal(S.connectors.keepEditing);
      await click(sync, part(sync, 'confirm-cancel-button'));
      await waitFor(() => !confirmDialog(sync).open, 'back to the form');
      expect(control(sync, FIRST_ACCOUNT, 'calendar').checked, 'the change kept').to.equal(false);
      await click(sync, inAccount(sync, FIRST_ACCOUNT, 'close-account-button'));
      await waitFor(() => confirmDialog(sync).open, 'asked again');
      expect(textOf(part(sync, 'confirm-button'))).to.equal(S.connectors.discardChanges);
      await click(sync, part(sync, 'confirm-button'));
      await waitFor(() => !confirmDialog(sync).open, 'the dialog closed');
      await sync.updateComplete;
      expect(inAccount(sync, FIRST_ACCOUNT, 'account-form')).to.equal(null);
      await click(sync, inAccount(sync, FIRST_ACCOUNT, 'configure-button'));
      expect(control(sync, FIRST_ACCOUNT, 'calendar').checked, 'the saved value again').to.equal(true);
      expect((await backend.listAccounts())[0]!.settings.calendar).to.equal(true);
    });

    it('keeps the form open without asking when the host cancels discard-changes (en)', async () => {
      const backend = new Backend();
      await linkedBefore(backend);
      const sync = await renderSync(backend);
      sync.addEventListener('pb-sync-action-request', (event) => {
        if (event.detail.action === 'discard-changes') event.preventDefault();
      });
      await click(sync, inAccount(sync, FIRST_ACCOUNT, 'configure-button'));
      await enter(sync, control(sync, FIRST_ACCOUNT, 'syncFrom'), '2025-06-01');
      await click(sync, inAccount(sync, FIRST_ACCOUNT, 'close-account-button'));
      await settle(100);
      expect(confirmDialog(sync).open, 'not asked').to.equal(false);
      expect(inAccount(sync, FIRST_ACCOUNT, 'account-form'), 'still open').to.not.equal(null);
      expect(control(sync, FIRST_ACCOUNT, 'syncFrom').value).to.equal('2025-06-01');
    });
  });

  // ---- removing an account -------------------------------------------------------------------

  describe('removing an account', () => {
    it('removes after confirmation: the request, then the removal (en)', async () => {
      const S = STRINGS.en;
      const backend = new Backend();
      const stored = await linkedBefore(backend);
      const sync = await renderSync(backend);
      const requests = collect<PbSyncActionRequestDetail>(sync, 'pb-sync-action-request');
      const removed = collect<{ accountId: string }>(sync, 'pb-account-removed');
      const remove = inAccount(sync, FIRST_ACCOUNT, 'remove-button')!;
      expect(textOf(remove)).to.equal(S.sync.removeAccountButton);
      await click(sync, remove);
      await waitFor(() => confirmDialog(sync).open, 'the confirmation');
      expect(textOf(part(sync, 'confirm-title'))).to.equal(say(S.sync.removeAccountTitle, { account: FIRST_ACCOUNT }));
      expect(textOf(confirmDialog(sync).querySelector('#confirm-body'))).to.equal(S.sync.removeAccountBody);
      // The way back first: nothing happens.
      await click(sync, part(sync, 'confirm-cancel-button'));
      await waitFor(() => !confirmDialog(sync).open, 'the confirmation closed');
      expect(requests).to.deep.equal([]);
      expect(accountNames(sync)).to.deep.equal([FIRST_ACCOUNT]);
      await click(sync, inAccount(sync, FIRST_ACCOUNT, 'remove-button'));
      await waitFor(() => confirmDialog(sync).open, 'the confirmation again');
      await click(sync, part(sync, 'confirm-button'));
      await waitFor(() => removed.length > 0, 'the account removed');
      await sync.updateComplete;
      expect(requests.map((request) => request.detail)).to.deep.equal([{ action: 'remove-account', accountId: stored.id }]);
      expect(removed.map((event) => event.detail)).to.deep.equal([{ accountId: stored.id }]);
      expect(confirmDialog(sync).open).to.equal(false);
      expect(accountNames(sync)).to.deep.equal([]);
      expect(statusLine(sync)).to.equal(say(S.sync.removed, { account: FIRST_ACCOUNT }));
      expect(await backend.listAccounts()).to.deep.equal([]);
      expect(part<HTMLButtonElement>(sync, 'sync-button')!.disabled).to.equal(true);
    });

    it('keeps the account when the host cancels remove-account (bg)', async () => {
      const backend = new Backend();
      await linkedBefore(backend);
      const sync = await renderSync(backend, { lang: 'bg' });
      const removed = collect(sync, 'pb-account-removed');
      sync.addEventListener('pb-sync-action-request', (event) => event.preventDefault());
      await click(sync, inAccount(sync, FIRST_ACCOUNT, 'remove-button'));
      await waitFor(() => confirmDialog(sync).open, 'the confirmation');
      expect(textOf(part(sync, 'confirm-button'))).to.equal(STRINGS.bg.sync.removeAccountButton);
      await click(sync, part(sync, 'confirm-button'));
      await waitFor(() => !confirmDialog(sync).open, 'the confirmation closed');
      await settle(100);
      expect(removed).to.deep.equal([]);
      expect(accountNames(sync)).to.deep.equal([FIRST_ACCOUNT]);
      expect((await backend.listAccounts()).map((item) => item.displayName)).to.deep.equal([FIRST_ACCOUNT]);
    });

    it('shows a failed removal in the dialog, and removes on retry with no failure left (ru)', async () => {
      const S = STRINGS.ru;
      const backend = new Backend();
      await linkedBefore(backend);
      const sync = await renderSync(backend, { lang: 'ru' });
      const removed = collect(sync, 'pb-account-removed');
      backend.simulateError('removeAccount', 'server');
      await click(sync, inAccount(sync, FIRST_ACCOUNT, 'remove-button'));
      await waitFor(() => confirmDialog(sync).open, 'the confirmation');
      expect(textOf(part(sync, 'confirm-title'))).to.equal(`Удалить аккаунт ${FIRST_ACCOUNT}?`);
      await click(sync, part(sync, 'confirm-button'));
      const inDialog = () => textOf(confirmDialog(sync).querySelector('[part~="error"]'));
      await waitFor(() => inDialog() !== '', 'the failure in the dialog');
      expect(inDialog()).to.equal(`${S.sync.actionFailed} ${S.errors.server}`);
      expect(confirmDialog(sync).open).to.equal(true);
      expect(accountNames(sync)).to.deep.equal([FIRST_ACCOUNT]);
      expect(removed).to.deep.equal([]);
      await click(sync, part(sync, 'confirm-button'));
      await waitFor(() => removed.length === 1, 'removed on retry');
      await sync.updateComplete;
      expect(confirmDialog(sync).open).to.equal(false);
      expect(accountNames(sync)).to.deep.equal([]);
      expect(statusLine(sync)).to.equal(`Аккаунт ${FIRST_ACCOUNT} удалён.`);
      expect(failureText(sync), 'the old failure is gone').to.equal('');
    });
  });

  // ---- personal tags -------------------------------------------------------------------------

  describe('personal tags', () => {
    it('saves the chosen tags (ru)', async () => {
      const S = STRINGS.ru;
      const backend = new Backend({ onSite: false });
      const sync = await renderSync(backend, { lang: 'ru' });
      const saved = collect<{ settings: SyncSettings }>(sync, 'pb-sync-settings-saved');
      const boxes = tagBoxes(sync);
      expect([...boxes.keys()]).to.deep.equal([
        'Личные контакты',
        'VIP-гости',
        'Корпоративные клиенты',
        'Турагенты',
        'Организаторы мероприятий',
        'Партнёры и поставщики',
      ]);
      expect([...boxes].filter(([, box]) => box.checked).map(([name]) => name)).to.deep.equal(['Личные контакты']);
      expect(textOf(part(sync, 'tags'))).to.contain(S.sync.personalTagsHint);
      await click(sync, boxes.get('Личные контакты')!);
      await click(sync, boxes.get('VIP-гости')!);
      await click(sync, boxes.get('Турагенты')!);
      expect(textOf(part(sync, 'save-button'))).to.equal(S.common.save);
      await click(sync, part(sync, 'save-button'));
      await waitFor(() => saved.length > 0, 'the settings saved');
      await sync.updateComplete;
      expect([...(await backend.getSyncSettings()).personalTagIds].sort()).to.deep.equal(['travel-agents', 'vip']);
      expect([...saved[0]!.detail.settings.personalTagIds].sort()).to.deep.equal(['travel-agents', 'vip']);
      expect(statusLine(sync)).to.equal(S.sync.saved);
      expect([...tagBoxes(sync)].filter(([, box]) => box.checked).map(([name]) => name)).to.deep.equal(['VIP-гости', 'Турагенты']);
    });

    it('shows a tag the server does not know refused on the field, the choice kept (en)', async () => {
      /** A backend whose tag list still offers a tag it no longer accepts. */
      class StaleTags extends Backend {
        override async listTags(options?: RequestOptions): Promise<Tag[]> {
          return [...(await super.listTags(options)), { id: 'retired-tag', name: 'Retired guests' }];
        }
      }
      const backend = new StaleTags({ onSite: false });
      const sync = await renderSync(backend);
      const saved = collect(sync, 'pb-sync-settings-saved');
      await click(sync, tagBoxes(sync).get('Retired guests')!);
      await click(sync, part(sync, 'save-button'));
      await waitFor(() => fieldMessage(part(sync, 'tags')) !== '', 'the refusal on the tags');
      expect(fieldMessage(part(sync, 'tags'))).to.equal(STRINGS.en.validation.invalid);
      expect(tagBoxes(sync).get('Retired guests')!.checked, 'choice kept').to.equal(true);
      expect(tagBoxes(sync).get('Personal contacts')!.checked, 'choice kept').to.equal(true);
      expect(saved).to.deep.equal([]);
      expect((await backend.getSyncSettings()).personalTagIds).to.deep.equal(['personal']);
      expect(statusLine(sync)).to.equal('');
    });
  });

  // ---- an on-site installation's OAuth client ------------------------------------------------

  describe('the on-site OAuth client', () => {
    it('shows the authorised origin and the redirect URI, each with Copy (en)', async () => {
      const S = STRINGS.en;
      const clipboard = stubClipboard('resolve');
      try {
        const sync = await renderSync(new Backend({ onSite: true }));
        const oauth = part(sync, 'oauth')!;
        expect(textOf(oauth)).to.contain(S.sync.oauthTitle);
        expect(textOf(oauth.querySelector('#authorized-origin'))).to.equal(location.origin);
        expect(textOf(oauth.querySelector('#redirect-uri'))).to.equal(`${location.origin}/oauth/callback`);
        const [copyOrigin, copyRedirect] = parts<HTMLButtonElement>(sync, 'copy-button');
        expect(textOf(copyOrigin)).to.equal(S.common.copy);
        expect(readable(copyOrigin!.getAttribute('aria-label'))).to.equal(say(S.sync.copyValue, { field: S.sync.authorizedOrigin }));
        expect(readable(copyRedirect!.getAttribute('aria-label'))).to.equal(say(S.sync.copyValue, { field: S.sync.redirectUri }));
        await click(sync, copyRedirect!);
        await waitFor(() => statusLine(sync) === S.sync.copied, 'said copied');
        await click(sync, copyOrigin!);
        await waitFor(() => clipboard.written.length === 2, 'both copied');
        expect(clipboard.written).to.deep.equal([`${location.origin}/oauth/callback`, location.origin]);
      } finally {
        clipboard.restore();
      }
    });

    it('selects the value for the admin to copy when the clipboard is refused (bg)', async () => {
      const clipboard = stubClipboard('reject');
      try {
        const sync = await renderSync(new Backend({ onSite: true }), { lang: 'bg' });
        getSelection()?.removeAllRanges();
        await click(sync, parts(sync, 'copy-button')[1]!);
        await waitFor(() => statusLine(sync) === STRINGS.bg.connectors.copySelectedText, 'said selected');
        expect(getSelection()!.toString()).to.equal(`${location.origin}/oauth/callback`);
      } finally {
        clipboard.restore();
        getSelection()?.removeAllRanges();
      }
    });

    it('requires the client ID once a client is being set up, keeping what was typed (ru)', async () => {
      const S = STRINGS.ru;
      const backend = new Backend({ onSite: true });
      const sync = await renderSync(backend, { lang: 'ru' });
      const saved = collect(sync, 'pb-sync-settings-saved');
      const clientId = part<HTMLInputElement>(sync, 'client-id-input')!;
      const secret = part<HTMLInputElement>(sync, 'client-secret-input')!;
      expect(clientId.value).to.equal('');
      expect(secret.value).to.equal('');
      expect(secret.type).to.equal('password');
      await enter(sync, secret, 'typed-secret-7');
      await click(sync, part(sync, 'save-button'));
      await waitFor(() => clientId.getAttribute('aria-invalid') === 'true', 'the client ID refused');
      expect(fieldMessage(clientId.closest('.field'))).to.equal(S.validation.required);
      expect(secret.value, 'the secret typed is kept').to.equal('typed-secret-7');
      expect(saved).to.deep.equal([]);
      expect((await backend.getSyncSettings()).oauthClient!.clientSecretSet).to.equal(false);
      await enter(sync, clientId, 'client-from-console');
      await click(sync, part(sync, 'save-button'));
      await waitFor(() => saved.length === 1, 'saved');
      const stored = (await backend.getSyncSettings()).oauthClient!;
      expect(stored.clientId).to.equal('client-from-console');
      expect(stored.clientSecretSet).to.equal(true);
      expect(statusLine(sync)).to.equal(S.sync.saved);
    });

    it('keeps the secret write-only: never pre-filled, stored with Replace, absent from the page and the event (bg)', async () => {
      /** A backend that keeps what it was sent, to check the secret reached it. */
      class Recording extends Backend {
        readonly sent: SyncSettingsInput[] = [];
        override saveSyncSettings(settings: SyncSettingsInput, options?: RequestOptions): Promise<SyncSettings> {
          this.sent.push(structuredClone(settings));
          return super.saveSyncSettings(settings, options);
        }
      }
      const S = STRINGS.bg;
      const backend = new Recording({ onSite: true });
      await backend.saveSyncSettings({ personalTagIds: ['personal'], oauthClient: { clientId: 'client-123', clientSecret: 'first-secret-1' } });
      backend.sent.length = 0;
      const sync = await renderSync(backend, { lang: 'bg' });
      const saved = collect<{ settings: SyncSettings }>(sync, 'pb-sync-settings-saved');
      expect(part<HTMLInputElement>(sync, 'client-id-input')!.value).to.equal('client-123');
      expect(part(sync, 'client-secret-input'), 'no input for a stored secret').to.equal(null);
      expect(textOf(part(sync, 'secret-set'))).to.contain(S.connectors.secretSet);
      expect(occurrences(sync, 'first-secret-1')).to.deep.equal([]);
      await click(sync, part(sync, 'replace-button'));
      const secret = part<HTMLInputElement>(sync, 'client-secret-input')!;
      expect(secret.value, 'never pre-filled').to.equal('');
      expect(focused()).to.equal(secret);
      await enter(sync, secret, 'second-secret-2');
      await click(sync, part(sync, 'save-button'));
      await waitFor(() => saved.length === 1, 'saved');
      await sync.updateComplete;
      expect(backend.sent.at(-1)!.oauthClient).to.deep.equal({ clientId: 'client-123', clientSecret: 'second-secret-2' });
      expect(JSON.stringify(saved[0]!.detail)).to.not.contain('second-secret-2');
      expect(saved[0]!.detail.settings.oauthClient!.clientSecretSet).to.equal(true);
      expect(part(sync, 'client-secret-input')).to.equal(null);
      expect(textOf(part(sync, 'secret-set'))).to.contain(S.connectors.secretSet);
      expect(occurrences(sync, 'second-secret-2'), 'the secret is nowhere on the page').to.deep.equal([]);
      expect(statusLine(sync)).to.equal(S.sync.saved);
    });
  });

  // ---- Sync now ------------------------------------------------------------------------------

  describe('Sync now', () => {
    /** Two hours and the run's 3 s before now: the run ends exactly two hours ago by the backend's clock. */
    const twoHoursAgo = () => Date.now() - 2 * 3_600_000 - 3_000;

    it('shows the run queued, its progress and its result with counts in Russian plural forms and the time; the account’s last sync follows', async () => {
      const S = STRINGS.ru;
      const backend = new Backend({ frozenAt: twoHoursAgo() });
      await linkedBefore(backend);
      const sync = await renderSync(backend, { lang: 'ru' });
      const runs = collect<{ run: SyncRun }>(sync, 'pb-sync-run');
      expect(textOf(account(sync, FIRST_ACCOUNT).querySelector('.account-text p'))).to.contain(S.sync.neverSynced);
      await click(sync, part(sync, 'sync-button'));
      await waitFor(() => part(sync, 'run-progress') !== null, 'the run queued');
      const progress = () => textOf(part(sync, 'run-progress'));
      expect(progress()).to.equal(S.sync.runQueued);
      expect(part<HTMLButtonElement>(sync, 'sync-button')!.disabled, 'one run at a time').to.equal(true);
      expect(runs.map((event) => event.detail.run.status)).to.deep.equal(['queued']);
      // The element reads the run every second; the backend's clock moves the run on.
      backend.advance(1_200);
      await waitFor(() => progress() === 'Синхронизация: пока 1 контакт и 3 события…', 'one contact so far');
      expect(progress()).to.equal(say(S.sync.runProgress, { contacts: plural('ru', 'contactsCount', 1), events: plural('ru', 'eventsCount', 3) }));
      backend.advance(300);
      await waitFor(() => progress() === 'Синхронизация: пока 3 контакта и 7 событий…', 'three contacts so far');
      backend.advance(1_500);
      await waitFor(() => part(sync, 'run-result') !== null, 'the result');
      await sync.updateComplete;
      const time = new Intl.RelativeTimeFormat('ru', { numeric: 'auto' }).format(-2, 'hour');
      expect(textOf(part(sync, 'run-result'))).to.equal(`Последняя синхронизация ${time}: 12 контактов и 30 событий.`);
      expect(textOf(part(sync, 'run-result'))).to.equal(
        say(S.sync.runDone, { time, contacts: plural('ru', 'contactsCount', 12), events: plural('ru', 'eventsCount', 30) }),
      );
      expect(runs.map((event) => event.detail.run.status)).to.deep.equal(['queued', 'done']);
      expect(textOf(account(sync, FIRST_ACCOUNT).querySelector('.account-text p'))).to.contain(say(S.sync.lastSync, { time }));
      expect(part<HTMLButtonElement>(sync, 'sync-button')!.disabled).to.equal(false);
      expect(failureText(sync)).to.equal('');
    });

    for (const lang of ['en', 'bg'] as const) {
      it(`shows the result with counts and time, and the account’s last sync (${lang})`, async () => {
        const S = STRINGS[lang];
        const backend = new Backend({ frozenAt: twoHoursAgo() });
        await linkedBefore(backend, 'google');
        await linkedBefore(backend, 'nimbusmail');
        const sync = await renderSync(backend, { lang });
        await click(sync, part(sync, 'sync-button'));
        await waitFor(() => textOf(part(sync, 'run-progress')) === S.sync.runQueued, 'the run queued');
        backend.advance(3_000);
        await waitFor(() => part(sync, 'run-result') !== null, 'the result');
        await sync.updateComplete;
        const time = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(-2, 'hour');
        // Two accounts: 24 contacts, 60 events.
        expect(textOf(part(sync, 'run-result'))).to.equal(
          say(S.sync.runDone, { time, contacts: plural(lang, 'contactsCount', 24), events: plural(lang, 'eventsCount', 60) }),
        );
        for (const name of [FIRST_ACCOUNT, SECOND_ACCOUNT]) {
          expect(textOf(account(sync, name).querySelector('.account-text p')), name).to.contain(say(S.sync.lastSync, { time }));
        }
        const accounts = await backend.listAccounts();
        expect(accounts.every((item) => item.lastSyncAt !== null)).to.equal(true);
      });
    }

    it('shows a refused start (409: the account went away at the backend) and a server failure (en, ru)', async () => {
      for (const lang of ['en', 'ru'] as const) {
        const S = STRINGS[lang];
        const backend = new Backend();
        const stored = await linkedBefore(backend);
        const sync = await renderSync(backend, { lang });
        const runs = collect(sync, 'pb-sync-run');
        const errors = collect<PbErrorDetail>(sync, 'pb-error');
        // Another admin removed the only account: the backend refuses with 409.
        await backend.removeAccount(stored.id);
        await click(sync, part(sync, 'sync-button'));
        await waitFor(() => failureText(sync) !== '', `${lang}: the refusal`);
        expect(failureText(sync), lang).to.equal(`${S.sync.runFailedToStart} ${S.errors.conflict}`);
        expect(errors.map((event) => event.detail), lang).to.deep.equal([{ operation: 'runSync', code: 'conflict' }]);
        expect(part(sync, 'run-progress'), lang).to.equal(null);
        // A server failure.
        await linkedBefore(backend);
        backend.simulateError('runSync', 'server');
        await click(sync, part(sync, 'sync-button'));
        await waitFor(() => failureText(sync) === `${S.sync.runFailedToStart} ${S.errors.server}`, `${lang}: the server failure`);
        expect(runs, lang).to.deep.equal([]);
        expect(part<HTMLButtonElement>(sync, 'sync-button')!.disabled, `${lang}: can be tried again`).to.equal(false);
        fixtureCleanup();
      }
    });
  });
});
