// <connector-form> over HTTP: the RestAdapter against the reference server (a fresh
// organisation per test), in English, Russian and Turkish. Saving, the server's refusals on
// their fields, authorizing with the service's choices, and a secret that never comes back.
import './support/no-lit-warnings.js';
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import '../src/components/connector-form/define.js';
import type { ConnectorFormElement } from '../src/components/connector-form/connector-form.js';
import { RestAdapter } from '../src/api/rest-adapter.js';
import type { PbConnectorCreatedEvent } from '../src/events/connector-created-event.js';
import type { PbConnectorSavedEvent } from '../src/events/connector-saved-event.js';
import en from '../src/i18n/locales/en.json';
import ru from '../src/i18n/locales/ru.json';
import tr from '../src/i18n/locales/tr.json';
import { focused, leave, type } from './support/keyboard.js';
import { apiUrl, newSession } from './support/reference-server.js';
import { watchForSecret } from './support/secret-watch.js';
import { formPart as part, renderedControl as control } from './support/connector-fields.js';
import { readable, textOf, waitFor } from './support/wait.js';

// custom-rest: its own name field, then one step (ids by position across the steps).
const CUSTOM = {
  name: 'field-0',
  authType: 'field-1',
  resourceUrl: 'field-2',
  username: 'field-11',
  password: 'field-12',
  verificationUrl: 'field-13',
} as const;

// calltrack: the form's own name field (#field-name), then two steps.
const CALLTRACK = {
  login: 'field-1',
  password: 'field-2',
  callsToLoad: 'field-4',
  tags: 'field-5',
  channelMode: 'field-6',
  staticChannels: 'field-7',
} as const;

async function restAdapter(): Promise<RestAdapter> {
  const token = await newSession();
  return new RestAdapter({ baseUrl: apiUrl, token: () => token });
}

async function renderForm(adapter: RestAdapter, lang: string, attributes: { typeId?: string; connectorId?: string }): Promise<ConnectorFormElement> {
  const form = await fixture<ConnectorFormElement>(html`<connector-form
    lang=${lang}
    type-id=${attributes.typeId ?? ''}
    connector-id=${attributes.connectorId ?? ''}
    .adapter=${adapter}
  ></connector-form>`);
  await waitFor(() => !!form.shadowRoot?.querySelector('[part~="form"]'), 'the form');
  await form.updateComplete;
  return form;
}

function $<T extends Element = HTMLElement>(form: ConnectorFormElement, selector: string): T | null {
  return form.shadowRoot!.querySelector<T>(selector);
}



/** The message shown in a field: under its input, or under a stored secret's Replace. */
function messageOf(form: ConnectorFormElement, id: string): string {
  const inField = $(form, `#${id}`) ?? $(form, `#${id}-replace`);
  if (!inField) throw new Error(`no field #${id}`);
  return textOf(inField.closest('[part~="field"]')?.querySelector('[part~="field-error"]'));
}

/** A stored secret: Replace, as the admin does to type another. */
async function replaceSecret(form: ConnectorFormElement, id: string): Promise<void> {
  control<HTMLButtonElement>(form, `${id}-replace`).click();
  await waitFor(() => !!$(form, `#${id}`), 'the secret input');
}

/** Types into a control as a user does: focus it, select what is there, type over it. */
async function fill(form: ConnectorFormElement, id: string, text: string): Promise<void> {
  const input = control(form, id);
  input.focus();
  input.select();
  await type(text);
  leave(input);
  await form.updateComplete;
}

async function submit(form: ConnectorFormElement): Promise<void> {
  part(form, 'submit-button')!.click();
  await form.updateComplete;
}

/** Waits for the submission under way to end (the main button is enabled again). */
async function settled(form: ConnectorFormElement): Promise<void> {
  await form.updateComplete;
  await waitFor(() => part(form, 'submit-button')?.hasAttribute('disabled') === false, 'the submission to end');
  await form.updateComplete;
}

function statusText(form: ConnectorFormElement): string {
  return textOf(part(form, 'status'));
}

/** Every response body the page receives while it runs, read from clones. */
function recordResponses(): { bodies: string[]; stop: () => void } {
  const bodies: string[] = [];
  const original = window.fetch;
  window.fetch = async function fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const response = await original.call(window, input, init);
    bodies.push(await response.clone().text());
    return response;
  };
  return {
    bodies,
    stop: () => {
      window.fetch = original;
    },
  };
}

async function fillBasicCustom(form: ConnectorFormElement, name: string, password: string): Promise<void> {
  await fill(form, CUSTOM.name, name);
  await fill(form, CUSTOM.resourceUrl, 'https://api.reception.example.com');
  await fill(form, CUSTOM.username, 'reception-service');
  await fill(form, CUSTOM.password, password);
  await fill(form, CUSTOM.verificationUrl, 'https://api.reception.example.com/verify');
}

