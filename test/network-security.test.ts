import './support/no-lit-warnings.js';
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/network-security/define.js';
import type { NetworkSecurityElement } from '../src/components/network-security/network-security.js';
import { validationError } from '../src/api/errors.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import type { NetworkSecurity, TrustedNetwork } from '../src/api/schemas.js';
import type { PbErrorEvent } from '../src/events/error-event.js';
import type { PbNetworkSecurityChangeEvent } from '../src/events/network-security-change-event.js';
import en from '../src/i18n/locales/en.json';
import { provideAdapter } from '../src/internal/adapter-context.js';
import ru from '../src/i18n/locales/ru.json';
import tr from '../src/i18n/locales/tr.json';
import { focused, press, tabTo, type } from './support/keyboard.js';
import { readable } from './support/wait.js';

// ---- helpers ------------------------------------------------------------------------------

/** Counts the saves that reach the backend, to prove client-side checks stop the others. */
class CountingAdapter extends MemoryAdapter {
  saves = 0;

  override setNetworkSecurity(settings: NetworkSecurity): Promise<NetworkSecurity> {
    this.saves += 1;
    return super.setNetworkSecurity(settings);
  }
}

/** Polls `condition` (up to 50 × 20 ms), for what happens after an adapter call settles. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 50 && !condition(); attempt += 1) await aTimeout(20);
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

function part<T extends HTMLElement = HTMLElement>(element: NetworkSecurityElement, name: string): T | null {
  return element.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

function parts<T extends HTMLElement = HTMLElement>(element: NetworkSecurityElement, name: string): T[] {
  return [...element.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function radio(element: NetworkSecurityElement, mode: NetworkSecurity['mode']): HTMLInputElement {
  return element.shadowRoot!.querySelector<HTMLInputElement>(`input[name="mode"][value="${mode}"]`)!;
}

function checkedMode(element: NetworkSecurityElement): string | undefined {
  return element.shadowRoot!.querySelector<HTMLInputElement>('input[name="mode"]:checked')?.value;
}

function listedAddresses(element: NetworkSecurityElement): string[] {
  return parts(element, 'address').map(text);
}

function addressInput(element: NetworkSecurityElement): HTMLInputElement {
  return part<HTMLInputElement>(element, 'address-input')!;
}

function labelInput(element: NetworkSecurityElement): HTMLInputElement {
  return part<HTMLInputElement>(element, 'label-input')!;
}

function confirmDialog(element: NetworkSecurityElement): HTMLDialogElement {
  return part<HTMLDialogElement>(element, 'confirm-dialog')!;
}

function isSaving(element: NetworkSecurityElement): boolean {
  return part<HTMLButtonElement>(element, 'add-button')?.disabled ?? false;
}

/** Lets a save that may have started run to its end. */
async function settle(element: NetworkSecurityElement): Promise<void> {
  await element.updateComplete;
  await until(() => !isSaving(element), 'the save to finish');
  await element.updateComplete;
}

async function seed(adapter: MemoryAdapter, settings: NetworkSecurity): Promise<void> {
  await adapter.setNetworkSecurity(settings);
}

function networks(count: number): TrustedNetwork[] {
  return Array.from({ length: count }, (_, index) => ({ address: `10.0.${index}.0/24`, label: `Site ${index + 1}` }));
}

async function renderElement(adapter: MemoryAdapter, lang = 'en'): Promise<NetworkSecurityElement> {
  const element = await fixture<NetworkSecurityElement>(
    html`<network-security lang=${lang} .adapter=${adapter}></network-security>`,
  );
  await until(() => part(element, 'mode') !== null || part(element, 'retry-button') !== null, 'the settings to load');
  await element.updateComplete;
  return element;
}

