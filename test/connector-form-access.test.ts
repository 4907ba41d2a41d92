// <connector-form> for everyone: axe (WCAG and best practice) in every step and state, in
// the light and the dark theme; headings at the host's level; set-up by keyboard alone;
// native drop-downs inside a modal dialog and a clipping container.
import './support/no-lit-warnings.js';
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/components/connector-form/define.js';
import type { ConnectorFormElement } from '../src/components/connector-form/connector-form.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import type { Connector } from '../src/api/schemas.js';
import type { PbConnectorCreatedEvent } from '../src/events/connector-created-event.js';
import type { PbConnectorSavedEvent } from '../src/events/connector-saved-event.js';
import en from '../src/i18n/locales/en.json';
import { focused, leave, press, tabTo, type } from './support/keyboard.js';
import { axeViolations, headingLevels, linkThemeSheets } from './support/axe.js';
import { controlId, formPart as part, renderedControl as control } from './support/connector-fields.js';
import { textOf, waitFor } from './support/wait.js';

// ---- helpers ------------------------------------------------------------------------------

// custom-rest: its own name field, then one step (ids by position across the steps).
const CUSTOM = {
  name: 'field-0',
  authType: 'field-1',
  resourceUrl: 'field-2',
  grantType: 'field-3',
  clientId: 'field-4',
  clientSecret: 'field-5',
  tokenUrl: 'field-6',
  scope: 'field-7',
  grantUsername: 'field-8',
  grantPassword: 'field-9',
  grantVerificationUrl: 'field-10',
  username: 'field-11',
  password: 'field-12',
  verificationUrl: 'field-13',
} as const;

// calltrack: the form's own name field (#field-name), then two steps.
const CALLTRACK = {
  authMethod: 'field-0',
  login: 'field-1',
  password: 'field-2',
  apiKey: 'field-3',
  callsToLoad: 'field-4',
  tags: 'field-5',
  channelMode: 'field-6',
  staticChannels: 'field-7',
} as const;

const ACCEPTED = { login: 'demo@example.com', password: 'demo-password' };



linkThemeSheets();

interface Page {
  page: HTMLElement;
  form: ConnectorFormElement;
}

/** A host settings page (a landmark, an h1) holding the form; `headingLevel` 2 unless given. */
async function renderPage(adapter: MemoryAdapter, attributes: TemplateResult): Promise<Page> {
  const page = await fixture<HTMLElement>(html`<main class="page">
    <h1>Settings</h1>
    ${attributes}
  </main>`);
  const form = page.querySelector('connector-form')!;
  form.adapter = adapter;
  await waitFor(() => !!form.shadowRoot?.querySelector('[part~="form"]'), 'the form');
  await form.updateComplete;
  return { page, form };
}

function $<T extends Element = HTMLElement>(form: ConnectorFormElement, selector: string): T | null {
  return form.shadowRoot!.querySelector<T>(selector);
}



function shownErrors(form: ConnectorFormElement): string[] {
  return [...form.shadowRoot!.querySelectorAll('[part~="field-error"]')].map((node) => textOf(node));
}

/** Axe finds nothing in the light theme, then in the dark one; the page returns to light. */
async function expectAccessible(page: Page, state: string): Promise<void> {
  await page.form.updateComplete;
  expect(await axeViolations(page.page), `${state}, light`).to.deep.equal([]);
  page.page.dataset['pbTheme'] = 'dark';
  try {
    // The tokens really changed: the form's text is the dark theme's.
    expect(getComputedStyle(page.form).colorScheme, `${state}: dark theme applied`).to.equal('dark');
    expect(await axeViolations(page.page), `${state}, dark`).to.deep.equal([]);
  } finally {
    delete page.page.dataset['pbTheme'];
  }
}

/** Types into a control as a user does: focus it, select what is there, type over it. */
async function fill(form: ConnectorFormElement, id: string, text: string): Promise<void> {
  const input = control<HTMLInputElement>(form, id);
  input.focus();
  input.select();
  await type(text);
  leave(input);
  await form.updateComplete;
}

