import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/components/connector-form/define.js';
import type { ConnectorFormElement } from '../src/components/connector-form/connector-form.js';
import '../src/components/connector-list/define.js';
import type { ConnectorListElement } from '../src/components/connector-list/connector-list.js';
import '../src/components/sync-settings/define.js';
import type { SyncSettingsElement } from '../src/components/sync-settings/sync-settings.js';
import { ACCOUNT_LINK_CHANNEL, ACCOUNT_LINK_MESSAGE_TYPE } from '../src/components/sync-settings/account-link-flow.js';
import { RestAdapter } from '../src/api/rest-adapter.js';
import { PlugboardError } from '../src/api/errors.js';
import { check, controlId, enter, formControl, optionId } from './support/connector-fields.js';
import { watchForSecret, type SecretWatch } from './support/secret-watch.js';
import { textOf, waitFor } from './support/wait.js';

import { apiUrl, newSession } from './support/reference-server.js';

async function signedIn(): Promise<RestAdapter> {
  const token = await newSession();
  return new RestAdapter({ baseUrl: apiUrl, token: () => token, retries: 0 });
}

describe('secrets', () => {
  let watch: SecretWatch | undefined;
  afterEach(() => {
    watch?.stop();
    watch = undefined;
    localStorage.clear();
    sessionStorage.clear();
  });

  it('the watch finds a secret in each place it must never be', async () => {
    const secret = 'leak-me-7f3a9c2e';
    watch = watchForSecret(secret);
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = `<input name="password" data-echo="${secret}">`;
    document.body.append(host);
    host.dispatchEvent(new CustomEvent('pb-saved', { detail: { values: { password: secret } } }));
    console.debug('saving', { password: secret });
    await fetch(`/__plugboard/missing?password=${secret}`).catch(() => undefined);
    sessionStorage.setItem('draft', JSON.stringify({ password: secret }));
    const textOnly = document.createElement('p');
    textOnly.textContent = `Your secret: ${secret}`;
    document.body.append(textOnly);
    try {
      const leaks = watch.leaks();
      expect(leaks).to.include('the detail of a pb-saved event');
      expect(leaks).to.include('console.debug');
      expect(leaks.some((leak) => leak.startsWith('the URL'))).to.equal(true);
      expect(leaks).to.include('sessionStorage draft');
      expect(leaks).to.include('the data-echo attribute of <input>');
      expect(leaks, 'text is only searched when asked').to.not.include('text in <p>');
      expect(watch.leaks({ dom: true })).to.include('text in <p>');
    } finally {
      host.remove();
      textOnly.remove();
    }
  });

  it('connector and client secrets go out in request bodies only and never come back', async () => {
    const password = 'connector-pw-5b1d8e77';
    const replacement = 'connector-pw-replaced-90c2';
    const clientSecret = 'oauth-client-secret-3e4f';
    watch = watchForSecret(password);
    const replaceWatch = watchForSecret(replacement);
    const clientWatch = watchForSecret(clientSecret);
    try {
      const api = await signedIn();
      const values = {
        name: 'Billing',
        authType: 'basic',
        resourceUrl: 'https://api.example.com',
        username: 'integration',
        password,
        verificationUrl: 'https://api.example.com/verify',
      };
      const { connector } = await api.createConnector({ typeId: 'custom-rest', name: 'Billing', values });
      expect(connector.secretsSet).to.include('password');
      await api.updateConnector(connector.id, { values: { ...values, password: replacement } });
      const refused = await api
        .updateConnector(connector.id, { values: { ...values, password: replacement, resourceUrl: 'javascript:alert(1)' } })
        .catch((error: unknown) => error);
      expect(refused).to.be.instanceOf(PlugboardError);
      expect(JSON.stringify({ message: (refused as PlugboardError).message, fields: (refused as PlugboardError).fieldErrors })).to.not.contain(
        replacement,
      );
      await api.saveSyncSettings({ personalTagIds: [], oauthClient: { clientId: 'client-1.apps.example.com', clientSecret } });

      const answers = JSON.stringify([
        await api.getConnector(connector.id),
        await api.listConnectors({ owner: 'all' }),
        await api.getSyncSettings(),
      ]);
      for (const secret of [password, replacement, clientSecret]) expect(answers).to.not.contain(secret);
      expect(watch.leaks()).to.deep.equal([]);
      expect(replaceWatch.leaks()).to.deep.equal([]);
      expect(clientWatch.leaks()).to.deep.equal([]);
    } finally {
      replaceWatch.stop();
      clientWatch.stop();
    }
  });

  it("a registry connector's secret is answered once, at creation, and never listed", async () => {
    const api = await signedIn();
    const created = await api.createConnector({ typeId: 'rest-registry', name: 'Reports', values: { name: 'Reports' } });
    const secret = created.clientSecret!;
    watch = watchForSecret(secret);
    const later = JSON.stringify([await api.getConnector(created.connector.id), await api.listConnectors({ owner: 'me' })]);
    expect(later).to.not.contain(secret);
    expect(watch.leaks()).to.deep.equal([]);
  });
});

