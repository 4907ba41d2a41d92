import { expect } from '@open-wc/testing';
import { RestAdapter } from '../src/api/rest-adapter.js';
import { PlugboardError } from '../src/api/errors.js';
import { describeAdapterConformance, failureOf, rejectionOf } from './support/adapter-conformance.js';
import { apiUrl, newSession } from './support/reference-server.js';

describeAdapterConformance('RestAdapter over HTTP to the reference server', async () => {
  const token = await newSession();
  return new RestAdapter({ baseUrl: apiUrl, token: () => token });
});

/** A fetch that answers from a script, counting calls, for the failure modes a server rarely shows. */
function scriptedFetch(answers: (() => Response | Promise<Response>)[]): { fetch: typeof fetch; calls: Request[] } {
  const calls: Request[] = [];
  return {
    calls,
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      calls.push(request);
      const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!;
      return answer();
    },
  };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('RestAdapter', () => {
  it('asks the token callback on every request and sends the locale', async () => {
    const token = await newSession();
    let asked = 0;
    const adapter = new RestAdapter({ baseUrl: apiUrl, token: () => (asked++, token) });
    const english = await adapter.listCategories({ locale: 'en' });
    const russian = await adapter.listCategories({ locale: 'ru' });
    expect(asked).to.equal(2);
    expect(russian[0]!.name).to.not.equal(english[0]!.name);
  });

  it('maps a missing or wrong token to unauthorized', async () => {
    const adapter = new RestAdapter({ baseUrl: apiUrl, token: () => 'not-a-session' });
    expect((await rejectionOf(adapter.listApps({}))).code).to.equal('unauthorized');
  });

  it('keeps organisations apart', async () => {
    const first = new RestAdapter({ baseUrl: apiUrl, token: await newSession().then((t) => () => t) });
    const second = new RestAdapter({ baseUrl: apiUrl, token: await newSession().then((t) => () => t) });
    await first.setNetworkSecurity({ mode: 'restricted', trustedNetworks: [{ address: '192.0.2.1', label: 'A' }] });
    expect((await second.getNetworkSecurity()).mode).to.equal('unrestricted');
  });

  it('carries per-field errors and limits from the server', async () => {
    const token = await newSession();
    const adapter = new RestAdapter({ baseUrl: apiUrl, token: () => token });
    const error = await rejectionOf(
      adapter.setNetworkSecurity({ mode: 'restricted', trustedNetworks: [{ address: 'nope', label: '' }] }),
    );
    expect(error.status).to.equal(422);
    expect(error.fieldErrors['trustedNetworks.0.address']?.code).to.equal('invalid-address');
  });

  it('keeps the values a field message needs', async () => {
    const body = { code: 'validation', message: 'x', fieldErrors: { name: { code: 'too-long', params: { max: 100 } } } };
    const scripted = scriptedFetch([() => json(body, 422)]);
    const adapter = new RestAdapter({ baseUrl: 'https://api.example.com/v1', fetch: scripted.fetch });
    const error = await rejectionOf(adapter.createConnector({ typeId: 'custom-rest', name: 'n', values: {} }));
    expect(error.fieldErrors).to.deep.equal({ name: { code: 'too-long', params: { max: 100 } } });
  });

  it('gets a validation error, not a crash, for bodies and queries the server cannot use', async () => {
    const token = await newSession();
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const nullBody = await fetch(`${apiUrl}/sync/account-links`, { method: 'POST', headers, body: 'null' });
    expect(nullBody.status).to.equal(422);
    const notJson = await fetch(`${apiUrl}/network-security`, { method: 'PUT', headers, body: '{"mode":' });
    expect(notJson.status).to.equal(422);
    const owner = await fetch(`${apiUrl}/connectors?owner=everyone`, { headers });
    expect(owner.status).to.equal(422);
    const installed = await fetch(`${apiUrl}/apps?installed=maybe`, { headers });
    expect(installed.status).to.equal(422);
    expect(((await installed.json()) as { code: string }).code).to.equal('validation');
  });

  it('reads Retry-After on 429', async () => {
    const scripted = scriptedFetch([() => json({ code: 'rate-limited', message: 'slow down' }, 429, { 'Retry-After': '7' })]);
    const adapter = new RestAdapter({ baseUrl: 'https://api.example.com/v1', fetch: scripted.fetch, retries: 0 });
    const error = await rejectionOf(adapter.listTags());
    expect(error.code).to.equal('rate-limited');
    expect(error.retryAfter).to.equal(7);
  });

  it('retries an idempotent read after a 503, but never a plain POST', async () => {
    const reads = scriptedFetch([() => json({ code: 'server' }, 503), () => json([{ id: 'vip', name: 'VIP' }])]);
    const adapter = new RestAdapter({ baseUrl: 'https://api.example.com/v1', fetch: reads.fetch, retries: 2 });
    expect(await adapter.listTags()).to.deep.equal([{ id: 'vip', name: 'VIP' }]);
    expect(reads.calls).to.have.length(2);

    const writes = scriptedFetch([() => json({ code: 'server' }, 503)]);
    const writer = new RestAdapter({ baseUrl: 'https://api.example.com/v1', fetch: writes.fetch, retries: 2 });
    expect((await rejectionOf(writer.runSync())).code).to.equal('server');
    expect(writes.calls).to.have.length(1);
  });

  it('retries an activation, which carries its idempotency key', async () => {
    const activation = { appId: 'a', status: 'active', activatedAt: null, credentials: null, connectorId: null };
    const scripted = scriptedFetch([() => json({ code: 'server' }, 502), () => json(activation)]);
    const adapter = new RestAdapter({ baseUrl: 'https://api.example.com/v1', fetch: scripted.fetch });
    const consent = {
      appId: 'a',
      termsVersion: '1',
      scopes: [],
      feeEffectiveDate: null,
      locale: 'en',
      acceptedAt: new Date().toISOString(),
      idempotencyKey: 'key-42',
    };
    expect((await adapter.activate('a', consent)).status).to.equal('active');
    expect(scripted.calls.map((call) => call.headers.get('Idempotency-Key'))).to.deep.equal(['key-42', 'key-42']);
  });

  it('turns a slow server into a timeout and an unreachable one into a network error', async () => {
    const slow = scriptedFetch([() => new Promise<Response>(() => undefined)]);
    const timing = new RestAdapter({ baseUrl: 'https://api.example.com/v1', fetch: slow.fetch, timeout: 50, retries: 0 });
    expect((await rejectionOf(timing.listTags())).code).to.equal('timeout');
    const down = new RestAdapter({ baseUrl: 'http://127.0.0.1:9', retries: 0 });
    expect((await rejectionOf(down.listTags())).code).to.equal('network');
  });

  it('refuses an answer that misfits the contract', async () => {
    const scripted = scriptedFetch([() => json({ items: 'lots' })]);
    const adapter = new RestAdapter({ baseUrl: 'https://api.example.com/v1', fetch: scripted.fetch });
    const error = await rejectionOf(adapter.listApps({}));
    expect(error).to.be.instanceOf(PlugboardError);
    expect(error.code).to.equal('invalid-response');
  });

  it('aborts with its signal', async () => {
    const token = await newSession();
    const adapter = new RestAdapter({ baseUrl: apiUrl, token: () => token });
    const controller = new AbortController();
    const pending = adapter.listApps({ limit: 500 }, { signal: controller.signal });
    controller.abort();
    expect(((await failureOf(pending)) as DOMException).name).to.equal('AbortError');
  });
});