function choose(form: ConnectorFormElement, id: string): void {
  control<HTMLInputElement>(form, id).click();
}

async function chooseOption(form: ConnectorFormElement, id: string, value: string): Promise<void> {
  const select = control<HTMLSelectElement>(form, id);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await form.updateComplete;
}

async function submit(form: ConnectorFormElement): Promise<void> {
  part(form, 'submit-button')!.click();
  await form.updateComplete;
}

function statusText(form: ConnectorFormElement): string {
  return textOf(part(form, 'status'));
}

/** Presses ArrowDown in a radio group until `id` has focus and is chosen, as a keyboard user moves through it. */
async function arrowTo(form: ConnectorFormElement, id: string, limit = 6): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (focused()?.id === id && control(form, id).checked) return;
    await press('ArrowDown');
    await form.updateComplete;
  }
  expect(focused()?.id, 'arrow keys reach the option').to.equal(id);
  expect(control(form, id).checked, 'arrow keys choose the option').to.equal(true);
}

/** A calltrack connector the service accepted and that loads tagged calls from static channels. */
async function activeCalltrack(adapter: MemoryAdapter): Promise<Connector> {
  const { connector } = await adapter.createConnector({
    typeId: 'calltrack',
    name: 'Ringlytic calls',
    values: { authMethod: 'login', login: ACCEPTED.login, password: ACCEPTED.password },
  });
  await adapter.authorizeConnector(connector.id);
  await adapter.updateConnector(connector.id, {
    values: { callsToLoad: 'tagged', tags: ['booking-request', 'complaint'], channelMode: 'static', staticChannels: ['seekly-ads'] },
  });
  return adapter.activateConnector(connector.id);
}

/** An active custom connector on basic authentication, its password stored. */
async function activeCustom(adapter: MemoryAdapter): Promise<Connector> {
  const { connector } = await adapter.createConnector({
    typeId: 'custom-rest',
    name: 'Front desk API',
    values: {
      name: 'Front desk API',
      authType: 'basic',
      resourceUrl: 'https://api.frontdesk.example.com',
      username: 'plugboard',
      password: 'stored-password-1',
      verificationUrl: 'https://api.frontdesk.example.com/verify',
    },
  });
  await adapter.authorizeConnector(connector.id);
  return adapter.activateConnector(connector.id);
}

/** Signs a calltrack form in with the accepted credentials and waits for the unlocked step's choices. */
async function authorizeCalltrack(form: ConnectorFormElement): Promise<void> {
  await fill(form, CALLTRACK.login, ACCEPTED.login);
  await fill(form, CALLTRACK.password, ACCEPTED.password);
  const authorized = oneEvent(form, 'pb-connector-authorized');
  await submit(form);
  await authorized;
  await waitFor(() => !!$(form, `#${CALLTRACK.callsToLoad}-0`), 'the unlocked step');
}

// ---- accessibility ------------------------------------------------------------------------