// ---- <connector-form> ---------------------------------------------------------------------------

type Form = ConnectorFormElement;

function mountForm(api: RestAdapter, attributes: { typeId?: string; connectorId?: string }): Promise<Form> {
  return fixture<Form>(
    html`<connector-form
      lang="ru"
      type-id=${attributes.typeId ?? ''}
      connector-id=${attributes.connectorId ?? ''}
      .adapter=${api}
    ></connector-form>`,
  );
}

const part = (form: Form, name: string): HTMLElement | null => form.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

async function submit(form: Form): Promise<void> {
  const button = () => part(form, 'submit-button');
  await waitFor(() => button() instanceof HTMLButtonElement && !(button() as HTMLButtonElement).disabled, 'the main button');
  part(form, 'submit-button')!.click();
}

async function controlShown(form: Form, id: string): Promise<void> {
  await waitFor(() => formControl(form, id) !== undefined, `#${id}`);
}

/** The connector's status badge says `status` (in Russian, the language the form is mounted in). */
async function statusIs(form: Form, status: 'active' | 'authorized'): Promise<void> {
  const labels = { active: 'Активен', authorized: 'Подключён' };
  await waitFor(() => textOf(part(form, 'connector-status')) === labels[status], `the connector ${status}`);
}

/** The field-error and error parts, for a failed save. */
const refusals = (form: Form): string =>
  [...form.shadowRoot!.querySelectorAll('[part~="field-error"], [part~="error"]')].map((element) => textOf(element)).join(' | ');

/** Nowhere but in the control the admin types into: not in attributes, events, URLs, console or storage. */
function expectOnlyTyped(watches: SecretWatch[], when: string): void {
  for (const each of watches) expect(each.leaks(), when).to.deep.equal([]);
}

/** Not even in the DOM (no text, no control's value): the form was saved and starts over. */
function expectGone(watches: SecretWatch[], when: string): void {
  for (const each of watches) expect(each.leaks({ dom: true }), when).to.deep.equal([]);
}

/** The watch does see the typed value in the form's control (so its absence later means something). */
function expectSeenWhileTyped(watched: SecretWatch): void {
  const inControl = watched.leaks({ dom: true }).some((leak) => leak.startsWith('the value of <input'));
  expect(inControl, 'the typed secret is in its control').to.equal(true);
}

/** Switches the form's language and waits for it to render again in it. */
async function rerender(form: Form): Promise<void> {
  form.lang = 'tr';
  await waitFor(() => textOf(part(form, 'close-button')) === 'Kapat', 'the form in Turkish');
  await form.updateComplete;
}

/** A custom connector named "Taken": a form that saves that name is refused (409, not unique). */
async function createTaken(api: RestAdapter): Promise<void> {
  const values = {
    name: 'Taken',
    authType: 'basic',
    resourceUrl: 'https://taken.example.com',
    username: 'someone',
    password: 'other-password-1',
    verificationUrl: 'https://taken.example.com/verify',
  };
  await api.createConnector({ typeId: 'custom-rest', name: 'Taken', values });
}

