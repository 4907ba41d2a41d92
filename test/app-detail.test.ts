import './support/no-lit-warnings.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/app-detail/define.js';
import type { AppDetailElement } from '../src/components/app-detail/app-detail.js';
import type { ConnectorFormElement } from '../src/components/connector-form/connector-form.js';
import type { ConsentDialog } from '../src/components/consent-dialog/consent-dialog.js';
import { fixtures } from '../src/api/memory/fixtures.js';
import { CREDENTIALS_LIFETIME_MS, MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import bg from '../src/i18n/locales/bg.json';
import tr from '../src/i18n/locales/tr.json';
import { textOf, waitFor } from './support/wait.js';

const available = fixtures.apps.filter((app) => !app.initialStatus);
const vendorApp = available.find((app) => app.developer === 'vendor' && app.mayChangeFees && app.support.kind === 'vendor')!;
const hostApp = available.find((app) => app.developer === 'host' && app.support.kind === 'host')!;
const expiredApp = fixtures.apps.find((app) => app.initialStatus === 'credentials-expired')!;
const hostile = fixtures.apps.find((app) => app.description.en.includes('<script>'))!;

async function renderDetail(
  appId: string,
  adapter = new MemoryAdapter(),
  options: { lang?: string; now?: () => Date; hostName?: string } = {},
): Promise<AppDetailElement> {
  const element = await fixture<AppDetailElement>(
    html`<app-detail
      lang=${options.lang ?? 'en'}
      app-id=${appId}
      host-name=${options.hostName ?? ''}
      .adapter=${adapter}
      .now=${options.now ?? (() => new Date())}
    ></app-detail>`,
  );
  await waitFor(() => !!element.shadowRoot!.querySelector('[part~="header"], [part~="error"]'), 'the detail');
  await element.updateComplete;
  return element;
}

const root = (element: AppDetailElement) => element.shadowRoot!;
const consentOf = (element: AppDetailElement) => root(element).querySelector('consent-dialog') as ConsentDialog;
const consentPart = (element: AppDetailElement, part: string) =>
  consentOf(element).shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;

async function giveConsents(element: AppDetailElement): Promise<void> {
  root(element).querySelector<HTMLButtonElement>('[part~="activate-button"]')!.click();
  const consent = consentOf(element);
  await consent.updateComplete;
  for (const input of consent.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) input.click();
  await consent.updateComplete;
}

describe('<app-detail>', () => {
  it('passes an axe check', async () => {
    const element = await renderDetail(vendorApp.id);
    await expect(element).to.be.accessible();
  });

  it('describes the app: how it works, data flows, scopes, developer and support', async () => {
    const adapter = new MemoryAdapter();
    const app = await adapter.getApp(vendorApp.id);
    const element = await renderDetail(vendorApp.id, adapter);
    const text = textOf(root(element));
    expect(text).to.contain(app.name);
    expect(text).to.contain(app.description.slice(0, 40));
    for (const flow of app.dataFlows) expect(text).to.contain(flow.description);
    for (const scope of app.dataScopes) expect(text).to.contain(scope.name);
    expect(text).to.contain('Developed by');
    expect(text).to.contain(app.vendor);
    if (app.support.kind === 'vendor' && app.support.email) {
      const mail = root(element).querySelector<HTMLAnchorElement>(`a[href="mailto:${app.support.email}"]`);
      expect(mail).to.not.equal(null);
    }
  });

  it('opens "More information" safely in a new tab', async () => {
    const element = await renderDetail(vendorApp.id);
    const link = root(element).querySelector<HTMLAnchorElement>('[part~="more-info"]')!;
    expect(link.target).to.equal('_blank');
    expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
    expect(link.protocol).to.match(/^https?:$/);
  });

  it('says the host supports and developed a host app, by name when given', async () => {
    const element = await renderDetail(hostApp.id, new MemoryAdapter(), { hostName: 'Hotelio' });
    const text = textOf(root(element));
    expect(text).to.contain('Hotelio support helps you with this integration.');
    const unnamed = await renderDetail(hostApp.id);
    expect(textOf(root(unnamed))).to.contain('Our support team helps you');
  });

  it('renders hostile text from the backend as text', async () => {
    const element = await renderDetail(hostile.id);
    expect(textOf(root(element).querySelector('.description'))).to.contain('<script>');
    expect(root(element).querySelector('.description script, .description img')).to.equal(null);
  });

  it('activates a vendor app after both consents and shows its credentials expiring in 48 hours', async () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const adapter = new MemoryAdapter({ now: () => now.getTime() });
    const element = await renderDetail(vendorApp.id, adapter, { now: () => now });
    await giveConsents(element);
    setTimeout(() => consentPart(element, 'activate-button').click());
    const activated = await oneEvent(element, 'pb-activated');
    expect(activated.detail.activation.status).to.equal('active');
    await element.updateComplete;
    const panel = root(element).querySelector('[part~="credentials"]')!;
    expect(textOf(panel)).to.contain(`sent to ${vendorApp.vendor}`);
    expect(textOf(panel)).to.contain('expire in 48 hours');
    expect(textOf(panel)).to.contain(`Let ${vendorApp.vendor} know`);
    expect(consentOf(element).open).to.equal(false);
    expect(root(element).querySelector('[part~="deactivate-button"]')).to.not.equal(null);
    expect(adapter.consents).to.have.length(1);
  });

  it('keeps the relative expiry live as time passes', async () => {
    let now = new Date('2026-11-23T10:00:00Z');
    const adapter = new MemoryAdapter({ now: () => now.getTime() });
    const element = await renderDetail(vendorApp.id, adapter, { now: () => now });
    await giveConsents(element);
    consentPart(element, 'activate-button').click();
    await waitFor(() => !!root(element).querySelector('[part~="credentials"]'), 'credentials');
    now = new Date(now.getTime() + 45 * 3600 * 1000);
    element.requestUpdate();
    await element.updateComplete;
    expect(textOf(root(element).querySelector('[part~="credentials"]'))).to.contain('expire in 3 hours');
  });

  it('activates once however often Activate is clicked', async () => {
    const adapter = new MemoryAdapter({ latency: 60 });
    const element = await renderDetail(vendorApp.id, adapter);
    await giveConsents(element);
    const button = consentPart(element, 'activate-button');
    button.click();
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitFor(() => !consentOf(element).open, 'the consent dialog to close');
    expect(adapter.consents).to.have.length(1);
    expect((await adapter.getActivation(vendorApp.id)).status).to.equal('active');
  });

  it('keeps the consents and offers Retry when activation fails, then succeeds', async () => {
    const adapter = new MemoryAdapter();
    const element = await renderDetail(vendorApp.id, adapter);
    await giveConsents(element);
    adapter.simulateError('activate', 'server');
    consentPart(element, 'activate-button').click();
    await waitFor(() => !!consentPart(element, 'error'), 'the failure');
    expect(textOf(consentPart(element, 'error'))).to.contain('Activation failed');
    const boxes = consentOf(element).shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
    expect([...boxes].every((box) => box.checked)).to.equal(true);
    const retry = consentPart(element, 'activate-button') as HTMLButtonElement;
    expect(textOf(retry)).to.equal('Try again');
    expect(retry.disabled).to.equal(false);
    retry.click();
    await waitFor(() => !consentOf(element).open, 'the consent dialog to close');
    expect(adapter.consents).to.have.length(1);
  });

  it('puts a host app in configuration, shows its connector form, and turns active once the form is done', async () => {
    const adapter = new MemoryAdapter();
    const element = await renderDetail(hostApp.id, adapter);
    await giveConsents(element);
    consentPart(element, 'activate-button').click();
    await waitFor(() => !!root(element).querySelector('[part~="configuration"]'), 'configuration');
    const section = root(element).querySelector('[part~="configuration"]')!;
    expect(textOf(section)).to.contain('Finish the set-up below');
    expect(textOf(root(element).querySelector('[part~="status"]'))).to.equal('Needs configuration');
    const form = section.querySelector<ConnectorFormElement>('[part~="connector-form"]')!;
    expect(form.getAttribute('type-id')).to.equal(hostApp.connectorTypeId);
    await waitFor(() => !!form.shadowRoot!.querySelector('[part~="submit-button"]'), 'the connector form');
    const fill = async (label: string, value: string) => {
      const labelElement = [...form.shadowRoot!.querySelectorAll('label')].find((candidate) => textOf(candidate).startsWith(label))!;
      const input = form.shadowRoot!.getElementById(labelElement.htmlFor) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await form.updateComplete;
    };
    await fill('Name', 'Front desk');
    await fill('Resource domain URL', 'https://api.example.com');
    await fill('Username', 'frontdesk');
    await fill('Password', 'desk-password');
    await fill('Verification URL', 'https://api.example.com/verify');
    const created: string[] = [];
    const saved: string[] = [];
    form.addEventListener('pb-connector-created', (event) => created.push(event.detail.connector.name));
    form.addEventListener('pb-connector-saved', (event) => saved.push(event.detail.connector.name));
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
    await waitFor(() => textOf(root(element).querySelector('[part~="status"]')) === 'Active', 'the app to turn active');
    // The form's create, not an update, is what the detail page heard.
    expect(created).to.deep.equal(['Front desk']);
    expect(saved).to.deep.equal([]);
    expect(textOf(section)).to.contain('configured and active');
    expect((await adapter.getActivation(hostApp.id)).status).to.equal('active');
  });

  it('offers new credentials when they expired: confirm, deactivate, consent, activate', async () => {
    const adapter = new MemoryAdapter();
    const element = await renderDetail(expiredApp.id, adapter);
    const panel = root(element).querySelector('[part~="credentials"]')!;
    expect(textOf(panel)).to.contain('expired');
    const reissue = [...panel.querySelectorAll('button')].find((button) => textOf(button) === 'Issue new credentials')!;
    reissue.click();
    await element.updateComplete;
    const dialog = root(element).querySelector<HTMLDialogElement>('[part~="confirm-dialog"]')!;
    expect(dialog.open).to.equal(true);
    dialog.querySelector<HTMLButtonElement>('.button.danger')!.click();
    await waitFor(() => consentOf(element).open, 'the consent dialog');
    expect((await adapter.getActivation(expiredApp.id)).status).to.equal('available');
    await giveConsentsInOpenDialog(element);
    consentPart(element, 'activate-button').click();
    await waitFor(() => !consentOf(element).open, 'the activation');
    const activation = await adapter.getActivation(expiredApp.id);
    expect(activation.status).to.equal('active');
    expect(Date.parse(activation.credentials!.expiresAt) - Date.parse(activation.credentials!.issuedAt)).to.equal(
      CREDENTIALS_LIFETIME_MS,
    );
  });

  it('confirms deactivation, saying the vendor contract is not ended, then deactivates', async () => {
    const adapter = new MemoryAdapter();
    const active = fixtures.apps.find((app) => app.initialStatus === 'active' && app.developer === 'vendor')!;
    const element = await renderDetail(active.id, adapter);
    root(element).querySelector<HTMLButtonElement>('[part~="deactivate-button"]')!.click();
    await element.updateComplete;
    const dialog = root(element).querySelector<HTMLDialogElement>('[part~="confirm-dialog"]')!;
    expect(dialog.open).to.equal(true);
    expect(textOf(dialog)).to.contain(`does not end your contract with ${active.vendor}`);
    await expect(element).to.be.accessible();
    const events: string[] = [];
    element.addEventListener('pb-deactivate-request', () => events.push('request'));
    element.addEventListener('pb-deactivated', () => events.push('deactivated'));
    dialog.querySelector<HTMLButtonElement>('.button.danger')!.click();
    await waitFor(() => events.includes('deactivated'), 'deactivation');
    expect(events).to.deep.equal(['request', 'deactivated']);
    expect((await adapter.getActivation(active.id)).status).to.equal('available');
    await element.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(root(element).querySelector('[part~="activate-button"]')).to.not.equal(null);
  });

  it('keeps the app active when the host cancels the request event', async () => {
    const adapter = new MemoryAdapter();
    const active = fixtures.apps.find((app) => app.initialStatus === 'active')!;
    const element = await renderDetail(active.id, adapter);
    element.addEventListener('pb-deactivate-request', (event) => event.preventDefault());
    root(element).querySelector<HTMLButtonElement>('[part~="deactivate-button"]')!.click();
    await element.updateComplete;
    root(element).querySelector<HTMLButtonElement>('[part~="confirm-dialog"] .button.danger')!.click();
    await element.updateComplete;
    expect((await adapter.getActivation(active.id)).status).to.equal('active');
  });

  it('shows a failed deactivation in the dialog, leaving the app active', async () => {
    const adapter = new MemoryAdapter();
    const active = fixtures.apps.find((app) => app.initialStatus === 'active')!;
    const element = await renderDetail(active.id, adapter);
    adapter.simulateError('deactivate', 'network');
    root(element).querySelector<HTMLButtonElement>('[part~="deactivate-button"]')!.click();
    await element.updateComplete;
    const dialog = root(element).querySelector<HTMLDialogElement>('[part~="confirm-dialog"]')!;
    dialog.querySelector<HTMLButtonElement>('.button.danger')!.click();
    await waitFor(() => !!dialog.querySelector('[part~="error"]'), 'the failure');
    expect(textOf(dialog.querySelector('[part~="error"]'))).to.contain('could not reach the server');
    expect(dialog.open).to.equal(true);
    expect((await adapter.getActivation(active.id)).status).to.equal('active');
  });

  it('shows a load failure with Retry that recovers', async () => {
    const adapter = new MemoryAdapter();
    adapter.simulateError('getApp', 'timeout');
    const element = await renderDetail(vendorApp.id, adapter);
    const error = root(element).querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.contain('took too long');
    error.querySelector('button')!.click();
    await waitFor(() => !!root(element).querySelector('[part~="header"]'), 'the detail');
  });

  it('speaks Bulgarian and Turkish', async () => {
    const inBulgarian = await renderDetail(vendorApp.id, new MemoryAdapter(), { lang: 'bg' });
    expect(textOf(root(inBulgarian))).to.contain(bg.detail.howItWorks);
    expect(textOf(root(inBulgarian).querySelector('[part~="activate-button"]'))).to.equal(bg.detail.activate);
    const inTurkish = await renderDetail(vendorApp.id, new MemoryAdapter(), { lang: 'tr' });
    expect(textOf(root(inTurkish))).to.contain(tr.detail.dataScopes);
    await expect(inTurkish).to.be.accessible();
  });
});

async function giveConsentsInOpenDialog(element: AppDetailElement): Promise<void> {
  const consent = consentOf(element);
  await consent.updateComplete;
  for (const input of consent.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    if (!input.checked) input.click();
  }
  await consent.updateComplete;
}
