import './support/no-lit-warnings.js';
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/components/connector-form/define.js';
import type { ConnectorFormElement } from '../src/components/connector-form/connector-form.js';
import type { ConnectorFieldOverrides } from '../src/api/connector-values.js';
import { PlugboardError, validationError } from '../src/api/errors.js';
import type { ConnectorTypeFixture, Fixtures } from '../src/api/memory/fixture-types.js';
import { fixtures } from '../src/api/memory/fixtures.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import type { RequestOptions } from '../src/api/adapter.js';
import type { Connector, ConnectorInput, CreatedConnector, FieldOption } from '../src/api/schemas.js';
import en from '../src/i18n/locales/en.json';
import ru from '../src/i18n/locales/ru.json';
import tr from '../src/i18n/locales/tr.json';
import { customValues } from './support/connector-fields.js';
import { focused, leave } from './support/keyboard.js';
import { watchForSecret } from './support/secret-watch.js';
import { readable, textOf } from './support/wait.js';

// ---- fixtures -------------------------------------------------------------------------------

/**
 * A type whose link field has no `https://` rule, the one kind of field that can be refused
 * as "not a web address" (every link of the custom connector must be https, which says more).
 */
const webhookType: ConnectorTypeFixture = {
  id: 'webhook',
  name: { en: 'Webhook' },
  description: { en: 'Posts events to an address of yours.' },
  prerequisites: [],
  ipAllowList: [],
  maxPerOrganization: null,
  issuesCredentials: false,
  supportsGroups: false,
  steps: [
    {
      id: 'target',
      title: { en: 'Target' },
      requiresAuthorization: false,
      fields: [{ id: 'callbackUrl', kind: 'url', label: { en: 'Callback URL' }, required: true }],
    },
  ],
};

const withWebhook: Fixtures = { ...fixtures, connectorTypes: [...fixtures.connectorTypes, webhookType] };

const LOGIN = 'demo@example.com';
const PASSWORD = 'demo-password';

/** Records what the form asked the backend to create. */
class RecordingAdapter extends MemoryAdapter {
  readonly created: ConnectorInput[] = [];

  override createConnector(input: ConnectorInput, options?: RequestOptions): Promise<CreatedConnector> {
    this.created.push(structuredClone(input));
    return super.createConnector(input, options);
  }
}

/** A backend that refuses the resource address on its own terms, whatever the form checked. */
class RefusingAdapter extends MemoryAdapter {
  override createConnector(): Promise<CreatedConnector> {
    return Promise.reject(validationError({ resourceUrl: { code: 'https-required' } }));
  }
}

/** A backend that refuses to activate a connector, naming the field it lacks. */
class IncompleteAdapter extends MemoryAdapter {
  refuseActivation = false;

  override activateConnector(connectorId: string, options?: RequestOptions): Promise<Connector> {
    if (this.refuseActivation) return Promise.reject(validationError({ username: { code: 'required' } }));
    return super.activateConnector(connectorId, options);
  }
}

/** A backend that answers a create with a conflict naming no field. */
class BareConflictAdapter extends MemoryAdapter {
  override createConnector(): Promise<CreatedConnector> {
    return Promise.reject(new PlugboardError('conflict', 'Changed elsewhere.', { status: 409 }));
  }
}

/**
 * A service whose choices, asked while `holding`, answer only once `release()` is called,
 * and then with choices it no longer offers, ignoring the request's abort signal: an
 * overtaken answer arriving last.
 */
class LateOptionsAdapter extends MemoryAdapter {
  holding = true;
  held = 0;
  private readonly releases: (() => void)[] = [];

  override async listConnectorOptions(connectorId: string, source: string, options?: RequestOptions): Promise<FieldOption[]> {
    if (!this.holding) return super.listConnectorOptions(connectorId, source, options);
    this.held += 1;
    await new Promise<void>((resolve) => this.releases.push(resolve));
    return [{ value: 'stale', label: `Stale ${source}` }];
  }

  release(): void {
    for (const resolve of this.releases.splice(0)) resolve();
  }
}

/**
 * Records what the form asked the backend to create and what the backend answered, the
 * one-time secret included, so a test knows the secret to look for without the element's help.
 */
class IssuingAdapter extends RecordingAdapter {
  readonly issued: CreatedConnector[] = [];
  /** Called with each secret as the backend issues it, before the element receives it. */
  onIssued: ((secret: string) => void) | undefined;

  override async createConnector(input: ConnectorInput, options?: RequestOptions): Promise<CreatedConnector> {
    const answer = await super.createConnector(input, options);
    this.issued.push(structuredClone(answer));
    if (answer.clientSecret) this.onIssued?.(answer.clientSecret);
    return answer;
  }
}

/** A backend that stores the connector and issues its secret, but whose answer never arrives. */
class LostAnswerAdapter extends IssuingAdapter {
  override async createConnector(input: ConnectorInput, options?: RequestOptions): Promise<CreatedConnector> {
    await super.createConnector(input, options);
    throw new PlugboardError('network', 'The connection dropped before the answer arrived.');
  }
}

/** Puts a stand-in clipboard on `navigator` until the returned function restores the page's own. */
function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return () => {
    delete (navigator as { clipboard?: Clipboard }).clipboard;
  };
}

function newAdapter(): MemoryAdapter {
  return new MemoryAdapter({ fixtures, latency: 0 });
}

/** A Ringlytic connector signed in and active, loading tagged calls from static channels. */
async function seedCallTrack(
  adapter: MemoryAdapter,
  settings: { tags: string[]; staticChannels: string[] } = { tags: ['booking-request'], staticChannels: ['seekly-ads'] },
): Promise<Connector> {
  const { connector } = await adapter.createConnector({
    typeId: 'calltrack',
    name: 'Front desk calls',
    values: { authMethod: 'login', login: LOGIN, password: PASSWORD },
  });
  await adapter.authorizeConnector(connector.id);
  await adapter.updateConnector(connector.id, {
    values: { callsToLoad: 'tagged', tags: settings.tags, channelMode: 'static', staticChannels: settings.staticChannels },
  });
  return adapter.activateConnector(connector.id);
}

/** A complete custom connector with basic authentication, active. */
async function seedCustomRest(adapter: MemoryAdapter, name: string): Promise<Connector> {
  const { connector } = await adapter.createConnector({
    typeId: 'custom-rest',
    name,
    values: customValues(name),
  });
  await adapter.authorizeConnector(connector.id);
  return adapter.activateConnector(connector.id);
}

// ---- helpers --------------------------------------------------------------------------------

interface RenderOptions {
  typeId?: string;
  connectorId?: string;
  mode?: 'create' | 'edit' | 'reconnect';
  lang?: string;
  overrides?: ConnectorFieldOverrides;
}

/** Polls `condition` (up to 100 × 20 ms), for what happens after an adapter call settles. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 100 && !condition(); attempt += 1) await aTimeout(20);
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

function part<T extends HTMLElement = HTMLElement>(element: ConnectorFormElement, name: string): T | null {
  return element.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

function parts<T extends HTMLElement = HTMLElement>(element: ConnectorFormElement, name: string): T[] {
  return [...element.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

async function renderForm(adapter: MemoryAdapter, options: RenderOptions = {}): Promise<ConnectorFormElement> {
  const element = await fixture<ConnectorFormElement>(
    html`<connector-form
      lang=${options.lang ?? 'en'}
      type-id=${options.typeId ?? ''}
      connector-id=${options.connectorId ?? ''}
      mode=${options.mode ?? 'create'}
      .overrides=${options.overrides ?? {}}
      .adapter=${adapter}
    ></connector-form>`,
  );
  await until(() => part(element, 'form') !== null || part(element, 'retry-button') !== null, 'the form to load');
  await element.updateComplete;
  return element;
}

/** The label (or legend) of a field as a reader sees it, without "(optional)". */
function labelOf(field: HTMLElement): string {
  return textOf(field.querySelector(':scope > label bdi, :scope > legend bdi, :scope > .label bdi, :scope > .option > label bdi'));
}

/** The labels of the fields shown, in page order. */
function shownFields(element: ConnectorFormElement): string[] {
  return parts(element, 'field').map(labelOf);
}