describe('secrets in <connector-form>', () => {
  const watches: SecretWatch[] = [];
  const watch = (secret: string): SecretWatch => {
    const each = watchForSecret(secret);
    watches.push(each);
    return each;
  };

  afterEach(() => {
    fixtureCleanup();
    for (const each of watches.splice(0)) each.stop();
    localStorage.clear();
    sessionStorage.clear();
  });

  it('a custom connector password: refused save, saved, re-rendered, reopened and replaced', async () => {
    const password = 'form-basic-pw-4c1e9a';
    const replacement = 'form-basic-pw-replaced-77d2';
    const both = [watch(password), watch(replacement)];
    const api = await signedIn();
    // A connector already holds the name the admin types first: the save is refused.
    await createTaken(api);
    const form = await mountForm(api, { typeId: 'custom-rest' });
    const id = (field: string) => controlId('custom-rest', field);
    await controlShown(form, id('password'));
    enter(form, id('name'), 'Taken');
    enter(form, id('resourceUrl'), 'https://api.rooms.example.com');
    enter(form, id('username'), 'plugboard-sync');
    enter(form, id('password'), password);
    enter(form, id('verificationUrl'), 'https://api.rooms.example.com/verify');
    expectSeenWhileTyped(both[0]!);

    await submit(form);
    await waitFor(() => refusals(form) !== '', 'the refused save');
    expect(formControl(form, id('password'))?.value, 'the typed password is kept after the refusal').to.equal(password);
    expectOnlyTyped(both, 'after the refused save');

    enter(form, id('name'), 'Room service');
    await submit(form);
    await statusIs(form, 'active');
    expectOnlyTyped(both, 'after the save');
    expectGone(both, 'after the save');
    await rerender(form);
    expectGone(both, 'after re-rendering');

    // Reopened to edit: the password shows as set; replacing it, a refused save, then a saved one.
    const stored = (await api.listConnectors({ owner: 'me', typeId: 'custom-rest' })).find((each) => each.name === 'Room service');
    expect(stored?.secretsSet).to.include('password');
    const edit = await mountForm(api, { connectorId: stored!.id });
    await waitFor(() => formControl<HTMLButtonElement>(edit, `${id('password')}-replace`) !== undefined, 'the stored password');
    expectGone(both, 'after reopening in edit mode');
    formControl<HTMLButtonElement>(edit, `${id('password')}-replace`)!.click();
    await controlShown(edit, id('password'));
    enter(edit, id('password'), replacement);
    expectSeenWhileTyped(both[1]!);
    enter(edit, id('name'), 'Taken');
    await submit(edit);
    await waitFor(() => refusals(edit) !== '', 'the refused save');
    expectOnlyTyped(both, 'after the refused save in edit mode');
    enter(edit, id('name'), 'Room service 2');
    await submit(edit);
    await waitFor(
      () => formControl<HTMLButtonElement>(edit, `${id('password')}-replace`) !== undefined && refusals(edit) === '',
      'the replaced password saved',
    );
    await statusIs(edit, 'active');
    expectOnlyTyped(both, 'after saving the replacement');
    expectGone(both, 'after saving the replacement');
  });

  it('an OAuth client secret: refused save, saved, re-rendered and reopened', async () => {
    const clientSecret = 'form-oauth-secret-8b3f20';
    const watched = [watch(clientSecret)];
    const api = await signedIn();
    await createTaken(api);
    const form = await mountForm(api, { typeId: 'custom-rest' });
    const id = (field: string) => controlId('custom-rest', field);
    await controlShown(form, id('name'));
    check(form, optionId('custom-rest', 'authType', 'oauth2'));
    await controlShown(form, id('clientSecret'));
    enter(form, id('name'), 'Taken');
    enter(form, id('resourceUrl'), 'https://api.crm.example.com');
    enter(form, id('clientId'), 'plugboard-client');
    enter(form, id('clientSecret'), clientSecret);
    enter(form, id('tokenUrl'), 'https://auth.crm.example.com/token');
    expectSeenWhileTyped(watched[0]!);

    await submit(form);
    await waitFor(() => refusals(form) !== '', 'the refused save');
    expect(formControl(form, id('clientSecret'))?.value, 'the typed secret is kept after the refusal').to.equal(clientSecret);
    expectOnlyTyped(watched, 'after the refused save');

    enter(form, id('name'), 'CRM');
    await submit(form);
    await statusIs(form, 'active');
    expectOnlyTyped(watched, 'after the save');
    expectGone(watched, 'after the save');
    await rerender(form);
    expectGone(watched, 'after re-rendering');

    const stored = (await api.listConnectors({ owner: 'me', typeId: 'custom-rest' })).find((each) => each.name === 'CRM');
    expect(stored?.secretsSet).to.include('clientSecret');
    const edit = await mountForm(api, { connectorId: stored!.id });
    await waitFor(() => formControl<HTMLButtonElement>(edit, `${id('clientSecret')}-replace`) !== undefined, 'the stored secret');
    expectGone(watched, 'after reopening in edit mode');
  });

  it('a call-tracking password: refused by the service, accepted, saved, re-rendered and reopened', async () => {
    const wrong = 'calltrack-wrong-pw-51aa';
    const right = 'demo-password';
    const watched = [watch(wrong), watch(right)];
    const api = await signedIn();
    const form = await mountForm(api, { typeId: 'calltrack' });
    const id = (field: string) => controlId('calltrack', field);
    await controlShown(form, id('password'));
    enter(form, id('login'), 'demo@example.com');
    enter(form, id('password'), wrong);
    expectSeenWhileTyped(watched[0]!);

    // Connect: the connector is created, the service refuses the credentials.
    await submit(form);
    await waitFor(() => refusals(form) !== '', 'the refused credentials');
    expectOnlyTyped(watched, 'after the service refused the credentials');

    // The stored (wrong) password is replaced with the right one.
    // The connector was created before the service was asked: the password may show as set, with Replace.
    const replace = () => formControl<HTMLButtonElement>(form, `${id('password')}-replace`);
    await waitFor(() => replace() !== undefined || formControl(form, id('password')) !== undefined, 'the password field');
    replace()?.click();
    await controlShown(form, id('password'));
    enter(form, id('password'), right);
    expectSeenWhileTyped(watched[1]!);
    await submit(form);
    await statusIs(form, 'authorized');
    await controlShown(form, optionId('calltrack', 'callsToLoad', 'all'));
    expectOnlyTyped(watched, 'after the service accepted the credentials');
    expectGone(watched, 'after the service accepted the credentials');

    // Done: the settings are saved and the connector activated.
    await submit(form);
    await statusIs(form, 'active');
    expectOnlyTyped(watched, 'after Done');
    expectGone(watched, 'after Done');
    await rerender(form);
    expectGone(watched, 'after re-rendering');

    const [stored] = await api.listConnectors({ owner: 'me', typeId: 'calltrack' });
    expect(stored?.secretsSet).to.include('password');
    const edit = await mountForm(api, { connectorId: stored!.id });
    await waitFor(() => formControl<HTMLButtonElement>(edit, `${id('password')}-replace`) !== undefined, 'the stored password');
    expectGone(watched, 'after reopening in edit mode');
  });
});

