import { expect } from '@open-wc/testing';
import type { ApiAdapter } from '../src/api/adapter.js';
import type { NetworkSecurity } from '../src/api/schemas.js';
import { MAX_LIST_ITEMS, checkedAdapter, parseReportOf } from '../src/api/checked-adapter.js';
import { fixtures } from '../src/api/memory/fixtures.js';
import { CREDENTIALS_LIFETIME_MS, MemoryAdapter } from '../src/api/memory/memory-adapter.js';
import { consentFor, describeAdapterConformance, failureOf, rejectionOf } from './support/adapter-conformance.js';

/** Moved on by the clock tests; each adapter reads it, on top of the real time. */
let clockOffset = 0;
describeAdapterConformance('MemoryAdapter', async () => new MemoryAdapter({ now: () => Date.now() + clockOffset }), {
  clock: { advance: (ms) => (clockOffset += ms) },
});

describe('MemoryAdapter', () => {
  it('holds fixtures for every flow', () => {
    expect(fixtures.apps.length).to.be.at.least(40);
    expect(fixtures.categories.length).to.be.at.least(8);
    const developers = new Set(fixtures.apps.map((app) => app.developer));
    expect([...developers].sort()).to.deep.equal(['host', 'vendor']);
    const supports = new Set(fixtures.apps.map((app) => app.support.kind));
    expect([...supports].sort()).to.deep.equal(['host', 'vendor']);
    expect(fixtures.apps.some((app) => app.mayChangeFees)).to.equal(true);
    expect(fixtures.apps.some((app) => !app.mayChangeFees)).to.equal(true);
    const access = new Set(fixtures.apps.flatMap((app) => app.dataScopes.map((scope) => scope.access)));
    expect([...access].sort()).to.deep.equal(['read', 'read-write', 'write']);
  });

  it('fails an operation on demand, once or several times', async () => {
    const adapter = new MemoryAdapter();
    adapter.simulateError('listApps', 'rate-limited', { times: 2, retryAfter: 30 });
    const first = await rejectionOf(adapter.listApps({}));
    expect(first.code).to.equal('rate-limited');
    expect(first.retryAfter).to.equal(30);
    await rejectionOf(adapter.listApps({}));
    expect((await adapter.listApps({})).total).to.be.at.least(40);
    // Other operations were never affected.
    expect((await adapter.listCategories()).length).to.be.at.least(8);
  });

  it('fails every operation with the wildcard', async () => {
    const adapter = new MemoryAdapter();
    adapter.simulateError('*', 'server', { times: 3 });
    for (const call of [() => adapter.listCategories(), () => adapter.getApp('x'), () => adapter.listTags()]) {
      expect((await rejectionOf(call())).code).to.equal('server');
    }
    expect((await adapter.listTags()).length).to.be.greaterThan(0);
  });

  it('waits its latency and aborts when asked', async () => {
    const adapter = new MemoryAdapter({ latency: 200 });
    const controller = new AbortController();
    const pending = adapter.listApps({}, { signal: controller.signal });
    controller.abort();
    const aborted = await failureOf(pending);
    expect(aborted).to.be.instanceOf(DOMException);
    expect((aborted as DOMException).name).to.equal('AbortError');
  });

  it('expires unused credentials 48 hours after issue, not while the vendor uses them', async () => {
    let now = Date.parse('2026-11-23T10:00:00Z');
    const adapter = new MemoryAdapter({ now: () => now });
    const vendorApps = fixtures.apps.filter((app) => app.developer === 'vendor' && !app.initialStatus);
    const [unused, used] = await Promise.all(vendorApps.slice(0, 2).map((app) => adapter.getApp(app.id)));
    await adapter.activate(unused!.id, consentFor(unused!));
    await adapter.activate(used!.id, consentFor(used!));
    adapter.markCredentialsUsed(used!.id);
    now += CREDENTIALS_LIFETIME_MS - 1000;
    expect((await adapter.getActivation(unused!.id)).status).to.equal('active');
    now += 2000;
    expect((await adapter.getActivation(unused!.id)).status).to.equal('credentials-expired');
    expect((await adapter.getActivation(used!.id)).status).to.equal('active');
    // Deactivate and activate again: new credentials.
    await adapter.deactivate(unused!.id);
    const renewed = await adapter.activate(unused!.id, consentFor(unused!));
    expect(renewed.status).to.equal('active');
    expect(renewed.credentials!.issuedAt).to.equal(new Date(now).toISOString());
  });

  it('names an account that needs signing in again in the finished run, and syncs the others', async () => {
    let now = Date.parse('2026-11-23T10:00:00Z');
    const adapter = new MemoryAdapter({ now: () => now });
    const link = async (serviceId: string) => {
      const { state } = await adapter.beginAccountLink(serviceId);
      return adapter.completeAccountLink({ state, code: 'granted' });
    };
    const revoked = await link('google');
    now += 1;
    const fine = await link('nimbusmail');
    adapter.revokeAccountAccess(revoked.id);
    const run = await adapter.runSync();
    expect(run.accountIds).to.deep.equal([fine.id]);
    expect(run.errors).to.deep.equal([]);
    now += 3000;
    const done = await adapter.getSyncRun(run.id);
    expect(done.status).to.equal('done');
    expect(done.counts).to.deep.equal({ contacts: 12, events: 30 });
    expect(done.errors).to.deep.equal([`${revoked.displayName}: sign in again to sync this account.`]);
    const [first, second] = await adapter.listAccounts();
    expect(first).to.deep.include({ id: revoked.id, status: 'needs-reauthorization', lastSyncAt: null });
    expect(second).to.deep.include({ id: fine.id, lastSyncAt: done.finishedAt });
    // With no account left that can sync, nothing runs.
    adapter.revokeAccountAccess(fine.id);
    expect((await rejectionOf(adapter.runSync())).code).to.equal('conflict');
  });

  it('gives a new account the periods its service offers nearest to 15 and 60 minutes', async () => {
    const services = fixtures.syncServices.map((service) =>
      service.id === 'google' ? { ...service, periods: [10, 30, 90] } : service,
    );
    const adapter = new MemoryAdapter({ fixtures: { ...fixtures, syncServices: services } });
    const { state } = await adapter.beginAccountLink('google');
    const account = await adapter.completeAccountLink({ state, code: 'granted' });
    expect(account.settings).to.include({ activitiesPeriod: 10, contactsPeriod: 30 });
  });

  it('records each consent once, as accepted', async () => {
    const adapter = new MemoryAdapter();
    const app = await adapter.getApp(fixtures.apps.find((candidate) => !candidate.initialStatus)!.id);
    const consent = consentFor(app, 'key-1');
    await adapter.activate(app.id, consent);
    await adapter.activate(app.id, consent);
    expect(adapter.consents).to.deep.equal([consent]);
  });

  it('answers with copies a caller cannot use to change its state', async () => {
    const adapter = new MemoryAdapter();
    const security = await adapter.getNetworkSecurity();
    security.trustedNetworks.push({ address: '192.0.2.1', label: 'sneaky' });
    expect((await adapter.getNetworkSecurity()).trustedNetworks).to.deep.equal([]);
  });

  it('refuses trusted networks with garbage entries field by field, without crashing', async () => {
    const garbage = { mode: 'restricted', trustedNetworks: [{ address: 5, label: '' }, null, { address: '10.0.0.1', label: '' }] };
    const error = await rejectionOf(new MemoryAdapter().setNetworkSecurity(garbage as unknown as NetworkSecurity));
    expect(error.code).to.equal('validation');
    expect(error.fieldErrors).to.have.property('trustedNetworks.0.address');
    expect(error.fieldErrors).to.not.have.property('trustedNetworks.2.address');
  });

  it('serves "my connectors" for the signed-in user', async () => {
    const dana = new MemoryAdapter({ userId: 'user-dana' });
    const mine = await dana.listConnectors({ owner: 'me' });
    expect(mine.length).to.be.greaterThan(0);
    expect(mine.every((connector) => connector.ownerId === 'user-dana')).to.equal(true);
  });
});

