// `plugboard/react` on a page whose host registered an element class under a name of its own
// before loading the components: the component renders the host's name, and the class is
// not registered a second time under its own. (A page of its own: the other React tests
// load every component, and so register every element, before their first test.)
import './support/no-lit-warnings.js';
import { expect } from '@open-wc/testing';
import React from 'react';
import ReactDOM from 'react-dom';
import ReactDOMClient from 'react-dom/client';
import { AppMarketplace as AppMarketplaceElement } from '../src/components/app-marketplace/app-marketplace.js';
import { AppDetailElement } from '../src/components/app-detail/app-detail.js';
import { MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import { waitFor } from './support/wait.js';

describe('plugboard/react with the host’s tag names', () => {
  it('renders the name the host registered the class under, and registers no other for it', async () => {
    customElements.define('acme-marketplace', AppMarketplaceElement);
    const { AppMarketplace } = await import('../src/react/app-marketplace.js');
    const container = document.createElement('div');
    document.body.append(container);
    const root = ReactDOMClient.createRoot(container);
    ReactDOM.flushSync(() => root.render(React.createElement(AppMarketplace, { lang: 'en', adapter: new MemoryAdapter() })));
    const element = container.querySelector('acme-marketplace');
    expect(element).to.be.instanceOf(AppMarketplaceElement);
    expect(container.querySelector('app-marketplace')).to.equal(null);
    expect(customElements.getName(AppMarketplaceElement)).to.equal('acme-marketplace');
    expect(customElements.get('app-marketplace'), 'its own name left free').to.equal(undefined);
    // The elements it nests are registered under their own names, as plugboard/define does.
    expect(customElements.getName(AppDetailElement)).to.equal('app-detail');
    await waitFor(() => !!element!.shadowRoot?.querySelector('.tile'), 'the tiles in <acme-marketplace>');
    ReactDOM.flushSync(() => root.unmount());
    container.remove();
  });
});