/** Fills the add form as a user would (input events) and presses Add. */
async function submitNetwork(element: NetworkSecurityElement, address: string, label = ''): Promise<void> {
  for (const [input, value] of [
    [addressInput(element), address],
    [labelInput(element), label],
  ] as const) {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  part(element, 'add-button')!.click();
  await settle(element);
}

function removeButtonFor(element: NetworkSecurityElement, address: string): HTMLButtonElement {
  const button = parts<HTMLButtonElement>(element, 'remove-button').find(
    (candidate) => readable(candidate.getAttribute('aria-label')) === en.network.removeNetwork.replace('{{address}}', address),
  );
  if (!button) throw new Error(`no Remove button for ${address}`);
  return button;
}

function fieldErrorOf(element: NetworkSecurityElement, input: HTMLInputElement): string {
  const id = input.getAttribute('aria-describedby');
  return id ? text(element.shadowRoot!.getElementById(id)) : '';
}

// ---- tests --------------------------------------------------------------------------------

describe('<network-security>', () => {
  it('passes an axe check once loaded', async () => {
    const adapter = new MemoryAdapter();
    await seed(adapter, { mode: 'restricted', trustedNetworks: networks(2) });
    const element = await renderElement(adapter);
    await expect(element).to.be.accessible();
  });

  it('passes an axe check with the confirmation dialog open', async () => {
    const element = await renderElement(new MemoryAdapter());
    radio(element, 'restricted').click();
    await element.updateComplete;
    expect(confirmDialog(element).open).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('shows a loading status, then the saved mode, list and count', async () => {
    const adapter = new MemoryAdapter({ latency: 60 });
    await seed(adapter, { mode: 'restricted', trustedNetworks: [{ address: '203.0.113.0/24', label: 'Head office' }] });
    const element = await fixture<NetworkSecurityElement>(html`<network-security .adapter=${adapter}></network-security>`);
    const loading = element.shadowRoot!.querySelector('[role="status"]');
    expect(text(loading)).to.equal(en.common.loading);
    await until(() => part(element, 'mode') !== null, 'the settings to load');
    await element.updateComplete;
    expect(text(part(element, 'title'))).to.equal(en.network.title);
    expect(text(part(element, 'mode')!.querySelector('legend'))).to.equal(en.network.mode);
    expect(checkedMode(element)).to.equal('restricted');
    expect(fieldErrorOf(element, radio(element, 'restricted'))).to.equal(en.network.restrictedHint);
    expect(listedAddresses(element)).to.deep.equal(['203.0.113.0/24']);
    expect(text(part(element, 'row-label'))).to.equal('Head office');
    expect(text(part(element, 'count'))).to.equal('1 trusted network');
    expect(part(element, 'empty')).to.equal(null);
  });

  it('says so when no network is trusted', async () => {
    const element = await renderElement(new MemoryAdapter());
    expect(checkedMode(element)).to.equal('unrestricted');
    expect(text(part(element, 'empty'))).to.equal(en.network.empty);
    expect(part(element, 'list')).to.equal(null);
  });

  it('adds IPv4, IPv6 and CIDR networks and saves them through the adapter', async () => {
    const adapter = new MemoryAdapter();
    const element = await renderElement(adapter);
    const added: TrustedNetwork[] = [
      { address: '198.51.100.7', label: 'Office' },
      { address: '2001:db8::1', label: 'VPN' },
      { address: '192.0.2.0/24', label: 'Data centre' },
      { address: '2001:db8:abcd::/48', label: '' },
    ];
    for (const network of added) {
      await submitNetwork(element, `  ${network.address} `, network.label);
      await until(() => listedAddresses(element).includes(network.address), `${network.address} to be listed`);
    }
    expect(listedAddresses(element)).to.deep.equal(added.map((network) => network.address));
    expect(text(part(element, 'count'))).to.equal('4 trusted networks');
    expect((await adapter.getNetworkSecurity()).trustedNetworks).to.deep.equal(added);
    expect(addressInput(element).value).to.equal('');
    expect(labelInput(element).value).to.equal('');
    await until(() => focused() === addressInput(element), 'focus to return to the address field');
    expect(text(part(element, 'status'))).to.equal(en.network.saved);
  });

  it('refuses an address that is not IPv4, IPv6 or CIDR, keeping what was typed', async () => {
    const adapter = new CountingAdapter();
    const element = await renderElement(adapter);
    for (const address of ['300.1.2.3', '10.0.0.0/33', 'office.example.com']) {
      await submitNetwork(element, address, 'Office');
      const input = addressInput(element);
      expect(input.getAttribute('aria-invalid'), address).to.equal('true');
      expect(fieldErrorOf(element, input), address).to.equal(en.validation['invalid-address']);
      expect(input.value).to.equal(address);
      expect(labelInput(element).value).to.equal('Office');
      expect(focused()).to.equal(input);
    }
    expect(adapter.saves).to.equal(0);
    expect(listedAddresses(element)).to.deep.equal([]);
    expect((await adapter.getNetworkSecurity()).trustedNetworks).to.deep.equal([]);
  });

  it('asks for an address when there is none, then clears the message once it is fixed', async () => {
    const element = await renderElement(new MemoryAdapter());
    await submitNetwork(element, '   ', 'Office');
    expect(fieldErrorOf(element, addressInput(element))).to.equal(en.validation.required);
    await submitNetwork(element, '198.51.100.7', 'Office');
    await until(() => listedAddresses(element).length === 1, 'the network to be listed');
    expect(addressInput(element).hasAttribute('aria-invalid')).to.equal(false);
    expect(part(element, 'field-error')).to.equal(null);
  });

  it('refuses an address already in the list, whatever its case and spaces', async () => {
    const adapter = new CountingAdapter();
    await seed(adapter, { mode: 'unrestricted', trustedNetworks: [{ address: '2001:db8::1', label: 'VPN' }] });
    adapter.saves = 0;
    const element = await renderElement(adapter);
    await submitNetwork(element, ' 2001:DB8::1 ', 'Again');
    expect(adapter.saves).to.equal(0);
    expect(fieldErrorOf(element, addressInput(element))).to.equal(en.validation['duplicate-address']);
    expect(addressInput(element).value).to.equal(' 2001:DB8::1 ');
    expect(listedAddresses(element)).to.deep.equal(['2001:db8::1']);
    expect((await adapter.getNetworkSecurity()).trustedNetworks).to.have.length(1);
  });

  it('removes a network, saves at once and keeps focus in the list', async () => {
    const adapter = new MemoryAdapter();
    await seed(adapter, { mode: 'restricted', trustedNetworks: networks(3) });
    const element = await renderElement(adapter);
    removeButtonFor(element, '10.0.1.0/24').click();
    await settle(element);
    await until(() => listedAddresses(element).length === 2, 'the row to go');
    expect(listedAddresses(element)).to.deep.equal(['10.0.0.0/24', '10.0.2.0/24']);
    expect((await adapter.getNetworkSecurity()).trustedNetworks.map((network) => network.address)).to.deep.equal([
      '10.0.0.0/24',
      '10.0.2.0/24',
    ]);
    await until(() => focused() === removeButtonFor(element, '10.0.2.0/24'), 'focus on the next row');
    expect(text(part(element, 'status'))).to.equal(en.network.saved);
  });

  it('removes the last network with the keyboard and moves focus to the address field', async () => {
    const adapter = new MemoryAdapter();
    await seed(adapter, { mode: 'unrestricted', trustedNetworks: networks(1) });
    const element = await renderElement(adapter);
    await tabTo((active) => active === part(element, 'remove-button'));
    await press('Enter');
    await until(() => part(element, 'empty') !== null, 'the list to empty');
    await until(() => focused() === addressInput(element), 'focus on the address field');
    expect((await adapter.getNetworkSecurity()).trustedNetworks).to.deep.equal([]);
  });

  it('names each Remove button after its network', async () => {
    const adapter = new MemoryAdapter();
    await seed(adapter, { mode: 'unrestricted', trustedNetworks: [{ address: '192.0.2.1', label: '' }] });
    const element = await renderElement(adapter);
    const button = part(element, 'remove-button')!;
    expect(readable(button.getAttribute('aria-label'))).to.equal('Remove 192.0.2.1');
    expect(text(button)).to.equal(en.common.remove);
  });

  it('asks before restricting with an empty list: Cancel keeps it unrestricted, confirming saves', async () => {
    const adapter = new MemoryAdapter();
    const element = await renderElement(adapter);
    const dialog = confirmDialog(element);
    radio(element, 'restricted').click();
    await element.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    const title = element.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(text(title)).to.equal(en.network.emptyRestrictedTitle);
    expect(text(dialog)).to.contain(en.network.emptyRestrictedBody);

    part(element, 'confirm-cancel-button')!.click();
    await element.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(checkedMode(element)).to.equal('unrestricted');
    expect((await adapter.getNetworkSecurity()).mode).to.equal('unrestricted');

    radio(element, 'restricted').click();
    await element.updateComplete;
    expect(dialog.open).to.equal(true);
    part(element, 'confirm-button')!.click();
    await settle(element);
    await until(() => text(part(element, 'status')) === en.network.saved, 'the save');
    expect(dialog.open).to.equal(false);
    expect(checkedMode(element)).to.equal('restricted');
    expect(await adapter.getNetworkSecurity()).to.deep.equal({ mode: 'restricted', trustedNetworks: [] });
  });

  it('treats Escape in the confirmation as Cancel and returns focus to the radio', async () => {
    const adapter = new MemoryAdapter();
    const element = await renderElement(adapter);
    radio(element, 'unrestricted').focus();
    await press('ArrowDown');
    await element.updateComplete;
    const dialog = confirmDialog(element);
    expect(dialog.open).to.equal(true);
    expect(focused()).to.equal(part(element, 'confirm-cancel-button'));
    await press('Escape');
    await until(() => !dialog.open, 'the dialog to close');
    await element.updateComplete;
    expect(checkedMode(element)).to.equal('unrestricted');
    await until(() => focused() === radio(element, 'restricted'), 'focus back on the radio');
    expect((await adapter.getNetworkSecurity()).mode).to.equal('unrestricted');
  });

  it('switches modes without asking when networks are trusted', async () => {
    const adapter = new MemoryAdapter();
    await seed(adapter, { mode: 'unrestricted', trustedNetworks: networks(1) });
    const element = await renderElement(adapter);
    radio(element, 'restricted').click();
    await element.updateComplete;
    expect(confirmDialog(element).open).to.equal(false);
    await settle(element);
    await until(() => text(part(element, 'status')) === en.network.saved, 'the save');
    expect((await adapter.getNetworkSecurity()).mode).to.equal('restricted');
    radio(element, 'unrestricted').click();
    await settle(element);
    await until(() => checkedMode(element) === 'unrestricted', 'the mode to show');
    expect((await adapter.getNetworkSecurity()).mode).to.equal('unrestricted');
  });

  it('disables the controls while a save runs', async () => {
    const adapter = new MemoryAdapter({ latency: 80 });
    await seed(adapter, { mode: 'unrestricted', trustedNetworks: networks(1) });
    const element = await renderElement(adapter);
    radio(element, 'restricted').click();
    await element.updateComplete;
    expect(part<HTMLFieldSetElement>(element, 'mode')!.disabled).to.equal(true);
    expect(part<HTMLButtonElement>(element, 'remove-button')!.disabled).to.equal(true);
    expect(part<HTMLButtonElement>(element, 'add-button')!.disabled).to.equal(true);
    expect(text(part(element, 'status'))).to.equal(en.common.saving);
    await settle(element);
    expect(part<HTMLFieldSetElement>(element, 'mode')!.disabled).to.equal(false);
    expect(part<HTMLButtonElement>(element, 'remove-button')!.disabled).to.equal(false);
    expect(checkedMode(element)).to.equal('restricted');
  });

  it('shows a load failure with Try again, which recovers', async () => {
    const adapter = new MemoryAdapter();
    adapter.simulateError('getNetworkSecurity', 'server');
    const errors: string[] = [];
    const element = await fixture<NetworkSecurityElement>(
      html`<network-security
        .adapter=${adapter}
        @pb-error=${(event: PbErrorEvent) => errors.push(event.detail.operation)}
      ></network-security>`,
    );
    await until(() => part(element, 'retry-button') !== null, 'the failure');
    await element.updateComplete;
    const alert = element.shadowRoot!.querySelector('[role="alert"]');
    expect(text(alert)).to.contain(en.errors.server);
    expect(errors).to.deep.equal(['getNetworkSecurity']);
    const retry = part(element, 'retry-button')!;
    expect(text(retry)).to.equal(en.common.retry);
    retry.click();
    await until(() => part(element, 'mode') !== null, 'the settings to load');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(checkedMode(element)).to.equal('unrestricted');
  });

  it('keeps the list and the typed network when saving fails', async () => {
    const adapter = new MemoryAdapter();
    await seed(adapter, { mode: 'unrestricted', trustedNetworks: networks(1) });
    const element = await renderElement(adapter);
    adapter.simulateError('setNetworkSecurity', 'server');
    await submitNetwork(element, '198.51.100.0/24', 'Branch');
    await until(() => part(element, 'error') !== null, 'the failure');
    const alert = part(element, 'error')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.equal(en.errors.server);
    expect(listedAddresses(element)).to.deep.equal(['10.0.0.0/24']);
    expect(addressInput(element).value).to.equal('198.51.100.0/24');
    expect(labelInput(element).value).to.equal('Branch');
    expect(text(part(element, 'status'))).to.equal('');
    expect((await adapter.getNetworkSecurity()).trustedNetworks).to.deep.equal(networks(1));

    // Trying again succeeds and clears the failure.
    part(element, 'add-button')!.click();
    await settle(element);
    await until(() => listedAddresses(element).length === 2, 'the network to be listed');
    expect(part(element, 'error')).to.equal(null);
  });

  it('puts the mode and the list back when a change fails', async () => {
    const adapter = new MemoryAdapter();
    await seed(adapter, { mode: 'unrestricted', trustedNetworks: networks(2) });
    const element = await renderElement(adapter);
    adapter.simulateError('setNetworkSecurity', 'server', { times: 2 });
    radio(element, 'restricted').click();
    await settle(element);
    await until(() => part(element, 'error') !== null, 'the failure');
    expect(checkedMode(element)).to.equal('unrestricted');
    removeButtonFor(element, '10.0.0.0/24').click();
    await settle(element);
    await until(() => part(element, 'error') !== null, 'the failure');
    expect(listedAddresses(element)).to.deep.equal(['10.0.0.0/24', '10.0.1.0/24']);
    expect(await adapter.getNetworkSecurity()).to.deep.equal({ mode: 'unrestricted', trustedNetworks: networks(2) });
  });

  it("shows the backend's per-field reasons under the fields", async () => {
    class RefusingAdapter extends MemoryAdapter {
      override setNetworkSecurity(settings: NetworkSecurity): Promise<NetworkSecurity> {
        const last = settings.trustedNetworks.length - 1;
        return Promise.reject(
          validationError({
            [`trustedNetworks.${last}.address`]: { code: 'duplicate-address' },
            [`trustedNetworks.${last}.label`]: { code: 'too-long', params: { max: 100 } },
          }),
        );
      }
    }
    const element = await renderElement(new RefusingAdapter());
    await submitNetwork(element, '198.51.100.7', 'Office');
    await until(() => addressInput(element).getAttribute('aria-invalid') === 'true', 'the field errors');
    expect(fieldErrorOf(element, addressInput(element))).to.equal(en.validation['duplicate-address']);
    expect(fieldErrorOf(element, labelInput(element))).to.equal('Use at most 100 characters.');
    expect(part(element, 'error')).to.equal(null);
    expect(addressInput(element).value).to.equal('198.51.100.7');
    await until(() => focused() === addressInput(element), 'focus on the address field');
  });

  it('emits pb-network-security-change with the saved settings after every save', async () => {
    const adapter = new MemoryAdapter();
    const element = await renderElement(adapter);
    setTimeout(() => void submitNetwork(element, '203.0.113.9', 'Gateway'));
    const added: PbNetworkSecurityChangeEvent = await oneEvent(element, 'pb-network-security-change');
    expect(added.bubbles && added.composed).to.equal(true);
    expect(added.detail.settings).to.deep.equal({
      mode: 'unrestricted',
      trustedNetworks: [{ address: '203.0.113.9', label: 'Gateway' }],
    });
    expect(added.detail.settings).to.deep.equal(await adapter.getNetworkSecurity());
    await settle(element);
    setTimeout(() => radio(element, 'restricted').click());
    const restricted: PbNetworkSecurityChangeEvent = await oneEvent(element, 'pb-network-security-change');
    expect(restricted.detail.settings.mode).to.equal('restricted');
    await settle(element);
    setTimeout(() => part(element, 'remove-button')!.click());
    const removed: PbNetworkSecurityChangeEvent = await oneEvent(element, 'pb-network-security-change');
    expect(removed.detail.settings).to.deep.equal({ mode: 'restricted', trustedNetworks: [] });
  });

  it('adds a network with the keyboard alone', async () => {
    const adapter = new MemoryAdapter();
    const element = await renderElement(adapter);
    const input = await tabTo((active) => active === addressInput(element));
    await type('198.51.100.23');
    await press('Tab');
    expect(focused()).to.equal(labelInput(element));
    await type('Warehouse');
    await press('Enter');
    await until(() => listedAddresses(element).includes('198.51.100.23'), 'the network to be listed');
    await until(() => focused() === input, 'focus back on the address field');
    expect((await adapter.getNetworkSecurity()).trustedNetworks).to.deep.equal([
      { address: '198.51.100.23', label: 'Warehouse' },
    ]);
  });

  it('moves focus to the invalid field when Enter submits a bad address', async () => {
    const element = await renderElement(new MemoryAdapter());
    await tabTo((active) => active === labelInput(element));
    await type('Nowhere');
    await press('Enter');
    await element.updateComplete;
    await until(() => focused() === addressInput(element), 'focus on the address field');
    expect(fieldErrorOf(element, addressInput(element))).to.equal(en.validation.required);
  });

  it('renders labels from the backend as text', async () => {
    const adapter = new MemoryAdapter();
    const label = '<img src=x onerror="window.__pwned=1">';
    await seed(adapter, { mode: 'unrestricted', trustedNetworks: [{ address: '192.0.2.1', label }] });
    const element = await renderElement(adapter);
    expect(text(part(element, 'row-label'))).to.equal(label);
    expect(part(element, 'list')!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('renders in Russian, with the plural forms for 1, 2 and 5 networks', async () => {
    const adapter = new MemoryAdapter();
    const element = await renderElement(adapter, 'ru');
    expect(text(part(element, 'title'))).to.equal(ru.network.title);
    expect(text(part(element, 'mode')!.querySelector('legend'))).to.equal(ru.network.mode);
    expect(text(radio(element, 'restricted').labels![0]!)).to.equal(ru.network.restricted);
    expect(text(part(element, 'empty'))).to.equal(ru.network.empty);
    expect(text(part(element, 'add-button'))).to.equal(ru.network.addNetwork);
    expect(addressInput(element).placeholder).to.equal(ru.network.addressPlaceholder);
    await submitNetwork(element, 'nonsense');
    expect(fieldErrorOf(element, addressInput(element))).to.equal(ru.validation['invalid-address']);

    const expected: [number, string][] = [
      [1, ru.network.networkCount_one],
      [2, ru.network.networkCount_few],
      [5, ru.network.networkCount_many],
    ];
    for (const [count, template] of expected) {
      const counted = new MemoryAdapter();
      await seed(counted, { mode: 'restricted', trustedNetworks: networks(count) });
      const list = await renderElement(counted, 'ru');
      expect(text(part(list, 'count')), String(count)).to.equal(template.replace('{{count, number}}', String(count)));
    }
  });

  it('renders in Turkish, names Remove buttons in Turkish word order and announces saves', async () => {
    const adapter = new MemoryAdapter();
    const element = await renderElement(adapter, 'tr');
    expect(text(part(element, 'title'))).to.equal(tr.network.title);
    expect(text(radio(element, 'unrestricted').labels![0]!)).to.equal(tr.network.unrestricted);
    radio(element, 'restricted').click();
    await element.updateComplete;
    expect(text(part(element, 'confirm-title'))).to.equal(tr.network.emptyRestrictedTitle);
    expect(text(part(element, 'confirm-button'))).to.equal(tr.network.emptyRestrictedConfirm);
    part(element, 'confirm-cancel-button')!.click();
    await element.updateComplete;
    await submitNetwork(element, '192.0.2.44', 'İzmir');
    await until(() => text(part(element, 'status')) === tr.network.saved, 'the save');
    expect(readable(part(element, 'remove-button')!.getAttribute('aria-label'))).to.equal(
      tr.network.removeNetwork.replace('{{address}}', '192.0.2.44'),
    );
    expect(text(part(element, 'count'))).to.equal(tr.network.networkCount_one.replace('{{count, number}}', '1'));
  });

  it('takes its adapter from an ancestor providing adapterContext', async () => {
    const adapter = new MemoryAdapter();
    await seed(adapter, { mode: 'restricted', trustedNetworks: networks(1) });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    provideAdapter(wrapper, adapter);
    const element = document.createElement('network-security');
    wrapper.append(element);
    await until(() => part(element, 'mode') !== null, 'the settings to load');
    await element.updateComplete;
    expect(checkedMode(element)).to.equal('restricted');
    expect(listedAddresses(element)).to.deep.equal(['10.0.0.0/24']);
  });

  it('follows a change of lang at once', async () => {
    const adapter = new MemoryAdapter();
    const element = await renderElement(adapter);
    element.setAttribute('lang', 'ru');
    await element.updateComplete;
    expect(text(part(element, 'title'))).to.equal(ru.network.title);
  });
});
