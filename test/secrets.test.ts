import { expect } from '@open-wc/testing';
import { RestAdapter } from '../src/api/rest-adapter.js';
import { PlugboardError } from '../src/api/errors.js';
import { watchForSecret, type SecretWatch } from './support/secret-watch.js';

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
      await api.saveSyncSettings({ personalTagId: null, oauthClient: { clientId: 'client-1.apps.example.com', clientSecret } });

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