describe('<connector-form> accessibility', () => {
  it('passes axe as it first shows, a custom connector on basic authentication', async () => {
    const page = await renderPage(new MemoryAdapter(), html`<connector-form type-id="custom-rest"></connector-form>`);
    expect(textOf(part(page.form, 'title'))).to.equal('Set up Custom connector');
    expect($(page.form, `#${CUSTOM.username}`), 'basic authentication fields').to.not.equal(null);
    expect($(page.form, `#${CUSTOM.grantType}`), 'no OAuth 2.0 fields').to.equal(null);
    await expectAccessible(page, 'custom-rest, basic');
  });

  it('shows the default option of a radio group chosen as soon as the form appears', async () => {
    const page = await renderPage(new MemoryAdapter(), html`<connector-form type-id="custom-rest"></connector-form>`);
    expect(control(page.form, `${CUSTOM.authType}-0`).checked, 'Basic authentication chosen').to.equal(true);
    expect(control(page.form, `${CUSTOM.authType}-1`).checked).to.equal(false);
  });

  it('passes axe with OAuth 2.0 and the password grant', async () => {
    const page = await renderPage(new MemoryAdapter(), html`<connector-form type-id="custom-rest"></connector-form>`);
    choose(page.form, `${CUSTOM.authType}-1`);
    await page.form.updateComplete;
    await chooseOption(page.form, CUSTOM.grantType, 'password');
    for (const id of [CUSTOM.clientId, CUSTOM.clientSecret, CUSTOM.tokenUrl, CUSTOM.scope, CUSTOM.grantUsername, CUSTOM.grantPassword, CUSTOM.grantVerificationUrl]) {
      expect($(page.form, `#${id}`), id).to.not.equal(null);
    }
    expect($(page.form, `#${CUSTOM.username}`), 'basic fields hidden').to.equal(null);
    await expectAccessible(page, 'custom-rest, oauth2 password grant');
  });

  it('passes axe with validation errors shown on the fields', async () => {
    const page = await renderPage(new MemoryAdapter(), html`<connector-form type-id="custom-rest"></connector-form>`);
    choose(page.form, `${CUSTOM.authType}-1`);
    await page.form.updateComplete;
    await chooseOption(page.form, CUSTOM.grantType, 'password');
    await fill(page.form, CUSTOM.resourceUrl, 'http://insecure.example.com');
    await submit(page.form);
    await waitFor(() => shownErrors(page.form).length > 0, 'the messages');
    expect(shownErrors(page.form)).to.include(en.validation.required);
    expect(shownErrors(page.form)).to.include(en.validation['https-required']);
    expect(control(page.form, CUSTOM.name).getAttribute('aria-invalid')).to.equal('true');
    expect(focused()?.id, 'the first refused field has focus').to.equal(CUSTOM.name);
    await expectAccessible(page, 'validation errors');
  });

  it('passes axe in the calltrack sign-in step, the later step locked', async () => {
    const page = await renderPage(new MemoryAdapter(), html`<connector-form type-id="calltrack"></connector-form>`);
    expect(part(page.form, 'warning')).to.not.equal(null);
    expect(part(page.form, 'prerequisites')).to.not.equal(null);
    expect(textOf(part(page.form, 'step-locked'))).to.equal(en.connectors.lockedStep);
    expect(textOf(part(page.form, 'submit-button'))).to.equal(en.connectors.authorize);
    expect(control(page.form, 'field-name').value).to.equal('Ringlytic');
    await expectAccessible(page, 'calltrack step 1');
  });

  it('passes axe in the unlocked calltrack step with tags and static channels chosen', async () => {
    const page = await renderPage(new MemoryAdapter(), html`<connector-form type-id="calltrack"></connector-form>`);
    await authorizeCalltrack(page.form);
    expect(part(page.form, 'step-locked')).to.equal(null);
    choose(page.form, `${CALLTRACK.callsToLoad}-2`);
    choose(page.form, `${CALLTRACK.channelMode}-1`);
    await page.form.updateComplete;
    await waitFor(() => !!$(page.form, `#${CALLTRACK.tags}-1`) && !!$(page.form, `#${CALLTRACK.staticChannels}-1`), 'the remote choices');
    choose(page.form, `${CALLTRACK.tags}-0`);
    choose(page.form, `${CALLTRACK.tags}-1`);
    choose(page.form, `${CALLTRACK.staticChannels}-0`);
    await page.form.updateComplete;
    expect(textOf($(page.form, `label[for="${CALLTRACK.tags}-0"]`))).to.equal('Booking request');
    expect(statusText(page.form)).to.equal(en.connectors.authorized);
    await expectAccessible(page, 'calltrack step 2');
  });

  it('passes axe editing a connector whose secret is stored, and while replacing it', async () => {
    const adapter = new MemoryAdapter();
    const connector = await activeCustom(adapter);
    const page = await renderPage(adapter, html`<connector-form connector-id=${connector.id}></connector-form>`);
    expect(textOf(part(page.form, 'title'))).to.equal('Front desk API');
    expect(textOf(part(page.form, 'secret-set'))).to.contain(en.connectors.secretSet);
    expect($(page.form, `#${CUSTOM.password}`), 'no input for the stored secret').to.equal(null);
    expect(textOf(part(page.form, 'connector-status'))).to.equal(en.connectors.status.active);
    await expectAccessible(page, 'edit, secret stored');
    part(page.form, 'replace-button')!.click();
    await waitFor(() => !!$(page.form, `#${CUSTOM.password}`), 'the secret input');
    expect(focused()?.id).to.equal(CUSTOM.password);
    expect(part(page.form, 'keep-button')).to.not.equal(null);
    await expectAccessible(page, 'edit, replacing the secret');
  });

  it('passes axe reconnecting a connector with new credentials', async () => {
    const adapter = new MemoryAdapter();
    const connector = await activeCalltrack(adapter);
    const page = await renderPage(adapter, html`<connector-form connector-id=${connector.id} mode="reconnect"></connector-form>`);
    expect(textOf(part(page.form, 'title'))).to.equal('Reconnect Ringlytic calls');
    expect(textOf(part(page.form, 'intro'))).to.equal(en.connectors.reconnectIntro);
    expect(textOf(part(page.form, 'submit-button'))).to.equal(en.connectors.reconnect);
    expect($(page.form, `#${CALLTRACK.callsToLoad}-0`), 'the settings are not part of reconnecting').to.equal(null);
    expect($(page.form, `#${CALLTRACK.password}`), 'a new password is asked').to.not.equal(null);
    await expectAccessible(page, 'reconnect');
  });

  it('passes axe with the confirmation dialog open', async () => {
    const adapter = new MemoryAdapter();
    const connector = await activeCustom(adapter);
    const page = await renderPage(adapter, html`<connector-form connector-id=${connector.id}></connector-form>`);
    part(page.form, 'delete-button')!.click();
    await page.form.updateComplete;
    const dialog = part(page.form, 'confirm-dialog') as HTMLDialogElement;
    await waitFor(() => dialog.open, 'the dialog');
    expect(textOf(part(page.form, 'confirm-title'))).to.equal('Delete Front desk API?');
    await expectAccessible(page, 'confirm delete');
    dialog.close();
    await page.form.updateComplete;
    // The unsaved-changes confirmation.
    await fill(page.form, CUSTOM.username, 'someone-else');
    part(page.form, 'close-button')!.click();
    await waitFor(() => dialog.open, 'the discard dialog');
    expect(textOf(part(page.form, 'confirm-title'))).to.equal(en.connectors.unsavedTitle);
    await expectAccessible(page, 'confirm discard');
  });

  it('passes axe with a new registry connector\'s credentials shown, the close question open, and a copy said', async () => {
    const page = await renderPage(new MemoryAdapter(), html`<connector-form type-id="rest-registry"></connector-form>`);
    await fill(page.form, controlId('rest-registry', 'name'), 'Checkout reminders');
    await fill(page.form, controlId('rest-registry', 'description'), 'Sends the late checkout reminder.');
    const created = oneEvent(page.form, 'pb-connector-created');
    await submit(page.form);
    await created;
    await waitFor(() => !!part(page.form, 'credentials'), 'the credentials');
    expect(part(page.form, 'title')!.localName, 'the credentials heading at the host level').to.equal('h2');
    expect(textOf(part(page.form, 'title'))).to.equal(en.connectors.credentialsTitle);
    expect(textOf(part(page.form, 'client-secret')?.querySelector('[part~="credential-value"]'))).to.not.equal('');
    await expectAccessible(page, 'credentials');

    part(page.form, 'credentials-close-button')!.click();
    const dialog = part(page.form, 'confirm-dialog') as HTMLDialogElement;
    await waitFor(() => dialog.open, 'the question whether the secret was copied');
    expect(textOf(part(page.form, 'confirm-title'))).to.equal(en.connectors.secretCopiedTitle);
    await expectAccessible(page, 'credentials, close question');
    part(page.form, 'confirm-cancel-button')!.click();
    await waitFor(() => !dialog.open, 'Go back');

    // A copy the clipboard took, then one it refused (the secret selected instead).
    for (const [state, writeText, said] of [
      ['copied', () => Promise.resolve(), en.connectors.copiedSecret],
      ['copy refused', () => Promise.reject(new DOMException('Denied.', 'NotAllowedError')), en.connectors.copySelectedText],
    ] as const) {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      try {
        part(page.form, 'copy-client-secret-button')!.click();
        await waitFor(() => statusText(page.form) === said, `the message: ${state}`);
        await expectAccessible(page, `credentials, ${state}`);
      } finally {
        delete (navigator as { clipboard?: Clipboard }).clipboard;
        getSelection()?.removeAllRanges();
      }
    }
  });

  it('puts its headings at the host page level', async () => {
    const adapter = new MemoryAdapter();
    const connector = await activeCalltrack(adapter);
    for (const level of [2, 3, 4]) {
      const page = await fixture<HTMLElement>(html`<main class="page">
        <h1>Settings</h1>
        ${level >= 3 ? html`<h2>Integrations</h2>` : null} ${level >= 4 ? html`<h3>Call tracking</h3>` : null}
        <connector-form heading-level=${level} connector-id=${connector.id} .adapter=${adapter}></connector-form>
      </main>`);
      const form = page.querySelector('connector-form')!;
      await waitFor(() => !!part(form, 'manage'), 'the form');
      await waitFor(() => !!$(form, `#${CALLTRACK.callsToLoad}-0`), 'the settings');
      const own = headingLevels(form.shadowRoot!);
      expect(part(form, 'title')!.localName, `level ${level}`).to.equal(`h${level}`);
      // Title, then prerequisites, both steps and the manage section one below it; the dialog's title one below too.
      expect(own, `level ${level}`).to.deep.equal([level, level + 1, level + 1, level + 1, level + 1, level + 1]);
      expect(await axeViolations(page), `level ${level}`).to.deep.equal([]);
      fixtureCleanup();
    }
  });
});