// ---- <connector-list> ---------------------------------------------------------------------------

describe('secrets in <connector-list>', () => {
  let listWatch: SecretWatch | undefined;
  afterEach(() => {
    fixtureCleanup();
    listWatch?.stop();
    listWatch = undefined;
    localStorage.clear();
    sessionStorage.clear();
  });

  it("a registry connector's one-time secret: shown in the nested form, gone once it closes, re-rendered and reloaded", async () => {
    const api = await signedIn();
    const list = await fixture<ConnectorListElement>(html`<connector-list lang="ru" type-id="rest-registry" .adapter=${api}></connector-list>`);
    const inList = (name: string): HTMLElement | null => list.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
    await waitFor(() => inList('add-button') !== null, 'the list');
    inList('add-button')!.click();
    await waitFor(() => inList('connector-form') !== null && formControl(inList('connector-form')!, controlId('rest-registry', 'name')) !== undefined, 'the form');
    const form = inList('connector-form')!;
    enter(form, controlId('rest-registry', 'name'), 'Night audit');
    await submit(form as Form);
    await waitFor(() => part(form as Form, 'client-secret') !== null, 'the one-time credentials');
    const secret = textOf(part(form as Form, 'client-secret')!.querySelector('[part~="credential-value"]'));
    expect(secret.length).to.be.greaterThan(8);
    listWatch = watchForSecret(secret);
    expect(listWatch.leaks({ dom: true }).length, 'shown while its panel is open').to.be.greaterThan(0);
    expect(listWatch.leaks(), 'in attributes, events, URLs, console or storage while shown').to.deep.equal([]);

    part(form as Form, 'credentials-close-button')!.click();
    await waitFor(() => (part(form as Form, 'confirm-dialog') as HTMLDialogElement | null)?.open === true, 'the question');
    part(form as Form, 'confirm-button')!.click();
    await waitFor(() => (inList('form-dialog') as HTMLDialogElement).open === false, 'the dialog to close');
    expect(listWatch.leaks({ dom: true }), 'after the panel closed').to.deep.equal([]);

    list.lang = 'tr';
    await list.updateComplete;
    await list.load();
    await waitFor(() => list.shadowRoot!.querySelectorAll('[part~="connector"]').length === 2, 'the reloaded list');
    expect(listWatch.leaks({ dom: true }), 'after re-rendering and reloading').to.deep.equal([]);
    expect(JSON.stringify(await api.listConnectors({ owner: 'all' }))).to.not.contain(secret);
  });
});