/** The field labelled `label`; several fields share a label ("Password"), so the first shown one. */
function field(element: ConnectorFormElement, label: string, index = 0): HTMLElement {
  const found = parts(element, 'field').filter((candidate) => labelOf(candidate) === label)[index];
  if (!found) throw new Error(`no field labelled ${label}; shown: ${shownFields(element).join(', ')}`);
  return found;
}

function control<T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement = HTMLInputElement>(
  element: ConnectorFormElement,
  label: string,
  index = 0,
): T {
  const found = field(element, label, index).querySelector<T>('input, select, textarea');
  if (!found) throw new Error(`the field ${label} has no control`);
  return found;
}

/** Types into a field as a user would: focus, the new text, and leaving it. */
async function enter(element: ConnectorFormElement, label: string, value: string, index = 0): Promise<void> {
  const input = control(element, label, index);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  leave(input);
  await element.updateComplete;
}

/** The option labels of a radio, checkbox or drop-down field. */
function optionsOf(element: ConnectorFormElement, label: string): string[] {
  const container = field(element, label);
  const select = container.querySelector('select');
  if (select) return [...select.options].map((option) => textOf(option));
  return [...container.querySelectorAll('.option label')].map((option) => textOf(option));
}

/** The option labels of a field that are chosen. */
function chosenOf(element: ConnectorFormElement, label: string): string[] {
  const container = field(element, label);
  const select = container.querySelector('select');
  if (select) return [...select.selectedOptions].map((option) => textOf(option));
  return [...container.querySelectorAll<HTMLInputElement>('.option input')]
    .filter((input) => input.checked)
    .map((input) => textOf(input.parentElement!.querySelector('label')));
}

/** Picks an option by its label: a radio, a checkbox of a group, or a drop-down's entry. */
async function pick(element: ConnectorFormElement, label: string, option: string): Promise<void> {
  const container = field(element, label);
  const select = container.querySelector('select');
  if (select) {
    const entry = [...select.options].find((candidate) => textOf(candidate) === option);
    if (!entry) throw new Error(`${label} offers no ${option}`);
    select.value = entry.value;
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  } else {
    const input = [...container.querySelectorAll<HTMLInputElement>('.option input')].find(
      (candidate) => textOf(candidate.parentElement!.querySelector('label')) === option,
    );
    if (!input) throw new Error(`${label} offers no ${option}; it offers ${optionsOf(element, label).join(', ')}`);
    input.click();
  }
  await element.updateComplete;
}

/** The message under a field, as shown. */
function errorOf(element: ConnectorFormElement, label: string, index = 0): string {
  return textOf(field(element, label, index).querySelector('[part~="field-error"]'));
}

function statusText(element: ConnectorFormElement): string {
  return textOf(part(element, 'status'));
}

function isBusy(element: ConnectorFormElement): boolean {
  return part(element, 'form')?.getAttribute('aria-busy') === 'true';
}

/** Presses the main button (Connect, Done, Reconnect) and waits for the backend to answer. */
async function submit(element: ConnectorFormElement): Promise<void> {
  part<HTMLButtonElement>(element, 'submit-button')!.click();
  // The submission starts after the form's checks, a few tasks later.
  await aTimeout(0);
  await element.updateComplete;
  await until(() => !isBusy(element), 'the submission to finish');
  await element.updateComplete;
}

/** Collects the events of one type the element fires. */
function collect<K extends keyof GlobalEventHandlersEventMap>(
  element: ConnectorFormElement,
  type: K,
): GlobalEventHandlersEventMap[K][] {
  const seen: GlobalEventHandlersEventMap[K][] = [];
  element.addEventListener(type, (event) => seen.push(event));
  return seen;
}

function confirmDialog(element: ConnectorFormElement): HTMLDialogElement {
  return part<HTMLDialogElement>(element, 'confirm-dialog')!;
}

function submitLabel(element: ConnectorFormElement): string {
  return textOf(part(element, 'submit-button'));
}

/** Fills a valid custom connector with basic authentication. */
async function fillBasic(element: ConnectorFormElement, name: string, password = 'basic-pass-123'): Promise<void> {
  await enter(element, 'Name', name);
  await enter(element, 'Resource domain URL', 'https://api.example.com');
  await enter(element, 'Username', 'svc-account');
  await enter(element, 'Password', password);
  await enter(element, 'Verification URL', 'https://api.example.com/verify');
}

/** Signs a new Ringlytic form in with the accepted login and password. */
async function connectCallTrack(element: ConnectorFormElement, password = PASSWORD): Promise<void> {
  await enter(element, 'Login', LOGIN);
  await enter(element, 'Password', password);
  await submit(element);
}

// ---- tests ----------------------------------------------------------------------------------