describe('checkedAdapter', () => {
  function garbageAdapter(answer: unknown, operations: readonly PropertyKey[] = ['getApp', 'listApps']): ApiAdapter {
    const memory = new MemoryAdapter();
    return new Proxy(memory, {
      get(target, property, receiver) {
        if (operations.includes(property)) return async () => answer;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
  }

  it('turns an answer that misfits the contract into an invalid-response error', async () => {
    const api = checkedAdapter(garbageAdapter({ items: [{ id: 7 }], total: 'many' }));
    const error = await rejectionOf(api.listApps({}));
    expect(error.code).to.equal('invalid-response');
    expect(error.message).to.contain('listApps');
  });

  it('removes links that are not http(s) and reports it, keeping the rest of the app', async () => {
    const app = await new MemoryAdapter().getApp(fixtures.apps[0]!.id);
    const api = checkedAdapter(garbageAdapter({ ...app, moreInfoUrl: 'javascript:alert(1)', logoUrl: 'data:image/png;base64,AA' }));
    const shown = await api.getApp(app.id);
    expect(shown.name).to.equal(app.name);
    expect(shown).to.not.have.property('moreInfoUrl');
    expect(shown).to.not.have.property('logoUrl');
    expect(parseReportOf(shown)).to.deep.equal({ dropped: 0, degraded: 1 });
  });

  it('leaves an unreadable app out of a page and keeps the others', async () => {
    const page = await new MemoryAdapter().listApps({ limit: 3 });
    const [first, second, third] = page.items;
    const items = [first, { ...second, name: 42 }, { ...third, logoUrl: 'ftp://example.com/logo.png' }];
    const api = checkedAdapter(garbageAdapter({ ...page, items }));
    const shown = await api.listApps({});
    expect(shown.items.map((app) => app.id)).to.deep.equal([first!.id, third!.id]);
    expect(shown.items[1]).to.not.have.property('logoUrl');
    expect(parseReportOf(shown)).to.deep.equal({ dropped: 1, degraded: 1 });
  });

  it('leaves an unreadable connector, account or tag out of its list, whatever the list', async () => {
    const memory = new MemoryAdapter();
    const [connector] = await memory.listConnectors({ owner: 'all' });
    const [service] = await memory.listSyncServices();
    const link = await memory.beginAccountLink(service!.id);
    const account = await memory.completeAccountLink({ state: link.state, code: 'granted' });
    const lists = {
      listConnectors: [connector, { ...connector, id: '', name: 'No id' }],
      listAccounts: [{ ...account, status: 'hijacked' }, account],
      listTags: [{ id: 'vip', name: 'VIP' }, { id: 'x', name: { text: 'not text' } }],
    } as const;
    for (const [operation, items] of Object.entries(lists)) {
      const api = checkedAdapter(garbageAdapter(items, [operation]));
      const shown = (await (api[operation as keyof typeof lists] as (query?: unknown) => Promise<unknown[]>)({ owner: 'all' })) as unknown[];
      expect(shown, operation).to.have.length(1);
      expect(parseReportOf(shown), operation).to.deep.equal({ dropped: 1, degraded: 0 });
    }
  });

  it('refuses a page with nothing readable, or more items than any page holds, as an invalid response', async () => {
    const nothingReadable = checkedAdapter(garbageAdapter({ items: [{ id: 7 }, null, 'app'], total: 3, nextCursor: null }));
    expect((await rejectionOf(nothingReadable.listApps({}))).code).to.equal('invalid-response');
    const oversized = checkedAdapter(garbageAdapter({ items: new Array(MAX_LIST_ITEMS + 1).fill(0), total: 1, nextCursor: null }));
    expect((await rejectionOf(oversized.listApps({}))).code).to.equal('invalid-response');
  });

  it('classifies unreadable thrown data as an invalid response without reading the thrown value', async () => {
    let deep: unknown[] = [];
    for (let depth = 0; depth < 200_000; depth += 1) deep = [deep];
    const throwing = new Proxy(new MemoryAdapter(), {
      get(target, property, receiver) {
        if (property === 'listTags') return async () => Promise.reject(new SyntaxError('Unexpected token < in JSON'));
        if (property === 'listGroups') return async () => Promise.reject(deep);
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const api = checkedAdapter(throwing);
    expect((await rejectionOf(api.listTags())).code).to.equal('invalid-response');
    const thrownDeep = await rejectionOf(api.listGroups());
    expect(thrownDeep.code).to.equal('network');
    expect(thrownDeep.message).to.equal('A value that is not an Error was thrown (object).');
  });

  it('turns a thrown plain error into a network error and lets aborts through', async () => {
    const failing = new Proxy(new MemoryAdapter(), {
      get(target, property, receiver) {
        if (property === 'listTags') return async () => Promise.reject(new TypeError('Failed to fetch'));
        if (property === 'listGroups') return async () => Promise.reject(new DOMException('stop', 'AbortError'));
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const api = checkedAdapter(failing);
    expect((await rejectionOf(api.listTags())).code).to.equal('network');
    expect(((await failureOf(api.listGroups())) as DOMException).name).to.equal('AbortError');
  });
});