// ---- keyboard only ------------------------------------------------------------------------

describe('<connector-form> by keyboard alone', () => {
  it('creates a custom connector with OAuth 2.0 and the password grant', async () => {
    const adapter = new MemoryAdapter();
    const { form } = await renderPage(adapter, html`<connector-form type-id="custom-rest"></connector-form>`);
    const created = oneEvent(form, 'pb-connector-created');
    const updates: Event[] = [];
    form.addEventListener('pb-connector-saved', (event) => updates.push(event));

    await tabTo((element) => element.id === CUSTOM.name);
    await type('Channel sync');
    await press('Tab');
    expect(focused()?.id, 'the radio group is one stop, on the chosen option').to.equal(`${CUSTOM.authType}-0`);
    await press('ArrowDown');
    expect(focused()?.id).to.equal(`${CUSTOM.authType}-1`);
    await form.updateComplete;
    expect(control(form, `${CUSTOM.authType}-1`).checked, 'arrow keys choose OAuth 2.0').to.equal(true);

    await press('Tab');
    expect(focused()?.id).to.equal(CUSTOM.resourceUrl);
    await type('https://api.channels.example.com');
    await press('Tab');
    expect(focused()?.id).to.equal(CUSTOM.grantType);
    await press('ArrowDown');
    await form.updateComplete;
    expect(control<HTMLSelectElement>(form, CUSTOM.grantType).value, 'the arrow key picks the password grant').to.equal('password');

    const answers: [string, string][] = [
      [CUSTOM.clientId, 'channel-sync-client'],
      [CUSTOM.clientSecret, 'client-secret-value'],
      [CUSTOM.tokenUrl, 'https://auth.channels.example.com/token'],
      [CUSTOM.scope, 'read write'],
      [CUSTOM.grantUsername, 'sync-service'],
      [CUSTOM.grantPassword, 'grant-password-value'],
      [CUSTOM.grantVerificationUrl, 'https://auth.channels.example.com/verify'],
    ];
    for (const [id, text] of answers) {
      await press('Tab');
      expect(focused()?.id, `Tab reaches ${id} in order`).to.equal(id);
      await type(text);
    }
    await press('Enter');

    const { detail } = (await created) as PbConnectorCreatedEvent;
    expect(detail.connector.status).to.equal('active');
    expect(detail.connector.name).to.equal('Channel sync');
    expect(detail.connector.values).to.include({
      authType: 'oauth2',
      grantType: 'password',
      resourceUrl: 'https://api.channels.example.com',
      clientId: 'channel-sync-client',
      tokenUrl: 'https://auth.channels.example.com/token',
      scope: 'read write',
      passwordGrantUsername: 'sync-service',
      passwordGrantVerificationUrl: 'https://auth.channels.example.com/verify',
    });
    expect([...detail.connector.secretsSet].sort()).to.deep.equal(['clientSecret', 'passwordGrantPassword']);
    await waitFor(() => statusText(form) === en.connectors.saved, 'the saved status');
    expect(updates, 'a create is not an update').to.deep.equal([]);
  });

  it('authorizes a calltrack connector and chooses tagged calls and static channels', async () => {
    const adapter = new MemoryAdapter();
    const { form } = await renderPage(adapter, html`<connector-form type-id="calltrack"></connector-form>`);
    const authorized = oneEvent(form, 'pb-connector-authorized');

    await tabTo((element) => element.id === 'field-name');
    await press('Tab');
    expect(focused()?.id).to.equal(`${CALLTRACK.authMethod}-0`);
    await press('Tab');
    expect(focused()?.id).to.equal(CALLTRACK.login);
    await type(ACCEPTED.login);
    await press('Tab');
    expect(focused()?.id).to.equal(CALLTRACK.password);
    await type(ACCEPTED.password);
    await tabTo((element) => element.getAttribute('part') === 'submit-button');
    expect(textOf(focused())).to.equal(en.connectors.authorize);
    await press('Enter');
    await authorized;

    // The unlocked step's first field takes focus (on which option: the test after this one).
    await waitFor(() => focused()?.id.startsWith(`${CALLTRACK.callsToLoad}-`) === true, 'focus on the unlocked step');
    await arrowTo(form, `${CALLTRACK.callsToLoad}-2`);
    await waitFor(() => !!$(form, `#${CALLTRACK.tags}-1`), 'the tags from the service');
    await press('Tab');
    expect(focused()?.id).to.equal(`${CALLTRACK.tags}-0`);
    await press('Space');
    await press('Tab');
    expect(focused()?.id).to.equal(`${CALLTRACK.tags}-1`);
    await press('Space');

    await tabTo((element) => element.id.startsWith(`${CALLTRACK.channelMode}-`));
    await arrowTo(form, `${CALLTRACK.channelMode}-1`);
    await waitFor(() => !!$(form, `#${CALLTRACK.staticChannels}-1`), 'the channels from the service');
    await press('Tab');
    expect(focused()?.id).to.equal(`${CALLTRACK.staticChannels}-0`);
    await press('Space');
    await press('Tab');
    expect(focused()?.id).to.equal(`${CALLTRACK.staticChannels}-1`);
    await press('Space');

    await tabTo((element) => element.getAttribute('part') === 'submit-button');
    expect(textOf(focused())).to.equal(en.common.done);
    const saved = oneEvent(form, 'pb-connector-saved');
    await press('Enter');
    const { detail } = (await saved) as PbConnectorSavedEvent;
    expect(detail.connector.status).to.equal('active');

    const stored = await adapter.getConnector(detail.connector.id);
    expect(stored.status).to.equal('active');
    expect(stored.name).to.equal('Ringlytic');
    expect(stored.values).to.deep.include({
      authMethod: 'login',
      login: ACCEPTED.login,
      callsToLoad: 'tagged',
      tags: ['booking-request', 'group-booking'],
      channelMode: 'static',
      staticChannels: ['seekly-ads', 'travelgram-ads'],
    });
    await waitFor(() => statusText(form) === en.connectors.saved, 'the saved status');
  });

  it('puts focus on the chosen option of the unlocked step after authorizing', async () => {
    const { form } = await renderPage(new MemoryAdapter(), html`<connector-form type-id="calltrack"></connector-form>`);
    await tabTo((element) => element.id === CALLTRACK.login);
    await type(ACCEPTED.login);
    await press('Tab');
    await type(ACCEPTED.password);
    const authorized = oneEvent(form, 'pb-connector-authorized');
    await press('Enter');
    await authorized;
    await waitFor(() => focused()?.id.startsWith(`${CALLTRACK.callsToLoad}-`) === true, 'focus on the unlocked step');
    expect(focused()?.id).to.equal(`${CALLTRACK.callsToLoad}-0`);
    expect(control(form, `${CALLTRACK.callsToLoad}-0`).checked).to.equal(true);
  });
});