describe('<connector-form> over REST to the reference server', () => {
  afterEach(() => fixtureCleanup());

  it('creates a custom connector with Done, active, and says so (en)', async () => {
    const adapter = await restAdapter();
    const form = await renderForm(adapter, 'en', { typeId: 'custom-rest' });
    await fillBasicCustom(form, 'Reception API', 'reception-password-1');
    const created = oneEvent(form, 'pb-connector-created');
    const updates: Event[] = [];
    form.addEventListener('pb-connector-saved', (event) => updates.push(event));
    await submit(form);
    const { detail } = (await created) as PbConnectorCreatedEvent;
    await settled(form);

    expect(updates, 'a create is not an update').to.deep.equal([]);
    expect(detail.connector.status).to.equal('active');
    expect(statusText(form)).to.equal(en.connectors.saved);
    const stored = (await adapter.listConnectors({ owner: 'me' })).find((connector) => connector.name === 'Reception API');
    expect(stored?.id).to.equal(detail.connector.id);
    expect(stored?.name).to.equal('Reception API');
    expect(stored?.status).to.equal('active');
    expect(stored?.values).to.include({
      authType: 'basic',
      resourceUrl: 'https://api.reception.example.com',
      username: 'reception-service',
      verificationUrl: 'https://api.reception.example.com/verify',
    });
    expect(stored?.secretsSet).to.deep.equal(['password']);
    // The form now edits what it saved: its title is the connector's name, its status active.
    expect(textOf(part(form, 'title'))).to.equal('Reception API');
    expect(textOf(part(form, 'connector-status'))).to.equal(en.connectors.status.active);
  });

  it('shows a name the organisation already uses on the name field, and creates nothing (ru)', async () => {
    const adapter = await restAdapter();
    await adapter.createConnector({
      typeId: 'custom-rest',
      name: 'Ресепшен API',
      values: {
        name: 'Ресепшен API',
        authType: 'basic',
        resourceUrl: 'https://api.example.com',
        username: 'svc',
        password: 'existing-password',
        verificationUrl: 'https://api.example.com/verify',
      },
    });
    const form = await renderForm(adapter, 'ru', { typeId: 'custom-rest' });
    expect(textOf(part(form, 'title'))).to.equal('Настройка: Пользовательский коннектор');
    // Another case of the same name: the server compares names without case.
    await fillBasicCustom(form, 'ресепшен api', 'reception-password-2');
    await submit(form);
    await settled(form);
    await waitFor(() => messageOf(form, CUSTOM.name) !== '', 'the message on the name');

    expect(messageOf(form, CUSTOM.name)).to.equal(ru.validation['not-unique']);
    expect(control(form, CUSTOM.name).getAttribute('aria-invalid')).to.equal('true');
    expect(focused()?.id, 'the name takes focus').to.equal(CUSTOM.name);
    expect(control(form, CUSTOM.name).value, 'what was typed stays').to.equal('ресепшен api');
    expect(control(form, CUSTOM.username).value).to.equal('reception-service');
    const named = async () =>
      (await adapter.listConnectors({ owner: 'all' })).map((connector) => connector.name).filter((name) => /ресепшен/i.test(name));
    expect(await named(), 'no second connector').to.deep.equal(['Ресепшен API']);

    // Another name goes through.
    await fill(form, CUSTOM.name, 'Ресепшен API 2');
    const created = oneEvent(form, 'pb-connector-created');
    await submit(form);
    expect(((await created) as PbConnectorCreatedEvent).detail.connector.status).to.equal('active');
    await settled(form);
    expect(statusText(form)).to.equal(ru.connectors.saved);
    expect(await named()).to.deep.equal(['Ресепшен API', 'Ресепшен API 2']);
  });

  it('shows the service refusing the credentials (a 422) on those fields, and keeps them (tr)', async () => {
    const adapter = await restAdapter();
    const form = await renderForm(adapter, 'tr', { typeId: 'calltrack' });
    await fill(form, CALLTRACK.login, 'demo@example.com');
    await fill(form, CALLTRACK.password, 'wrong-password');
    await submit(form);
    await settled(form);
    await waitFor(() => messageOf(form, CALLTRACK.password) !== '', 'the message on the password');

    expect(messageOf(form, CALLTRACK.password)).to.equal(tr.validation['credentials-rejected']);
    expect(messageOf(form, CALLTRACK.login)).to.equal(tr.validation['credentials-rejected']);
    expect(control(form, CALLTRACK.login).getAttribute('aria-invalid')).to.equal('true');
    expect(textOf(part(form, 'error'))).to.contain(tr.connectors.savedAsDraft);
    expect(textOf(part(form, 'step-locked')), 'the settings stay locked').to.not.equal('');
    expect(control(form, CALLTRACK.login).value).to.equal('demo@example.com');
    const drafts = (await adapter.listConnectors({ owner: 'me' })).filter((connector) => connector.typeId === 'calltrack');
    expect(drafts.map((connector) => connector.status)).to.deep.equal(['draft']);
  });

  it('authorizes calltrack after a wrong password, loads the service choices, and Done activates it (tr)', async () => {
    const adapter = await restAdapter();
    const form = await renderForm(adapter, 'tr', { typeId: 'calltrack' });
    expect(textOf(part(form, 'submit-button'))).to.equal(tr.connectors.authorize);
    await fill(form, CALLTRACK.login, 'demo@example.com');
    await fill(form, CALLTRACK.password, 'not-the-password');
    await submit(form);
    await settled(form);
    await waitFor(() => messageOf(form, CALLTRACK.password) !== '', 'the refusal');
    expect(messageOf(form, CALLTRACK.password)).to.equal(tr.validation['credentials-rejected']);

    // The wrong password is stored now: Replace, then the right one.
    if (!$(form, `#${CALLTRACK.password}`)) await replaceSecret(form, CALLTRACK.password);
    await fill(form, CALLTRACK.password, 'demo-password');
    const authorized = oneEvent(form, 'pb-connector-authorized');
    await submit(form);
    await authorized;
    await settled(form);
    expect(statusText(form)).to.equal(tr.connectors.authorized);
    expect(part(form, 'step-locked')).to.equal(null);
    expect(textOf(part(form, 'submit-button'))).to.equal(tr.common.done);
    expect(messageOf(form, CALLTRACK.password), 'the refusal is gone').to.equal('');
    const calltracks = (await adapter.listConnectors({ owner: 'all' })).filter((connector) => connector.typeId === 'calltrack');
    expect(calltracks.length, 'one connector, not a second one').to.equal(1);
    const connector = calltracks[0];

    control(form, `${CALLTRACK.callsToLoad}-2`).click();
    control(form, `${CALLTRACK.channelMode}-1`).click();
    await form.updateComplete;
    await waitFor(() => !!$(form, `#${CALLTRACK.tags}-1`) && !!$(form, `#${CALLTRACK.staticChannels}-1`), 'the service choices');
    // The service's choices, in Turkish.
    expect(textOf($(form, `label[for="${CALLTRACK.tags}-0"]`))).to.equal('Rezervasyon talebi');
    expect(textOf($(form, `label[for="${CALLTRACK.staticChannels}-2"]`))).to.equal('E-posta bülteni');
    control(form, `${CALLTRACK.tags}-0`).click();
    control(form, `${CALLTRACK.tags}-3`).click();
    control(form, `${CALLTRACK.staticChannels}-2`).click();
    await form.updateComplete;

    const saved = oneEvent(form, 'pb-connector-saved');
    const creates: Event[] = [];
    form.addEventListener('pb-connector-created', (event) => creates.push(event));
    await submit(form);
    const { detail } = (await saved) as PbConnectorSavedEvent;
    await settled(form);
    expect(creates, 'Done updates the connector Connect created').to.deep.equal([]);
    expect(detail.connector.id).to.equal(connector!.id);
    expect(detail.connector.status).to.equal('active');
    expect(statusText(form)).to.equal(tr.connectors.saved);

    const stored = await adapter.getConnector(connector!.id);
    expect(stored.status).to.equal('active');
    expect(stored.values).to.deep.include({
      callsToLoad: 'tagged',
      tags: ['booking-request', 'complaint'],
      channelMode: 'static',
      staticChannels: ['email-newsletter'],
    });
  });

  it('shows the stored secret as set after a reload, and the secret never comes back from the server (en)', async () => {
    const secret = 'never-returned-7f3a9c';
    const responses = recordResponses();
    const watch = watchForSecret(secret);
    try {
      const adapter = await restAdapter();
      const form = await renderForm(adapter, 'en', { typeId: 'custom-rest' });
      await fillBasicCustom(form, 'Channel manager', secret);
      const created = oneEvent(form, 'pb-connector-created');
      await submit(form);
      const { detail } = (await created) as PbConnectorCreatedEvent;
      await settled(form);
      expect(detail.connector.status).to.equal('active');
      // Saved: the form holds the secret no longer, and shows it as stored.
      expect(watch.leaks({ dom: true }), 'after saving').to.deep.equal([]);
      expect(textOf(part(form, 'secret-set'))).to.contain(en.connectors.secretSet);
      fixtureCleanup();

      // A reload: a new element edits the stored connector.
      const edit = await renderForm(adapter, 'en', { connectorId: detail.connector.id });
      expect(textOf(part(edit, 'title'))).to.equal('Channel manager');
      expect(textOf(part(edit, 'secret-set'))).to.contain(en.connectors.secretSet);
      expect($(edit, `#${CUSTOM.password}`), 'no input holds the stored secret').to.equal(null);
      expect(readable(part(edit, 'replace-button')?.getAttribute('aria-label'))).to.equal('Replace Password');
      expect(control(edit, CUSTOM.username).value).to.equal('reception-service');

      // Saving other changes keeps the stored secret.
      await fill(edit, CUSTOM.username, 'channel-service');
      const changed = oneEvent(edit, 'pb-connector-saved');
      await submit(edit);
      expect(((await changed) as PbConnectorSavedEvent).detail.connector.secretsSet).to.deep.equal(['password']);
      await settled(edit);

      expect(responses.bodies.length, 'responses were read').to.be.greaterThan(3);
      expect(responses.bodies.filter((body) => body.includes(secret)), 'responses holding the secret').to.deep.equal([]);
      expect(watch.leaks({ dom: true }), 'in edit mode').to.deep.equal([]);
    } finally {
      watch.stop();
      responses.stop();
    }
  });
});