// ---- <sync-settings> ----------------------------------------------------------------------------

/** A session on the reference server whose requests (with their bodies) and answers are kept, in order. */
async function recordedSession(): Promise<{ api: RestAdapter; sent: string[]; answers: string[] }> {
  const token = await newSession();
  const sent: string[] = [];
  const answers: string[] = [];
  const recording = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    sent.push(`${request.method} ${request.url} ${await request.clone().text()}`);
    // The page's fetch at call time, so a watch's patch sees the URL.
    const response = await window.fetch(request);
    answers.push(await response.clone().text());
    return response;
  };
  return { api: new RestAdapter({ baseUrl: apiUrl, token: () => token, retries: 0, fetch: recording }), sent, answers };
}

/** A consent window the element can open and send to the provider (no real window is opened). */
function fakeConsentWindow() {
  const opened = { closed: false, location: { href: '' }, close: () => (opened.closed = true) };
  return opened;
}

describe('secrets in <sync-settings>', () => {
  const watches: SecretWatch[] = [];
  const watch = (secret: string): SecretWatch => {
    const each = watchForSecret(secret);
    watches.push(each);
    return each;
  };

  afterEach(() => {
    fixtureCleanup();
    for (const each of watches.splice(0)) each.stop();
    localStorage.clear();
    sessionStorage.clear();
  });

  const mountSync = (api: RestAdapter, lang: string, openWindow?: () => Window | null): Promise<SyncSettingsElement> =>
    fixture<SyncSettingsElement>(
      html`<sync-settings lang=${lang} .adapter=${api} .openWindow=${openWindow ?? (() => null)}></sync-settings>`,
    );
  const syncPart = (element: SyncSettingsElement, name: string): HTMLElement | null =>
    element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  const typeInto = (element: SyncSettingsElement, selector: string, value: string): void => {
    const input = element.shadowRoot!.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };
  const statusOf = (element: SyncSettingsElement): string => textOf(syncPart(element, 'status'));

  it('the on-site OAuth client secret is sent once, on save, then is nowhere: not after a refusal, a second save, a locale switch or a reload', async () => {
    const secret = 'sync-client-secret-5e81c0';
    const watched = watch(secret);
    const { api, sent, answers } = await recordedSession();
    const carrying = () => sent.filter((request) => request.includes(secret));
    const element = await mountSync(api, 'ru');
    await waitFor(() => element.shadowRoot!.querySelector('#settings-clientSecret') !== null, 'the OAuth client');

    // The secret without a client ID: refused by the element itself, nothing sent, the secret kept in its control.
    typeInto(element, '#settings-clientSecret', secret);
    expect(watched.leaks({ dom: true }).some((leak) => leak.startsWith('the value of <input')), 'the typed secret is in its control').to.equal(true);
    syncPart(element, 'save-button')!.click();
    await waitFor(() => textOf(element.shadowRoot!.querySelector('#settings-clientId')?.parentElement).includes('Заполните это поле.'), 'the client ID required');
    expect(carrying(), 'nothing sent after the refusal').to.deep.equal([]);
    expect(element.shadowRoot!.querySelector<HTMLInputElement>('#settings-clientSecret')?.value, 'the secret kept after the refusal').to.equal(secret);
    expect(watched.leaks(), 'after the refusal').to.deep.equal([]);

    // Saved: sent once, in the body of the settings' PUT, and gone from the page.
    typeInto(element, '#settings-clientId', 'crm-sync.apps.example.com');
    syncPart(element, 'save-button')!.click();
    await waitFor(() => statusOf(element) === 'Настройки синхронизации сохранены.' && syncPart(element, 'secret-set') !== null, 'the settings saved');
    expect(carrying().length, 'sent once').to.equal(1);
    expect(carrying()[0]).to.match(/^PUT \S+\/sync\/settings /);
    expect(watched.leaks({ dom: true }), 'after the save').to.deep.equal([]);

    // A second save (another tag) does not send it again.
    const vip = element.shadowRoot!.querySelector<HTMLInputElement>('input[name="personalTagIds"][value="vip"]')!;
    vip.click();
    syncPart(element, 'save-button')!.click();
    await waitFor(() => sent.filter((request) => request.startsWith('PUT ')).length === 2 && statusOf(element) === 'Настройки синхронизации сохранены.', 'the second save');
    expect(carrying().length, 'still sent once').to.equal(1);

    // Switched to Bulgarian, loaded again, and mounted anew: shown as set, never as itself.
    element.lang = 'bg';
    await waitFor(() => textOf(syncPart(element, 'title')) === 'Настройки за синхронизация', 'the element in Bulgarian');
    await element.updateComplete;
    expect(watched.leaks({ dom: true }), 'after the locale switch').to.deep.equal([]);
    await element.load();
    await waitFor(() => syncPart(element, 'secret-set') !== null, 'the reloaded settings');
    expect(watched.leaks({ dom: true }), 'after the reload').to.deep.equal([]);
    fixtureCleanup();
    const again = await mountSync(api, 'bg');
    await waitFor(() => syncPart(again, 'secret-set') !== null, 'the settings, mounted again');
    expect(watched.leaks({ dom: true }), 'mounted again').to.deep.equal([]);

    // The answers only say that a secret is set.
    expect(answers.filter((answer) => answer.includes(secret)), 'answers holding the secret').to.deep.equal([]);
    const settings = await api.getSyncSettings();
    expect(settings.oauthClient?.clientSecretSet).to.equal(true);
    const raw = JSON.parse(answers.at(-1)!) as { oauthClient: Record<string, unknown> };
    expect(Object.keys(raw.oauthClient).sort()).to.deep.equal(['authorizedOrigin', 'clientId', 'clientSecretSet', 'redirectUri']);
    expect(carrying().length, 'sent once in all').to.equal(1);
  });

  it("an account link's code goes to the backend in the completion's body only: never in the DOM, events or URLs", async () => {
    const { api, sent } = await recordedSession();
    const opened = fakeConsentWindow();
    const element = await mountSync(api, 'ru', () => opened as unknown as Window);
    await waitFor(() => syncPart(element, 'add-account-button') !== null, 'the accounts');
    syncPart(element, 'add-account-button')!.click();
    await waitFor(() => syncPart(element, 'service-button') !== null, 'the services');
    syncPart(element, 'service-button')!.click();
    await waitFor(() => opened.location.href !== '', 'the consent window sent to the provider');
    const state = new URL(opened.location.href).searchParams.get('state')!;
    const code = `link-code-${crypto.randomUUID()}`;
    const watched = watch(code);

    // The completion page on the redirect URI's origin (the server's) reaches the element by BroadcastChannel.
    const channel = new BroadcastChannel(ACCOUNT_LINK_CHANNEL);
    try {
      channel.postMessage({ type: ACCOUNT_LINK_MESSAGE_TYPE, state, code });
      await waitFor(() => /^Аккаунт \S+ подключён\.$/.test(statusOf(element)), 'the account linked');
    } finally {
      channel.close();
    }
    const carrying = sent.filter((request) => request.includes(code));
    expect(carrying.length, 'the code went out once').to.equal(1);
    expect(carrying[0]).to.match(/^POST \S+\/sync\/account-links\/complete /);
    expect(watched.leaks({ dom: true }), 'after the link').to.deep.equal([]);
    expect(opened.location.href).to.not.contain(code);

    element.lang = 'bg';
    await waitFor(() => textOf(syncPart(element, 'title')) === 'Настройки за синхронизация', 'the element in Bulgarian');
    await element.load();
    await waitFor(() => element.shadowRoot!.querySelectorAll('[part~="account"]').length === 1, 'the reloaded account');
    expect(watched.leaks({ dom: true }), 'after the locale switch and the reload').to.deep.equal([]);
    expect(JSON.stringify(await api.listAccounts())).to.not.contain(code);
  });
});