// ---- native controls wherever it is placed ------------------------------------------------

describe('<connector-form> in confined hosts', () => {
  /** What a custom drop-down would bring: popovers, listboxes, positioned layers of its own. */
  function customPositioned(form: ConnectorFormElement): string[] {
    const found: string[] = [];
    for (const element of form.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
      const role = element.getAttribute('role');
      if (element.hasAttribute('popover') || role === 'listbox' || role === 'combobox' || role === 'menu' || role === 'option') {
        found.push(`<${element.localName} ${role ?? 'popover'}>`);
        continue;
      }
      const { position } = getComputedStyle(element);
      const hidden = element.classList.contains('visually-hidden') || element.localName === 'dialog';
      if ((position === 'fixed' || position === 'absolute') && !hidden) found.push(`<${element.localName}> ${position}`);
    }
    return found;
  }

  async function pickPasswordGrantByKeyboard(form: ConnectorFormElement): Promise<void> {
    choose(form, `${CUSTOM.authType}-1`);
    await form.updateComplete;
    const select = control<HTMLSelectElement>(form, CUSTOM.grantType);
    expect(select).to.be.instanceOf(HTMLSelectElement);
    expect(select.localName).to.equal('select');
    expect(select.multiple).to.equal(false);
    expect([...select.options].map((option) => option.value)).to.deep.equal(['client-credentials', 'password']);
    select.focus();
    await press('ArrowDown');
    await form.updateComplete;
    expect(select.value).to.equal('password');
    await waitFor(() => !!$(form, `#${CUSTOM.grantUsername}`), 'the password grant fields');
    expect(customPositioned(form)).to.deep.equal([]);
  }

  it('uses a native select for the grant type inside a modal <dialog>', async () => {
    const adapter = new MemoryAdapter();
    const dialog = await fixture<HTMLDialogElement>(html`<dialog aria-label="New connector">
      <connector-form type-id="custom-rest" .adapter=${adapter}></connector-form>
    </dialog>`);
    dialog.showModal();
    const form = dialog.querySelector('connector-form')!;
    await waitFor(() => !!form.shadowRoot?.querySelector('[part~="form"]'), 'the form');
    await pickPasswordGrantByKeyboard(form);
    expect(await axeViolations(dialog)).to.deep.equal([]);
    dialog.close();
  });

  it('uses a native select for the grant type inside a small container that clips', async () => {
    const adapter = new MemoryAdapter();
    const box = await fixture<HTMLElement>(html`<main>
      <h1>Settings</h1>
      <div class="clip">
        <connector-form type-id="custom-rest" .adapter=${adapter}></connector-form>
      </div>
    </main>`);
    const clip = box.querySelector<HTMLElement>('.clip')!;
    clip.style.overflow = 'hidden';
    clip.style.width = '280px';
    clip.style.height = '240px';
    const form = box.querySelector('connector-form')!;
    await waitFor(() => !!form.shadowRoot?.querySelector('[part~="form"]'), 'the form');
    await pickPasswordGrantByKeyboard(form);
  });
});