describe('<connector-form>', () => {
  it('passes an axe check', async () => {
    const element = await renderForm(newAdapter(), { typeId: 'calltrack' });
    await expect(element).to.be.accessible();
  });

  it('passes an axe check with the settings unlocked, refusals shown and the confirmation open', async () => {
    const adapter = newAdapter();
    const connector = await seedCallTrack(adapter, { tags: ['booking-request', 'retired-tag'], staticChannels: ['seekly-ads'] });
    const element = await renderForm(adapter, { connectorId: connector.id });
    await until(() => optionsOf(element, 'Tags').length > 0, 'the tags to load');
    await pick(element, 'Static channels', 'Seekly Ads');
    await submit(element);
    expect(errorOf(element, 'Static channels')).to.equal(en.validation.required);
    part<HTMLButtonElement>(element, 'delete-button')!.click();
    await element.updateComplete;
    expect(confirmDialog(element).open).to.equal(true);
    await expect(element).to.be.accessible();
  });

  describe('custom connector conditions', () => {
    it('shows username, password and verification URL for basic authentication, its default', async () => {
      const element = await renderForm(newAdapter(), { typeId: 'custom-rest' });
      expect(textOf(part(element, 'title'))).to.equal('Set up Custom connector');
      expect(chosenOf(element, 'Authentication type')).to.deep.equal(['Basic authentication']);
      expect(shownFields(element)).to.deep.equal([
        'Name',
        'Authentication type',
        'Resource domain URL',
        'Username',
        'Password',
        'Verification URL',
      ]);
      expect(submitLabel(element)).to.equal(en.common.done);
    });

    it('shows grant type, client ID and secret, token URL and scope for OAuth 2.0', async () => {
      const element = await renderForm(newAdapter(), { typeId: 'custom-rest' });
      await pick(element, 'Authentication type', 'OAuth 2.0');
      expect(shownFields(element)).to.deep.equal([
        'Name',
        'Authentication type',
        'Resource domain URL',
        'Grant type',
        'Client ID',
        'Client secret',
        'Token URL',
        'Scope',
      ]);
      expect(chosenOf(element, 'Grant type')).to.deep.equal(['Client credentials']);
      expect(optionsOf(element, 'Grant type')).to.deep.equal(['Client credentials', 'Password grant']);
      expect(textOf(field(element, 'Scope').querySelector('label'))).to.equal('Scope (Optional)');

      await pick(element, 'Authentication type', 'Basic authentication');
      expect(shownFields(element)).to.include.members(['Username', 'Password', 'Verification URL']);
      expect(shownFields(element)).not.to.include.members(['Grant type']);
    });

    it('adds the password grant username, password and verification URL for the password grant', async () => {
      const element = await renderForm(newAdapter(), { typeId: 'custom-rest' });
      await pick(element, 'Authentication type', 'OAuth 2.0');
      await pick(element, 'Grant type', 'Password grant');
      expect(shownFields(element)).to.deep.equal([
        'Name',
        'Authentication type',
        'Resource domain URL',
        'Grant type',
        'Client ID',
        'Client secret',
        'Token URL',
        'Scope',
        'Username',
        'Password',
        'Verification URL',
      ]);
      expect(textOf(field(element, 'Username').querySelector('[part~="field-help"]'))).to.equal(
        'The service account used for the password grant.',
      );

      await pick(element, 'Grant type', 'Client credentials');
      expect(shownFields(element)).not.to.include.members(['Username', 'Password', 'Verification URL']);
    });

    it('neither checks nor sends the value of a field that is hidden', async () => {
      const adapter = new RecordingAdapter({ fixtures, latency: 0 });
      const element = await renderForm(adapter, { typeId: 'custom-rest' });
      const created = collect(element, 'pb-connector-created');
      const saved = collect(element, 'pb-connector-saved');
      await enter(element, 'Name', 'Billing API');
      await enter(element, 'Resource domain URL', 'https://billing.example.com');
      await enter(element, 'Username', 'basic-user');
      // Refused while shown: it must not hold up the save once OAuth hides it.
      await enter(element, 'Verification URL', 'http://billing.example.com/verify');
      expect(errorOf(element, 'Verification URL')).to.equal(en.validation['https-required']);

      await pick(element, 'Authentication type', 'OAuth 2.0');
      await enter(element, 'Client ID', 'billing-client');
      await enter(element, 'Client secret', 'oauth-client-secret-1');
      await enter(element, 'Token URL', 'https://billing.example.com/token');
      await submit(element);

      expect(textOf(part(element, 'error'))).to.equal('');
      expect(adapter.created).to.have.length(1);
      expect(adapter.created[0]!.name).to.equal('Billing API');
      expect(adapter.created[0]!.values).to.deep.equal({
        name: 'Billing API',
        authType: 'oauth2',
        resourceUrl: 'https://billing.example.com',
        grantType: 'client-credentials',
        clientId: 'billing-client',
        clientSecret: 'oauth-client-secret-1',
        tokenUrl: 'https://billing.example.com/token',
        scope: '',
      });
      expect(created).to.have.length(1);
      expect(created[0]!.detail.connector.status).to.equal('active');
      expect(saved, 'a create is not an update').to.deep.equal([]);
    });
  });

  describe('defaults and the host overrides', () => {
    it('starts from the type defaults: basic, client credentials, all calls, dynamic channels', async () => {
      const adapter = newAdapter();
      const rest = await renderForm(adapter, { typeId: 'custom-rest' });
      expect(chosenOf(rest, 'Authentication type')).to.deep.equal(['Basic authentication']);
      await pick(rest, 'Authentication type', 'OAuth 2.0');
      expect(chosenOf(rest, 'Grant type')).to.deep.equal(['Client credentials']);

      const calls = await renderForm(adapter, { typeId: 'calltrack' });
      expect(chosenOf(calls, 'Sign-in method')).to.deep.equal(['Login and password']);
      expect(control(calls, 'Name').value).to.equal('Ringlytic');
      await connectCallTrack(calls);
      await until(() => part(calls, 'step-locked') === null, 'the settings to unlock');
      expect(chosenOf(calls, 'Calls to load')).to.deep.equal(['All calls']);
      expect(chosenOf(calls, 'Channels')).to.deep.equal(['Dynamic (recommended)']);
      expect(shownFields(calls)).not.to.include.members(['Tags', 'Static channels']);
    });

    it('applies the host overrides: a default, hidden but sent, read-only, help and its link', async () => {
      const adapter = new RecordingAdapter({ fixtures, latency: 0 });
      const element = await renderForm(adapter, {
        typeId: 'custom-rest',
        overrides: {
          resourceUrl: {
            defaultValue: 'https://api.hotelio.example',
            help: 'Your Hotelio API address.',
            helpUrl: 'https://docs.hotelio.example/connectors',
          },
          username: { defaultValue: 'hotelio-service', readOnly: true },
          verificationUrl: { defaultValue: 'https://api.hotelio.example/verify', hidden: true },
          // Not http(s): never a link.
          name: { helpUrl: 'javascript:alert(1)' },
        },
      });
      expect(shownFields(element)).to.deep.equal(['Name', 'Authentication type', 'Resource domain URL', 'Username', 'Password']);
      expect(control(element, 'Resource domain URL').value).to.equal('https://api.hotelio.example');
      const help = field(element, 'Resource domain URL').querySelector<HTMLElement>('[part~="field-help"]')!;
      expect(textOf(help)).to.contain('Your Hotelio API address.');
      const link = help.querySelector<HTMLAnchorElement>('a[part~="help-link"]')!;
      expect(link.href).to.equal('https://docs.hotelio.example/connectors');
      expect(link.target).to.equal('_blank');
      expect(link.rel.split(' ')).to.include('noopener');
      expect(textOf(link)).to.equal(`${en.common.moreInfo} ${en.common.opensInNewTab}`);
      expect(control(element, 'Resource domain URL').getAttribute('aria-describedby')).to.equal(help.id);
      expect(field(element, 'Name').querySelector('a')).to.equal(null);

      const username = control(element, 'Username');
      expect(username.value).to.equal('hotelio-service');
      expect(username.readOnly).to.equal(true);

      await enter(element, 'Name', 'Hotelio API');
      await enter(element, 'Password', 'hotelio-pass-42');
      await submit(element);
      expect(adapter.created[0]!.values).to.include({
        resourceUrl: 'https://api.hotelio.example',
        username: 'hotelio-service',
        verificationUrl: 'https://api.hotelio.example/verify',
      });
    });

    it('says a hidden field the backend refused in words above the buttons', async () => {
      const element = await renderForm(newAdapter(), {
        typeId: 'custom-rest',
        overrides: { verificationUrl: { defaultValue: 'http://api.hotelio.example/verify', hidden: true } },
      });
      await fillBasicVisible(element);
      await submit(element);
      expect(textOf(part(element, 'error'))).to.equal(`Verification URL: ${en.validation['https-required']}`);
    });
  });

  describe('checks', () => {
    it('says nothing about an empty field the admin only passed through, and every refusal on submit', async () => {
      const element = await renderForm(newAdapter(), { typeId: 'custom-rest' });
      control(element, 'Name').focus();
      leave(control(element, 'Name'));
      await element.updateComplete;
      expect(errorOf(element, 'Name')).to.equal('');

      await submit(element);
      for (const label of ['Name', 'Resource domain URL', 'Username', 'Password', 'Verification URL']) {
        expect(errorOf(element, label), label).to.equal(en.validation.required);
        expect(control(element, label).getAttribute('aria-invalid'), label).to.equal('true');
      }
      expect(focused()).to.equal(control(element, 'Name'));
    });

    it('refuses a name over 100 characters once the admin left it', async () => {
      const element = await renderForm(newAdapter(), { typeId: 'custom-rest' });
      const input = control(element, 'Name');
      input.focus();
      input.value = 'n'.repeat(101);
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await element.updateComplete;
      // Not while typing: only once the admin leaves the field.
      expect(errorOf(element, 'Name')).to.equal('');
      leave(input);
      await element.updateComplete;
      expect(errorOf(element, 'Name')).to.equal('Use at most 100 characters.');
      const describedBy = input.getAttribute('aria-describedby')!.split(' ');
      expect(textOf(element.shadowRoot!.getElementById(describedBy[0]!))).to.equal('Use at most 100 characters.');

      await enter(element, 'Name', 'n'.repeat(100));
      expect(errorOf(element, 'Name')).to.equal('');
    });

    it('asks for https:// in the resource domain URL', async () => {
      const element = await renderForm(newAdapter(), { typeId: 'custom-rest' });
      await enter(element, 'Resource domain URL', 'http://api.example.com');
      expect(errorOf(element, 'Resource domain URL')).to.equal(en.validation['https-required']);
      await enter(element, 'Resource domain URL', 'https://api.example.com');
      expect(errorOf(element, 'Resource domain URL')).to.equal('');
    });

    it('refuses a link that is not a web address', async () => {
      const element = await renderForm(new MemoryAdapter({ fixtures: withWebhook, latency: 0 }), { typeId: 'webhook' });
      await enter(element, 'Callback URL', 'hooks.example.com/plugboard');
      expect(errorOf(element, 'Callback URL')).to.equal(en.validation['invalid-url']);
      await enter(element, 'Callback URL', 'https://hooks.example.com/plugboard');
      expect(errorOf(element, 'Callback URL')).to.equal('');
    });

    it('focuses the first refused field after submit, in page order', async () => {
      const element = await renderForm(newAdapter(), { typeId: 'custom-rest' });
      await fillBasic(element, 'Ops API');
      await enter(element, 'Verification URL', 'http://api.example.com/verify');
      await enter(element, 'Resource domain URL', 'ftp://api.example.com');
      await submit(element);
      expect(errorOf(element, 'Resource domain URL')).to.equal(en.validation['https-required']);
      expect(errorOf(element, 'Verification URL')).to.equal(en.validation['https-required']);
      expect(focused()).to.equal(control(element, 'Resource domain URL'));
    });
  });

  describe('refusals of the backend', () => {
    it('puts a 422 refusal on its field, focuses it and keeps what was typed', async () => {
      const element = await renderForm(new RefusingAdapter({ fixtures, latency: 0 }), { typeId: 'custom-rest' });
      await fillBasic(element, 'Ops API');
      await submit(element);
      expect(errorOf(element, 'Resource domain URL')).to.equal(en.validation['https-required']);
      expect(focused()).to.equal(control(element, 'Resource domain URL'));
      expect(control(element, 'Name').value).to.equal('Ops API');
      expect(control(element, 'Username').value).to.equal('svc-account');
      expect(control(element, 'Resource domain URL').value).to.equal('https://api.example.com');
      // The refusal is about the value it was given: a new one clears it.
      await enter(element, 'Resource domain URL', 'https://api2.example.com');
      expect(errorOf(element, 'Resource domain URL')).to.equal('');
    });

    it('puts a name already taken (409) on the name field, the form still filled', async () => {
      const adapter = newAdapter();
      const first = await renderForm(adapter, { typeId: 'custom-rest' });
      await fillBasic(first, 'Reservations API');
      await submit(first);
      expect(statusText(first)).to.equal(en.connectors.saved);

      const second = await renderForm(adapter, { typeId: 'custom-rest' });
      const created = collect(second, 'pb-connector-created');
      const saved = collect(second, 'pb-connector-saved');
      await fillBasic(second, 'reservations api ');
      await submit(second);
      expect(errorOf(second, 'Name')).to.equal(en.validation['not-unique']);
      expect(focused()).to.equal(control(second, 'Name'));
      expect(control(second, 'Name').value).to.equal('reservations api ');
      expect(control(second, 'Verification URL').value).to.equal('https://api.example.com/verify');
      expect(control(second, 'Password').value).to.equal('basic-pass-123');
      expect(created).to.deep.equal([]);
      expect(saved).to.deep.equal([]);
      expect(await adapter.listConnectors({ owner: 'all', typeId: 'custom-rest' })).to.have.length(2);
    });

    it('does not take a conflict naming no field for a taken name', async () => {
      const element = await renderForm(new BareConflictAdapter({ fixtures, latency: 0 }), { typeId: 'custom-rest' });
      await fillBasic(element, 'Ops API');
      await submit(element);
      expect(errorOf(element, 'Name')).to.equal('');
      expect(textOf(part(element, 'error'))).to.equal(`${en.connectors.saveFailed} ${en.errors.conflict}`);
      expect(control(element, 'Name').value).to.equal('Ops API');
    });
  });

  describe('steps unlocked by the service', () => {
    it('keeps the settings locked when the service refuses the credentials, and says why on them', async () => {
      const adapter = newAdapter();
      const element = await renderForm(adapter, { typeId: 'calltrack' });
      const authorized = collect(element, 'pb-connector-authorized');
      expect(submitLabel(element)).to.equal(en.connectors.authorize);
      expect(textOf(part(element, 'step-locked'))).to.equal(en.connectors.lockedStep);
      expect(shownFields(element)).not.to.include('Calls to load');

      await enter(element, 'Login', LOGIN);
      await enter(element, 'Password', 'wrong-password');
      await submit(element);
      expect(errorOf(element, 'Login')).to.equal(en.validation['credentials-rejected']);
      expect(errorOf(element, 'Password')).to.equal(en.validation['credentials-rejected']);
      expect(textOf(part(element, 'error'))).to.contain(en.connectors.savedAsDraft);
      // The refused password is open to be typed again, not shown as a stored value.
      expect(field(element, 'Password').querySelector('[part~="secret-set"]')).to.equal(null);
      expect(field(element, 'Password').querySelector('[part~="keep-button"]')).not.to.equal(null);
      // The first refused field in page order: the service refused the sign-in method too.
      expect(errorOf(element, 'Sign-in method')).to.equal(en.validation['credentials-rejected']);
      expect(focused()).to.equal(control(element, 'Sign-in method'));
      expect(part(element, 'step-locked')).not.to.equal(null);
      expect(shownFields(element)).not.to.include('Calls to load');
      expect(submitLabel(element)).to.equal(en.connectors.authorize);
      expect(authorized).to.deep.equal([]);
      const [stored] = await adapter.listConnectors({ owner: 'all', typeId: 'calltrack' });
      expect(stored!.status).to.equal('draft');

      // Corrected, it connects the connector already saved rather than creating another.
      await enter(element, 'Password', PASSWORD);
      await submit(element);
      expect(statusText(element)).to.equal(en.connectors.authorized);
      expect(errorOf(element, 'Login')).to.equal('');
      expect(authorized).to.have.length(1);
      const all = await adapter.listConnectors({ owner: 'all', typeId: 'calltrack' });
      expect(all.map((connector) => [connector.id, connector.status])).to.deep.equal([[stored!.id, 'authorized']]);
    });

    it('focuses the chosen sign-in method when the service refuses an API key', async () => {
      const element = await renderForm(newAdapter(), { typeId: 'calltrack' });
      await pick(element, 'Sign-in method', 'API key');
      expect(shownFields(element)).to.deep.equal(['Name', 'Sign-in method', 'API key']);
      await enter(element, 'API key', 'expired-api-key');
      await submit(element);
      expect(errorOf(element, 'Sign-in method')).to.equal(en.validation['credentials-rejected']);
      const apiKeyRadio = [...field(element, 'Sign-in method').querySelectorAll<HTMLInputElement>('input')].find(
        (input) => input.checked,
      );
      expect(textOf(apiKeyRadio!.parentElement!.querySelector('label'))).to.equal('API key');
      expect(focused()).to.equal(apiKeyRadio);
      expect(part(element, 'step-locked')).not.to.equal(null);

      await enter(element, 'API key', 'demo-api-key');
      await submit(element);
      expect(statusText(element)).to.equal(en.connectors.authorized);
      expect(shownFields(element)).to.include('Calls to load');
    });

    it('unlocks the settings with the choices of the service once it accepts the credentials, and Done activates', async () => {
      const adapter = newAdapter();
      const element = await renderForm(adapter, { typeId: 'calltrack' });
      const authorized = collect(element, 'pb-connector-authorized');
      const created = collect(element, 'pb-connector-created');
      const saved = collect(element, 'pb-connector-saved');
      await connectCallTrack(element);
      expect(created).to.have.length(1);
      expect(created[0]!.detail.connector.status).to.equal('authorized');
      expect(saved, 'Connect created the connector: nothing was updated').to.deep.equal([]);
      expect(authorized).to.have.length(1);
      expect(authorized[0]!.detail.connector.status).to.equal('authorized');
      expect(statusText(element)).to.equal(en.connectors.authorized);
      expect(part(element, 'step-locked')).to.equal(null);
      expect(shownFields(element)).to.include.members(['Calls to load', 'Channels']);
      expect(focused()).to.equal(control(element, 'Calls to load'));
      expect(submitLabel(element)).to.equal(en.common.done);

      await pick(element, 'Calls to load', 'Tagged calls only');
      await until(() => optionsOf(element, 'Tags').length > 0, 'the tags from the service');
      expect(optionsOf(element, 'Tags')).to.deep.equal([
        'Booking request',
        'Group booking',
        'Event inquiry',
        'Complaint',
        'Repeat guest',
        'Missed call',
        'Spam',
      ]);
      await pick(element, 'Tags', 'Group booking');
      await pick(element, 'Tags', 'Complaint');
      await pick(element, 'Channels', 'Static only');
      await until(() => optionsOf(element, 'Static channels').length > 0, 'the channels from the service');
      expect(optionsOf(element, 'Static channels')).to.include('Seekly Ads');
      await pick(element, 'Static channels', 'Seekly Ads');

      await submit(element);
      expect(saved).to.have.length(1);
      expect(saved[0]!.detail.connector.status).to.equal('active');
      expect(saved[0]!.detail.connector.id).to.equal(created[0]!.detail.connector.id);
      expect(created, 'Done updated the connector Connect created').to.have.length(1);
      expect(statusText(element)).to.equal(en.connectors.saved);
      expect(textOf(part(element, 'connector-status'))).to.equal(en.connectors.status.active);
      const stored = await adapter.getConnector(saved[0]!.detail.connector.id);
      expect(stored.values).to.include({ callsToLoad: 'tagged', channelMode: 'static' });
      expect(stored.values['tags']).to.deep.equal(['group-booking', 'complaint']);
      expect(stored.values['staticChannels']).to.deep.equal(['seekly-ads']);
    });

    it('never shows choices the service answered late for an earlier sign-in', async () => {
      const adapter = new LateOptionsAdapter({ fixtures, latency: 0 });
      const element = await renderForm(adapter, { typeId: 'calltrack' });
      await connectCallTrack(element);
      await until(() => adapter.held > 0, 'the choices to be asked for');
      await pick(element, 'Calls to load', 'Tagged calls only');
      expect(part(element, 'options-loading')).not.to.equal(null);

      // Sign in again: the choices are asked for anew, and this time answered at once.
      part<HTMLButtonElement>(element, 'reconnect-button')!.click();
      await element.updateComplete;
      adapter.holding = false;
      await enter(element, 'Password', PASSWORD);
      await submit(element);
      expect(statusText(element)).to.equal(en.connectors.reconnected);
      await until(() => optionsOf(element, 'Tags').includes('Booking request'), 'the new choices');

      adapter.release();
      await aTimeout(50);
      await element.updateComplete;
      expect(optionsOf(element, 'Tags')).to.include('Booking request');
      expect(textOf(element.shadowRoot)).not.to.contain('Stale');
      expect(textOf(element.shadowRoot)).not.to.contain('stale');
    });
  });

  describe('editing', () => {
    it('shows the saved choices, keeps one the service no longer offers, and stored secrets as set', async () => {
      const adapter = newAdapter();
      const connector = await seedCallTrack(adapter, { tags: ['booking-request', 'retired-tag'], staticChannels: ['seekly-ads'] });
      const element = await renderForm(adapter, { connectorId: connector.id, mode: 'edit' });
      expect(textOf(part(element, 'title'))).to.equal('Front desk calls');
      await until(() => optionsOf(element, 'Tags').length > 0, 'the tags from the service');
      expect(chosenOf(element, 'Calls to load')).to.deep.equal(['Tagged calls only']);
      expect(chosenOf(element, 'Tags')).to.deep.equal(['Booking request', 'retired-tag (no longer offered by the service)']);
      expect(textOf(field(element, 'Tags').querySelector('[part~="field-help"]'))).to.contain(
        '1 saved choice is no longer offered by the service.',
      );
      expect(chosenOf(element, 'Channels')).to.deep.equal(['Static only']);
      expect(chosenOf(element, 'Static channels')).to.deep.equal(['Seekly Ads']);
      expect(control(element, 'Login').value).to.equal(LOGIN);

      const password = field(element, 'Password');
      expect(textOf(password.querySelector('[part~="secret-set"]'))).to.contain(en.connectors.secretSet);
      expect(password.querySelector('input')).to.equal(null);
      const replace = password.querySelector<HTMLButtonElement>('[part~="replace-button"]')!;
      expect(readable(replace.getAttribute('aria-label'))).to.equal('Replace Password');
      replace.click();
      await until(() => field(element, 'Password').querySelector('input') !== null, 'the password input');
      expect(control(element, 'Password').value).to.equal('');
      expect(focused()).to.equal(control(element, 'Password'));
      field(element, 'Password').querySelector<HTMLButtonElement>('[part~="keep-button"]')!.click();
      await element.updateComplete;
      expect(field(element, 'Password').querySelector('input')).to.equal(null);

      const saved = collect(element, 'pb-connector-saved');
      const created = collect(element, 'pb-connector-created');
      await pick(element, 'Tags', 'Spam');
      await submit(element);
      expect(saved).to.have.length(1);
      expect(saved[0]!.detail.connector.status).to.equal('active');
      expect(saved[0]!.detail.connector.id).to.equal(connector.id);
      expect(created, 'an edit creates nothing').to.deep.equal([]);
      const stored = await adapter.getConnector(connector.id);
      expect(stored.values['tags']).to.have.members(['booking-request', 'retired-tag', 'spam']);
      expect(stored.secretsSet).to.deep.equal(['password']);
    });

    it('reconnects with new credentials alone, keeping the other settings, and stays active', async () => {
      const adapter = newAdapter();
      const connector = await seedCallTrack(adapter);
      const element = await renderForm(adapter, { connectorId: connector.id, mode: 'reconnect' });
      const saved = collect(element, 'pb-connector-saved');
      const created = collect(element, 'pb-connector-created');
      expect(textOf(part(element, 'title'))).to.equal('Reconnect Front desk calls');
      expect(textOf(part(element, 'intro'))).to.equal(en.connectors.reconnectIntro);
      expect(shownFields(element)).to.deep.equal(['Sign-in method', 'Login', 'Password']);
      expect(part(element, 'manage')).to.equal(null);
      expect(control(element, 'Login').value).to.equal(LOGIN);
      expect(control(element, 'Password').value).to.equal('');
      expect(submitLabel(element)).to.equal(en.connectors.reconnect);

      await submit(element);
      expect(errorOf(element, 'Password')).to.equal(en.validation.required);

      await enter(element, 'Password', PASSWORD);
      await submit(element);
      expect(statusText(element)).to.equal(en.connectors.reconnected);
      expect(saved.at(-1)!.detail.connector.status).to.equal('active');
      expect(created, 'reconnecting creates nothing').to.deep.equal([]);
      const stored = await adapter.getConnector(connector.id);
      expect(stored.status).to.equal('active');
      expect(stored.values).to.include({ callsToLoad: 'tagged', channelMode: 'static' });
      expect(stored.values['tags']).to.deep.equal(['booking-request']);
      expect(stored.values['staticChannels']).to.deep.equal(['seekly-ads']);
      expect(shownFields(element)).to.include('Calls to load');
    });
  });

  describe('leaving with unsaved changes', () => {
    it('asks the host first: a cancelled request keeps the form as it is', async () => {
      const element = await renderForm(newAdapter(), { typeId: 'custom-rest' });
      const closed = collect(element, 'pb-connector-closed');
      const requests = collect(element, 'pb-connector-action-request');
      element.addEventListener('pb-connector-action-request', (event) => event.preventDefault());
      await enter(element, 'Name', 'Half-done API');
      part<HTMLButtonElement>(element, 'close-button')!.click();
      await element.updateComplete;
      expect(requests).to.have.length(1);
      expect(requests[0]!.detail).to.deep.equal({ connectorId: null, action: 'discard-changes' });
      expect(requests[0]!.cancelable).to.equal(true);
      expect(confirmDialog(element).open).to.equal(false);
      expect(closed).to.deep.equal([]);
      expect(control(element, 'Name').value).to.equal('Half-done API');
    });

    it('confirms: Keep editing keeps the values, Discard closes', async () => {
      const element = await renderForm(newAdapter(), { typeId: 'custom-rest' });
      const closed = collect(element, 'pb-connector-closed');
      await enter(element, 'Name', 'Half-done API');
      await pick(element, 'Authentication type', 'OAuth 2.0');
      part<HTMLButtonElement>(element, 'close-button')!.click();
      await element.updateComplete;
      expect(confirmDialog(element).open).to.equal(true);
      expect(textOf(part(element, 'confirm-title'))).to.equal(en.connectors.unsavedTitle);

      const keep = part<HTMLButtonElement>(element, 'confirm-cancel-button')!;
      expect(textOf(keep)).to.equal(en.connectors.keepEditing);
      keep.click();
      await until(() => !confirmDialog(element).open, 'the dialog to close');
      expect(closed).to.deep.equal([]);
      expect(control(element, 'Name').value).to.equal('Half-done API');
      expect(chosenOf(element, 'Authentication type')).to.deep.equal(['OAuth 2.0']);

      part<HTMLButtonElement>(element, 'close-button')!.click();
      await element.updateComplete;
      const discard = part<HTMLButtonElement>(element, 'confirm-button')!;
      expect(textOf(discard)).to.equal(en.connectors.discardChanges);
      discard.click();
      await until(() => closed.length > 0, 'the form to close');
      expect(closed).to.have.length(1);
      expect(closed[0]!.detail).to.deep.equal({ connectorId: null });
      expect(confirmDialog(element).open).to.equal(false);
    });

    it('closes at once without changes', async () => {
      const element = await renderForm(newAdapter(), { typeId: 'custom-rest' });
      const closed = collect(element, 'pb-connector-closed');
      const requests = collect(element, 'pb-connector-action-request');
      // Passing through a field changes nothing.
      control(element, 'Name').focus();
      leave(control(element, 'Name'));
      part<HTMLButtonElement>(element, 'close-button')!.click();
      await element.updateComplete;
      expect(closed).to.have.length(1);
      expect(requests).to.deep.equal([]);
      expect(confirmDialog(element).open).to.equal(false);
    });
  });

  describe('managing a connector', () => {
    it('deactivates after a confirmation, and activates again', async () => {
      const adapter = newAdapter();
      const connector = await seedCustomRest(adapter, 'Room service API 2');
      const element = await renderForm(adapter, { connectorId: connector.id });
      const activated = collect(element, 'pb-connector-activated');
      const deactivated = collect(element, 'pb-connector-deactivated');
      const requests = collect(element, 'pb-connector-action-request');
      expect(textOf(part(element, 'connector-status'))).to.equal(en.connectors.status.active);

      part<HTMLButtonElement>(element, 'deactivate-button')!.click();
      await element.updateComplete;
      expect(confirmDialog(element).open).to.equal(true);
      expect(textOf(part(element, 'confirm-title'))).to.equal('Deactivate Room service API 2?');
      // Cancel changes nothing.
      part<HTMLButtonElement>(element, 'confirm-cancel-button')!.click();
      await until(() => !confirmDialog(element).open, 'the dialog to close');
      expect(requests).to.deep.equal([]);
      expect((await adapter.getConnector(connector.id)).status).to.equal('active');

      part<HTMLButtonElement>(element, 'deactivate-button')!.click();
      await element.updateComplete;
      part<HTMLButtonElement>(element, 'confirm-button')!.click();
      await until(() => deactivated.length === 1, 'the deactivation');
      expect(requests.map((event) => event.detail.action)).to.deep.equal(['deactivate']);
      expect(deactivated[0]!.detail.connector.status).to.equal('inactive');
      expect(deactivated[0]!.detail.connector.id).to.equal(connector.id);
      expect(activated).to.deep.equal([]);
      await element.updateComplete;
      expect(confirmDialog(element).open).to.equal(false);
      expect(textOf(part(element, 'connector-status'))).to.equal(en.connectors.status.inactive);
      expect(statusText(element)).to.equal(en.connectors.deactivated);
      expect((await adapter.getConnector(connector.id)).status).to.equal('inactive');

      part<HTMLButtonElement>(element, 'activate-button')!.click();
      await until(() => activated.length === 1, 'the activation');
      expect(activated[0]!.detail.connector.status).to.equal('active');
      expect(activated[0]!.detail.connector.id).to.equal(connector.id);
      expect(deactivated).to.have.length(1);
      await element.updateComplete;
      expect(textOf(part(element, 'connector-status'))).to.equal(en.connectors.status.active);
      expect(statusText(element)).to.equal(en.connectors.activated);
    });

    it('shows on their fields what an activation was refused for', async () => {
      const adapter = new IncompleteAdapter({ fixtures, latency: 0 });
      const connector = await seedCustomRest(adapter, 'Half set up');
      await adapter.deactivateConnector(connector.id);
      adapter.refuseActivation = true;
      const element = await renderForm(adapter, { connectorId: connector.id });
      const activated = collect(element, 'pb-connector-activated');
      part<HTMLButtonElement>(element, 'activate-button')!.click();
      await until(() => part(element, 'error') !== null, 'the refusal');
      expect(textOf(part(element, 'error'))).to.equal(`${en.connectors.actionFailed} ${en.errors.validation}`);
      expect(errorOf(element, 'Username')).to.equal(en.validation.required);
      expect(focused()).to.equal(control(element, 'Username'));
      expect(activated).to.deep.equal([]);
      expect(textOf(part(element, 'connector-status'))).to.equal(en.connectors.status.inactive);
    });

    it('retries a deactivation that failed, and says nothing of the failure once it worked', async () => {
      const adapter = newAdapter();
      const connector = await seedCustomRest(adapter, 'Flaky API');
      const element = await renderForm(adapter, { connectorId: connector.id });
      const deactivated = collect(element, 'pb-connector-deactivated');
      adapter.simulateError('deactivateConnector', 'server');
      part<HTMLButtonElement>(element, 'deactivate-button')!.click();
      await element.updateComplete;
      part<HTMLButtonElement>(element, 'confirm-button')!.click();
      await until(() => confirmDialog(element).querySelector('[part~="error"]') !== null, 'the failure');
      expect(textOf(confirmDialog(element).querySelector('[part~="error"]'))).to.equal(
        `${en.connectors.actionFailed} ${en.errors.server}`,
      );
      expect(confirmDialog(element).open).to.equal(true);
      expect(deactivated, 'not deactivated yet').to.deep.equal([]);

      part<HTMLButtonElement>(element, 'confirm-button')!.click();
      await until(() => deactivated.length === 1, 'the deactivation');
      await element.updateComplete;
      expect(confirmDialog(element).open).to.equal(false);
      expect(textOf(element.shadowRoot)).not.to.contain(en.errors.server);
      expect(part(element, 'error')).to.equal(null);
      expect(statusText(element)).to.equal(en.connectors.deactivated);
    });

    it('keeps the connector when the host cancels the deactivation', async () => {
      const adapter = newAdapter();
      const element = await renderForm(adapter, { connectorId: 'connector-room-service-api' });
      const deactivated = collect(element, 'pb-connector-deactivated');
      element.addEventListener('pb-connector-action-request', (event) => event.preventDefault());
      part<HTMLButtonElement>(element, 'deactivate-button')!.click();
      await element.updateComplete;
      part<HTMLButtonElement>(element, 'confirm-button')!.click();
      await until(() => !confirmDialog(element).open, 'the dialog to close');
      await aTimeout(20);
      expect(deactivated).to.deep.equal([]);
      expect((await adapter.getConnector('connector-room-service-api')).status).to.equal('active');
    });

    it('deletes after a confirmation', async () => {
      const adapter = newAdapter();
      const element = await renderForm(adapter, { connectorId: 'connector-room-service-api' });
      const deleted = collect(element, 'pb-connector-deleted');
      const requests = collect(element, 'pb-connector-action-request');
      part<HTMLButtonElement>(element, 'delete-button')!.click();
      await element.updateComplete;
      expect(confirmDialog(element).open).to.equal(true);
      expect(textOf(part(element, 'confirm-title'))).to.equal('Delete Room service API?');
      expect(textOf(confirmDialog(element))).to.contain(en.connectors.deleteBody);
      expect(deleted).to.deep.equal([]);
      part<HTMLButtonElement>(element, 'confirm-button')!.click();
      await until(() => deleted.length === 1, 'the deletion');
      expect(requests.map((event) => event.detail)).to.deep.equal([
        { connectorId: 'connector-room-service-api', action: 'delete' },
      ]);
      expect(deleted[0]!.detail).to.deep.equal({ connectorId: 'connector-room-service-api' });
      await element.updateComplete;
      expect(textOf(element.shadowRoot)).to.equal(en.connectors.deleted);
      const remaining = await adapter.listConnectors({ owner: 'all' });
      expect(remaining.map((connector) => connector.id)).not.to.include('connector-room-service-api');
    });
  });

  it('lets a typed secret reach only the backend: not the DOM, events, URLs, console or storage', async () => {
    const secret = 'Xq7-secret-never-shown';
    const watch = watchForSecret(secret);
    try {
      const adapter = newAdapter();
      const element = await renderForm(adapter, { typeId: 'custom-rest' });
      await fillBasic(element, 'Secret API', secret);
      expect(watch.leaks()).to.deep.equal([]);
      await submit(element);
      expect(statusText(element)).to.equal(en.connectors.saved);
      element.requestUpdate();
      await element.updateComplete;
      expect(textOf(field(element, 'Password'))).to.contain(en.connectors.secretSet);
      expect(watch.leaks({ dom: true })).to.deep.equal([]);

      // Opened again to edit it, and to replace the secret: still empty.
      const [stored] = await adapter.listConnectors({ owner: 'all', typeId: 'custom-rest' }).then((all) =>
        all.filter((connector) => connector.name === 'Secret API'),
      );
      const again = await renderForm(adapter, { connectorId: stored!.id });
      field(again, 'Password').querySelector<HTMLButtonElement>('[part~="replace-button"]')!.click();
      await until(() => field(again, 'Password').querySelector('input') !== null, 'the password input');
      expect(watch.leaks({ dom: true })).to.deep.equal([]);
    } finally {
      watch.stop();
    }
  });

  describe('creating a registry connector', () => {
    /** Creates a registry connector with a name and a description, as an admin fills the form. */
    async function createRegistry(element: ConnectorFormElement, name = 'Checkout reminders'): Promise<void> {
      expect(textOf(part(element, 'title'))).to.equal('Set up REST connector');
      expect(shownFields(element)).to.deep.equal(['Connector name', 'Description']);
      await enter(element, 'Connector name', name);
      await enter(element, 'Description', '  Sends the late checkout reminder to the front desk.  ');
      await submit(element);
    }

    function credential(element: ConnectorFormElement, which: 'client-id' | 'client-secret'): string {
      return textOf(part(element, which)?.querySelector('[part~="credential-value"]'));
    }

    /** Presses the credentials' Close and waits for the question. */
    async function pressClose(element: ConnectorFormElement): Promise<HTMLButtonElement> {
      const close = part<HTMLButtonElement>(element, 'credentials-close-button')!;
      expect(textOf(close)).to.equal(en.common.close);
      close.focus();
      close.click();
      await element.updateComplete;
      await until(() => confirmDialog(element)?.open === true, 'the question whether the secret was copied');
      return close;
    }

    it('sends the name and the description, and shows the ID and the secret once, focusing the first Copy', async () => {
      const adapter = new IssuingAdapter({ fixtures, latency: 0 });
      const element = await renderForm(adapter, { typeId: 'rest-registry' });
      const created = collect(element, 'pb-connector-created');
      const saved = collect(element, 'pb-connector-saved');
      await createRegistry(element);

      expect(adapter.created).to.have.length(1);
      expect(adapter.created[0]!.name).to.equal('Checkout reminders');
      expect(adapter.created[0]!.description).to.equal('Sends the late checkout reminder to the front desk.');
      expect(created).to.have.length(1);
      expect(saved).to.deep.equal([]);
      const { connector } = created[0]!.detail;
      const stored = await adapter.getConnector(connector.id);
      expect(stored.name).to.equal('Checkout reminders');
      expect(stored.description).to.equal('Sends the late checkout reminder to the front desk.');

      const [issued] = adapter.issued;
      expect(issued!.clientSecret).to.be.a('string').and.not.equal('');
      expect(part(element, 'form'), 'the form gave way to the credentials').to.equal(null);
      expect(textOf(part(element, 'credentials'))).to.contain(en.connectors.credentialsTitle);
      expect(textOf(part(element, 'title'))).to.equal(en.connectors.credentialsTitle);
      expect(textOf(part(element, 'credentials-intro'))).to.equal(
        en.connectors.credentialsIntro.replace('{{name}}', 'Checkout reminders'),
      );
      expect(textOf(part(element, 'secret-warning'))).to.equal(en.connectors.secretOnce);
      expect(textOf(part(element, 'client-id')?.querySelector('dt'))).to.equal(en.connectors.clientId);
      expect(textOf(part(element, 'client-secret')?.querySelector('dt'))).to.equal(en.connectors.clientSecret);
      expect(credential(element, 'client-id')).to.equal(stored.clientId);
      expect(credential(element, 'client-secret')).to.equal(issued!.clientSecret);
      // The event tells the host about the connector, never its secret.
      expect(JSON.stringify(created[0]!.detail)).not.to.contain(issued!.clientSecret);

      const copyId = part<HTMLButtonElement>(element, 'copy-client-id-button')!;
      expect(readable(copyId.getAttribute('aria-label'))).to.equal(en.connectors.copyId);
      expect(readable(part(element, 'copy-client-secret-button')!.getAttribute('aria-label'))).to.equal(
        en.connectors.copySecret,
      );
      expect(focused()).to.equal(copyId);
    });

    it('copies each credential when the clipboard is allowed, and says so', async () => {
      const written: string[] = [];
      const restore = stubClipboard((text) => {
        written.push(text);
        return Promise.resolve();
      });
      try {
        const adapter = new IssuingAdapter({ fixtures, latency: 0 });
        const element = await renderForm(adapter, { typeId: 'rest-registry' });
        await createRegistry(element);
        const { connector, clientSecret } = adapter.issued[0]!;

        part<HTMLButtonElement>(element, 'copy-client-secret-button')!.click();
        await until(() => statusText(element) !== '', 'the copy to be confirmed');
        expect(written).to.deep.equal([clientSecret]);
        expect(statusText(element)).to.equal(en.connectors.copiedSecret);
        expect(part(element, 'status')!.getAttribute('role')).to.equal('status');
        expect(textOf(part(element, 'copy-client-secret-button'))).to.equal(en.common.copy);
        expect(textOf(part(element, 'copy-client-id-button'))).to.equal(en.common.copy);

        part<HTMLButtonElement>(element, 'copy-client-id-button')!.click();
        await until(() => statusText(element) === en.connectors.copiedId, 'the ID copy to be confirmed');
        expect(written).to.deep.equal([clientSecret, connector.clientId]);
        expect(textOf(part(element, 'copy-client-id-button'))).to.equal(en.common.copy);
        expect(textOf(part(element, 'copy-client-secret-button'))).to.equal(en.common.copy);
      } finally {
        restore();
      }
    });

    it('selects the credential for the admin to copy when the clipboard is refused', async () => {
      const restore = stubClipboard(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
      try {
        const adapter = new IssuingAdapter({ fixtures, latency: 0 });
        const element = await renderForm(adapter, { typeId: 'rest-registry' });
        await createRegistry(element);
        const { clientSecret } = adapter.issued[0]!;

        part<HTMLButtonElement>(element, 'copy-client-secret-button')!.click();
        await until(() => statusText(element) !== '', 'the fallback message');
        expect(statusText(element)).to.equal(en.connectors.copySelectedText);
        expect(getSelection()?.toString()).to.equal(clientSecret);
        // Nothing reached the clipboard: the button must not claim otherwise.
        expect(textOf(part(element, 'copy-client-secret-button')), 'nothing was copied').to.equal(en.common.copy);
      } finally {
        getSelection()?.removeAllRanges();
        restore();
      }
    });

    it('asks whether the secret was copied before closing: Go back keeps it, Yes, close drops it', async () => {
      let watch: ReturnType<typeof watchForSecret> | undefined;
      const adapter = new IssuingAdapter({ fixtures, latency: 0 });
      adapter.onIssued = (secret) => {
        watch = watchForSecret(secret);
      };
      try {
        const element = await renderForm(adapter, { typeId: 'rest-registry' });
        const closed = collect(element, 'pb-connector-closed');
        await createRegistry(element);
        const { connector, clientSecret } = adapter.issued[0]!;
        expect(watch, 'the backend issued a secret').not.to.equal(undefined);
        // Shown on the page, but nowhere else: no attribute, event, URL, console or storage.
        expect(watch!.leaks()).to.deep.equal([]);

        const close = await pressClose(element);
        expect(textOf(part(element, 'confirm-title'))).to.equal(en.connectors.secretCopiedTitle);
        expect(textOf(confirmDialog(element))).to.contain(en.connectors.secretCopiedBody);
        const back = part<HTMLButtonElement>(element, 'confirm-cancel-button')!;
        expect(textOf(back)).to.equal(en.connectors.goBack);
        expect(textOf(part(element, 'confirm-button'))).to.equal(en.connectors.secretCopiedConfirm);
        expect(focused(), 'the way back is focused first').to.equal(back);

        back.click();
        await until(() => !confirmDialog(element).open, 'the question to close');
        await element.updateComplete;
        expect(closed).to.deep.equal([]);
        expect(credential(element, 'client-secret')).to.equal(clientSecret);
        expect(credential(element, 'client-id')).to.equal(connector.clientId);
        expect(focused(), 'focus back on Close').to.equal(close);

        await pressClose(element);
        part<HTMLButtonElement>(element, 'confirm-button')!.click();
        await until(() => closed.length > 0, 'the form to close');
        await element.updateComplete;
        expect(closed).to.have.length(1);
        expect(closed[0]!.detail).to.deep.equal({ connectorId: connector.id });
        expect(confirmDialog(element)?.open ?? false).to.equal(false);
        expect(part(element, 'credentials')).to.equal(null);
        expect(element.shadowRoot!.innerHTML).not.to.contain(clientSecret!);
        expect(watch!.leaks({ dom: true }), 'the secret left the page').to.deep.equal([]);
      } finally {
        watch?.stop();
      }
    });

    it('asks too when the host closes the form while the credentials show', async () => {
      const adapter = new IssuingAdapter({ fixtures, latency: 0 });
      const element = await renderForm(adapter, { typeId: 'rest-registry' });
      const closed = collect(element, 'pb-connector-closed');
      await createRegistry(element);
      const { clientSecret } = adapter.issued[0]!;

      expect(element.requestClose()).to.equal(false);
      await element.updateComplete;
      await until(() => confirmDialog(element)?.open === true, 'the question whether the secret was copied');
      expect(textOf(part(element, 'confirm-title'))).to.equal(en.connectors.secretCopiedTitle);
      expect(closed).to.deep.equal([]);
      expect(credential(element, 'client-secret')).to.equal(clientSecret);

      part<HTMLButtonElement>(element, 'confirm-button')!.click();
      await until(() => closed.length === 1, 'the form to close');
      await element.updateComplete;
      expect(element.shadowRoot!.innerHTML).not.to.contain(clientSecret!);
    });

    it('says the secret was lost when the create was stored but its answer never arrived', async () => {
      let watch: ReturnType<typeof watchForSecret> | undefined;
      const adapter = new LostAnswerAdapter({ fixtures, latency: 0 });
      adapter.onIssued = (secret) => {
        watch = watchForSecret(secret);
      };
      try {
        const element = await renderForm(adapter, { typeId: 'rest-registry' });
        const created = collect(element, 'pb-connector-created');
        await createRegistry(element, 'Night audit feed');
        expect(watch, 'the backend issued a secret').not.to.equal(undefined);

        const alert = part(element, 'secret-lost');
        expect(alert, 'the lost secret is said').not.to.equal(null);
        expect(alert!.getAttribute('role')).to.equal('alert');
        expect(textOf(alert)).to.equal(en.connectors.secretLost);
        expect(part(element, 'credentials')).to.equal(null);
        expect(part(element, 'client-secret')).to.equal(null);
        expect(watch!.leaks({ dom: true })).to.deep.equal([]);
        // The connector it stored is the one the form now holds, not a second one.
        const mine = await adapter.listConnectors({ owner: 'me', typeId: 'rest-registry' });
        expect(mine.filter((connector) => connector.name === 'Night audit feed')).to.have.length(1);
        expect(created).to.have.length(1);
        expect(created[0]!.detail.connector.name).to.equal('Night audit feed');
      } finally {
        watch?.stop();
      }
    });
  });

  describe('in Russian', () => {
    it('checks, connects and unlocks in Russian', async () => {
      const adapter = newAdapter();
      const element = await renderForm(adapter, { typeId: 'calltrack', lang: 'ru' });
      await until(() => submitLabel(element) === ru.connectors.authorize, 'the Russian strings');
      expect(textOf(part(element, 'title'))).to.equal('Настройка: Ringlytic');
      expect(textOf(part(element, 'step-locked'))).to.equal(ru.connectors.lockedStep);

      await enter(element, 'Название', 'д'.repeat(101));
      expect(errorOf(element, 'Название')).to.equal('Допускается не более 100 символов.');
      await enter(element, 'Название', 'Звонки ресепшн');

      await submit(element);
      expect(errorOf(element, 'Логин')).to.equal(ru.validation.required);
      expect(focused()).to.equal(control(element, 'Логин'));

      await enter(element, 'Логин', LOGIN);
      await enter(element, 'Пароль', 'wrong-password');
      await submit(element);
      expect(errorOf(element, 'Логин')).to.equal(ru.validation['credentials-rejected']);
      expect(part(element, 'step-locked')).not.to.equal(null);

      await enter(element, 'Пароль', PASSWORD);
      await submit(element);
      expect(statusText(element)).to.equal(ru.connectors.authorized);
      await pick(element, 'Какие обращения загружать', 'Только с тегами');
      await until(() => optionsOf(element, 'Теги').length > 0, 'the Russian tags');
      expect(optionsOf(element, 'Теги')).to.include('Заявка на бронирование');
    });

    it('counts saved choices no longer offered with Russian plurals', async () => {
      const adapter = newAdapter();
      const connector = await seedCallTrack(adapter, { tags: ['old-one', 'old-two'], staticChannels: ['seekly-ads'] });
      const element = await renderForm(adapter, { connectorId: connector.id, lang: 'ru' });
      await until(() => part(element, 'options') !== null && textOf(element.shadowRoot).includes('Теги'), 'the tags');
      expect(textOf(field(element, 'Теги').querySelector('[part~="field-help"]'))).to.contain(
        '2 сохранённых варианта больше не предлагаются сервисом.',
      );
      expect(chosenOf(element, 'Теги')).to.deep.equal([
        'old-one (сервис больше не предлагает этот вариант)',
        'old-two (сервис больше не предлагает этот вариант)',
      ]);
      expect(textOf(field(element, 'Пароль'))).to.contain(ru.connectors.secretSet);
    });
  });

  describe('in Turkish', () => {
    it('checks, refuses a taken name and asks before discarding, in Turkish', async () => {
      const adapter = newAdapter();
      const first = await renderForm(adapter, { typeId: 'custom-rest', lang: 'tr' });
      await until(() => submitLabel(first) === tr.common.done, 'the Turkish strings');
      expect(textOf(part(first, 'title'))).to.equal('Özel bağlayıcı kurulumu');
      expect(chosenOf(first, 'Kimlik doğrulama türü')).to.deep.equal(['Temel kimlik doğrulama']);

      await submit(first);
      expect(errorOf(first, 'Ad')).to.equal(tr.validation.required);
      await enter(first, "Kaynak alan adı URL'si", 'http://api.example.com');
      expect(errorOf(first, "Kaynak alan adı URL'si")).to.equal(tr.validation['https-required']);

      await enter(first, 'Ad', 'Rezervasyon API');
      await enter(first, "Kaynak alan adı URL'si", 'https://api.example.com');
      await enter(first, 'Kullanıcı adı', 'svc');
      await enter(first, 'Şifre', 'basic-pass-123');
      await enter(first, "Doğrulama URL'si", 'https://api.example.com/verify');
      await submit(first);
      expect(statusText(first)).to.equal(tr.connectors.saved);

      const second = await renderForm(adapter, { typeId: 'custom-rest', lang: 'tr' });
      await until(() => submitLabel(second) === tr.common.done, 'the Turkish strings');
      await enter(second, 'Ad', 'rezervasyon api');
      await enter(second, "Kaynak alan adı URL'si", 'https://api.example.com');
      await enter(second, 'Kullanıcı adı', 'svc');
      await enter(second, 'Şifre', 'basic-pass-123');
      await enter(second, "Doğrulama URL'si", 'https://api.example.com/verify');
      await submit(second);
      expect(errorOf(second, 'Ad')).to.equal(tr.validation['not-unique']);

      const closed = collect(second, 'pb-connector-closed');
      part<HTMLButtonElement>(second, 'close-button')!.click();
      await second.updateComplete;
      expect(textOf(part(second, 'confirm-title'))).to.equal(tr.connectors.unsavedTitle);
      expect(textOf(part(second, 'confirm-cancel-button'))).to.equal(tr.connectors.keepEditing);
      part<HTMLButtonElement>(second, 'confirm-button')!.click();
      await until(() => closed.length === 1, 'the form to close');
    });
  });
});

/** Fills the custom connector's visible basic fields (the verification URL is hidden by the host). */
async function fillBasicVisible(element: ConnectorFormElement): Promise<void> {
  await enter(element, 'Name', 'Ops API');
  await enter(element, 'Resource domain URL', 'https://api.example.com');
  await enter(element, 'Username', 'svc-account');
  await enter(element, 'Password', 'basic-pass-123');
}
