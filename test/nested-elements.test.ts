import './support/no-lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import { AppDetailElement } from '../src/components/app-detail/app-detail.js';
import { AppMarketplace } from '../src/components/app-marketplace/app-marketplace.js';
import { ConsentDialog } from '../src/components/consent-dialog/consent-dialog.js';
import { NetworkSecurityElement } from '../src/components/network-security/network-security.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import { defineElement } from '../src/internal/nested-elements.js';
import { textOf, waitFor } from './support/wait.js';

// This page registers the classes itself, under a host's own names, and no define file runs.
customElements.define('acme-catalog', AppMarketplace);
customElements.define('acme-app', AppDetailElement);

describe('nested elements', () => {
  it('render under the names the host registered their classes with, or else their own', async () => {
    const element = await fixture<AppMarketplace>(html`<acme-catalog .adapter=${new MemoryAdapter()}></acme-catalog>`);
    await waitFor(() => !!element.shadowRoot!.querySelector('[part~="tile"]'), 'the tiles');
    element.app = element.visibleApps[0]!.id;
    await element.updateComplete;
    const detail = element.shadowRoot!.querySelector('acme-app') as AppDetailElement | null;
    expect(detail).to.be.instanceOf(AppDetailElement);
    await waitFor(() => !!detail!.shadowRoot!.querySelector('[part~="name"]'), 'the detail');
    expect(textOf(detail!.shadowRoot!.querySelector('[part~="name"]'))).to.equal(element.visibleApps[0]!.name);
    // Not registered by the host: registered under its own name on first use.
    expect(customElements.getName(NetworkSecurityElement)).to.equal('network-security');
    expect(customElements.getName(ConsentDialog)).to.equal('consent-dialog');
    element.app = '';
    element.shadowRoot!.querySelector<HTMLElement>('[part~="network-button"]')!.click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('network-security')).to.be.instanceOf(NetworkSecurityElement);
  });

  it('defineElement registers what an element nests and never takes over a name another class holds', () => {
    class Impostor extends HTMLElement {}
    customElements.define('pb-sample', Impostor);
    class Sample extends HTMLElement {}
    defineElement('pb-sample', Sample);
    expect(customElements.getName(Sample)).to.equal('pb-sample-2');
    expect(customElements.get('pb-sample')).to.equal(Impostor);
  });
});
