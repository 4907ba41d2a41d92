/**
 * The adapter contract as tests, written once against `ApiAdapter` and run against every
 * implementation. Each test gets a fresh backend (a new organisation) from the factory.
 */
import { expect } from '@open-wc/testing';
import type { ApiAdapter } from '../../src/api/adapter.js';
import { checkedAdapter } from '../../src/api/checked-adapter.js';
import { PlugboardError } from '../../src/api/errors.js';
import { fixtures } from '../../src/api/memory/fixtures.js';
import type { AppDetail, ConsentRecord, Connector } from '../../src/api/schemas.js';

export type AdapterFactory = () => Promise<ApiAdapter>;

/** The backend's clock, for an implementation whose time a test can move. */
export interface TestClock {
  /** Moves the backend's clock `ms` milliseconds on. */
  advance(ms: number): void;
}

export interface ConformanceOptions {
  /** With it, the rules that follow the clock are tested too (link expiry, a run's progress). */
  clock?: TestClock;
}

export async function rejectionOf(promise: Promise<unknown>): Promise<PlugboardError> {
  let outcome: unknown;
  try {
    await promise;
  } catch (error) {
    outcome = error;
  }
  if (!(outcome instanceof PlugboardError)) {
    throw new Error(`expected a PlugboardError, got ${outcome === undefined ? 'success' : String(outcome)}`);
  }
  return outcome;
}

/** What a call rejected with, whatever it was; fails the test if it resolved. */
export async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

export function consentFor(app: AppDetail, idempotencyKey: string = crypto.randomUUID()): ConsentRecord {
  return {
    appId: app.id,
    termsVersion: app.termsVersion,
    scopes: app.dataScopes.map((scope) => scope.id),
    feeEffectiveDate: app.mayChangeFees ? '2026-12-01' : null,
    locale: 'en',
    acceptedAt: new Date().toISOString(),
    idempotencyKey,
  };
}

function fixtureApp(predicate: (app: (typeof fixtures.apps)[number]) => boolean): string {
  const app = fixtures.apps.find((candidate) => (candidate.initialStatus ?? 'available') === 'available' && predicate(candidate));
  if (!app) throw new Error('the fixtures lack an app this test needs');
  return app.id;
}

const HOUR = 3600 * 1000;

const MINUTE = 60 * 1000;

export function describeAdapterConformance(name: string, factory: AdapterFactory, options: ConformanceOptions = {}): void {
  const { clock } = options;
  describe(`ApiAdapter conformance: ${name}`, function () {
    let api: ApiAdapter;

    beforeEach(async () => {
      // Every answer is parsed with the contract's schemas: a misfit fails the test.
      api = checkedAdapter(await factory());
    });

    describe('catalog', () => {
      it('lists categories whose counts match the apps in them', async () => {
        const categories = await api.listCategories();
        expect(categories.length).to.be.at.least(8);
        for (const category of categories.slice(0, 3)) {
          const page = await api.listApps({ category: category.id, limit: 500 });
          expect(page.total, category.id).to.equal(category.appCount);
          expect(page.items.every((app) => app.categoryIds.includes(category.id))).to.equal(true);
        }
      });

      it('pages through every app with cursors', async () => {
        const first = await api.listApps({ limit: 15 });
        expect(first.total).to.be.at.least(40);
        expect(first.items).to.have.length(15);
        const seen = new Set(first.items.map((app) => app.id));
        let cursor = first.nextCursor;
        while (cursor) {
          const page = await api.listApps({ limit: 15, cursor });
          expect(page.total).to.equal(first.total);
          for (const app of page.items) seen.add(app.id);
          cursor = page.nextCursor;
        }
        expect(seen.size).to.equal(first.total);
      });

      it('finds apps by name, vendor or summary, whatever the case', async () => {
        const target = fixtures.apps[3]!;
        const byName = await api.listApps({ query: target.name.toLocaleUpperCase('en') });
        expect(byName.items.map((app) => app.id)).to.include(target.id);
        const byVendor = await api.listApps({ query: target.vendor.toLocaleLowerCase('en') });
        expect(byVendor.items.map((app) => app.id)).to.include(target.id);
        const none = await api.listApps({ query: 'zzqx-no-such-app' });
        expect(none.total).to.equal(0);
        expect(none.items).to.deep.equal([]);
      });

      it('searches with Turkish case rules and without diacritics', async () => {
        const turkish = fixtures.apps.find((app) => /[İışğ]/.test(app.name));
        expect(turkish, 'an app with Turkish letters in the fixtures').to.not.equal(undefined);
        const upper = turkish!.name.toLocaleUpperCase('tr');
        const found = await api.listApps({ query: upper }, { locale: 'tr' });
        expect(found.items.map((app) => app.id)).to.include(turkish!.id);
        const plain = turkish!.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i');
        const foundPlain = await api.listApps({ query: plain }, { locale: 'en' });
        expect(foundPlain.items.map((app) => app.id)).to.include(turkish!.id);
      });

      it('lists the active view: active apps and those being set up', async () => {
        const page = await api.listApps({ installed: true, limit: 500 });
        expect(page.total).to.be.at.least(4);
        expect(page.items.every((app) => app.status !== 'available')).to.equal(true);
        expect(page.items.some((app) => app.status === 'pending-configuration')).to.equal(true);
      });

      it('answers in the requested locale', async () => {
        const english = await api.listCategories({ locale: 'en' });
        const russian = await api.listCategories({ locale: 'ru-RU' });
        expect(russian.map((category) => category.id)).to.deep.equal(english.map((category) => category.id));
        expect(russian[0]!.name).to.match(/[а-яё]/i);
        expect(russian[0]!.name).to.not.equal(english[0]!.name);
      });

      it('describes an app completely', async () => {
        const app = await api.getApp(fixtureApp((candidate) => candidate.support.kind === 'vendor'));
        expect(app.description.length).to.be.greaterThan(20);
        expect(app.dataScopes.length).to.be.greaterThan(0);
        expect(app.support.kind).to.equal('vendor');
      });

      it('reports an unknown app as not found', async () => {
        const error = await rejectionOf(api.getApp('no-such-app'));
        expect(error.code).to.equal('not-found');
      });
    });

    describe('activation', () => {
      it('activates a vendor-developed app and issues credentials that expire after 48 hours', async () => {
        const app = await api.getApp(fixtureApp((candidate) => candidate.developer === 'vendor'));
        const activation = await api.activate(app.id, consentFor(app));
        expect(activation.status).to.equal('active');
        const credentials = activation.credentials!;
        expect(Date.parse(credentials.expiresAt) - Date.parse(credentials.issuedAt)).to.equal(48 * HOUR);
        expect(credentials.usedAt).to.equal(null);
        expect((await api.getActivation(app.id)).status).to.equal('active');
        const active = await api.listApps({ installed: true, limit: 500 });
        expect(active.items.map((item) => item.id)).to.include(app.id);
      });

      it('puts a host-developed app in configuration instead of issuing credentials', async () => {
        const app = await api.getApp(fixtureApp((candidate) => candidate.developer === 'host'));
        const activation = await api.activate(app.id, consentFor(app));
        expect(activation.status).to.equal('pending-configuration');
        expect(activation.credentials).to.equal(null);
        expect(app.connectorTypeId).to.be.a('string');
      });

      it('activates once for a repeated idempotency key', async () => {
        const app = await api.getApp(fixtureApp((candidate) => candidate.developer === 'vendor'));
        const consent = consentFor(app, 'double-click-key');
        const [first, second] = await Promise.all([api.activate(app.id, consent), api.activate(app.id, consent)]);
        expect(second.activatedAt).to.equal(first.activatedAt);
        expect(second.credentials?.issuedAt).to.equal(first.credentials?.issuedAt);
        const again = await api.activate(app.id, consent);
        expect(again.activatedAt).to.equal(first.activatedAt);
      });

      it('refuses a consent that did not show every data scope or the fee date', async () => {
        const app = await api.getApp(fixtureApp((candidate) => candidate.mayChangeFees && candidate.dataScopes.length > 1));
        const partial = { ...consentFor(app), scopes: app.dataScopes.slice(1).map((scope) => scope.id) };
        const scopesError = await rejectionOf(api.activate(app.id, partial));
        expect(scopesError.code).to.equal('validation');
        expect(scopesError.fieldErrors).to.have.property('scopes');
        const withoutFees = { ...consentFor(app), feeEffectiveDate: null };
        const feesError = await rejectionOf(api.activate(app.id, withoutFees));
        expect(feesError.fieldErrors).to.have.property('fees');
        expect((await api.getActivation(app.id)).status).to.equal('available');
      });

      it('refuses a second activation with a new key as a conflict', async () => {
        const app = await api.getApp(fixtureApp((candidate) => candidate.developer === 'vendor'));
        await api.activate(app.id, consentFor(app));
        const error = await rejectionOf(api.activate(app.id, consentFor(app)));
        expect(error.code).to.equal('conflict');
      });

      it('deactivates, clearing the credentials, and can activate again', async () => {
        const app = await api.getApp(fixtureApp((candidate) => candidate.developer === 'vendor'));
        await api.activate(app.id, consentFor(app));
        const deactivated = await api.deactivate(app.id);
        expect(deactivated.status).to.equal('available');
        expect(deactivated.credentials).to.equal(null);
        expect((await api.getApp(app.id)).status).to.equal('available');
        const again = await api.activate(app.id, consentFor(app));
        expect(again.status).to.equal('active');
      });

      it('shows expired credentials of a vendor that never used them', async () => {
        const expired = fixtures.apps.find((app) => app.initialStatus === 'credentials-expired')!;
        const activation = await api.getActivation(expired.id);
        expect(activation.status).to.equal('credentials-expired');
        expect(Date.parse(activation.credentials!.expiresAt)).to.be.below(Date.now());
      });
    });

    describe('network security', () => {
      it('starts unrestricted and stores a restricted list', async () => {
        expect((await api.getNetworkSecurity()).mode).to.equal('unrestricted');
        const saved = await api.setNetworkSecurity({
          mode: 'restricted',
          trustedNetworks: [
            { address: '203.0.113.0/24', label: 'Head office' },
            { address: '2001:db8::/32', label: 'VPN' },
          ],
        });
        expect(saved.trustedNetworks).to.have.length(2);
        expect(await api.getNetworkSecurity()).to.deep.equal(saved);
      });

      it('refuses invalid and duplicate addresses, saving nothing', async () => {
        const invalid = await rejectionOf(
          api.setNetworkSecurity({ mode: 'restricted', trustedNetworks: [{ address: '300.1.2.3', label: '' }] }),
        );
        expect(invalid.code).to.equal('validation');
        expect(invalid.fieldErrors['trustedNetworks.0.address']?.code).to.equal('invalid-address');
        const duplicate = await rejectionOf(
          api.setNetworkSecurity({
            mode: 'restricted',
            trustedNetworks: [
              { address: '198.51.100.7', label: 'A' },
              { address: '198.51.100.7', label: 'B' },
            ],
          }),
        );
        expect(duplicate.fieldErrors['trustedNetworks.1.address']?.code).to.equal('duplicate-address');
        expect((await api.getNetworkSecurity()).mode).to.equal('unrestricted');
      });
    });

    describe('connectors', () => {
      const basicValues = (name: string) => ({
        name,
        authType: 'basic',
        resourceUrl: 'https://api.example.com',
        username: 'integration',
        password: 'top-secret-password',
        verificationUrl: 'https://api.example.com/verify',
      });

      it('describes the connector types of every flow as form specs', async () => {
        const types = await api.listConnectorTypes();
        const custom = types.find((type) => type.id === 'custom-rest')!;
        expect(custom.maxPerOrganization).to.equal(10);
        const twins = types.filter((type) => type.ipAllowList.length > 0);
        expect(twins).to.have.length(2);
        for (const twin of twins) {
          expect(twin.warning).to.be.a('string');
          expect(twin.prerequisites.length).to.be.at.least(3);
          expect(twin.steps.some((step) => step.requiresAuthorization)).to.equal(true);
        }
        const registry = types.find((type) => type.issuesCredentials)!;
        expect(registry.supportsGroups).to.equal(true);
      });

      it('creates a custom connector and never returns its secrets', async () => {
        const created = await api.createConnector({ typeId: 'custom-rest', name: 'Billing API', values: basicValues('Billing API') });
        expect(created.connector.status).to.equal('draft');
        expect(created.connector.values).to.not.have.property('password');
        expect(created.connector.secretsSet).to.include('password');
        const fetched = await api.getConnector(created.connector.id);
        expect(JSON.stringify(fetched)).to.not.contain('top-secret-password');
      });

      it('requires https for the resource domain and reports it per field', async () => {
        const error = await rejectionOf(
          api.createConnector({
            typeId: 'custom-rest',
            name: 'Plain HTTP',
            values: { ...basicValues('Plain HTTP'), resourceUrl: 'http://api.example.com' },
          }),
        );
        expect(error.code).to.equal('validation');
        expect(error.fieldErrors['resourceUrl']?.code).to.equal('https-required');
      });

      it('keeps names unique in the organisation', async () => {
        await api.createConnector({ typeId: 'custom-rest', name: 'Orders', values: basicValues('Orders') });
        const error = await rejectionOf(
          api.createConnector({ typeId: 'custom-rest', name: ' orders ', values: basicValues(' orders ') }),
        );
        expect(error.code).to.equal('conflict');
        expect(error.fieldErrors['name']?.code).to.equal('not-unique');
      });

      it('allows at most 10 custom connectors per organisation', async () => {
        const existing = (await api.listConnectors({ owner: 'all', typeId: 'custom-rest' })).length;
        for (let index = existing; index < 10; index += 1) {
          await api.createConnector({ typeId: 'custom-rest', name: `Connector ${index}`, values: basicValues(`Connector ${index}`) });
        }
        const error = await rejectionOf(
          api.createConnector({ typeId: 'custom-rest', name: 'One too many', values: basicValues('One too many') }),
        );
        expect(error.code).to.equal('limit-reached');
        expect(error.limit).to.equal(10);
        expect(await api.listConnectors({ owner: 'all', typeId: 'custom-rest' })).to.have.length(10);
      });

      it("unlocks a call-tracking connector's settings only with that service's own credentials", async () => {
        const twins = fixtures.connectorTypes.filter((type) => type.acceptedCredentials);
        const [first, second] = twins;
        const firstCredentials = first!.acceptedCredentials![0]!;
        const onSecond = await api.createConnector({ typeId: second!.id, name: 'Wrong service', values: firstCredentials });
        const wrong = await rejectionOf(api.authorizeConnector(onSecond.connector.id));
        expect(wrong.code).to.equal('validation');
        expect(Object.values(wrong.fieldErrors).map((fieldError) => fieldError.code)).to.include('credentials-rejected');

        const created = await api.createConnector({ typeId: first!.id, name: 'Calls', values: firstCredentials });
        const locked = await rejectionOf(api.listConnectorOptions(created.connector.id, 'tags'));
        expect(locked.code).to.equal('forbidden');
        const authorized = await api.authorizeConnector(created.connector.id);
        expect(authorized.status).to.equal('authorized');
        const tags = await api.listConnectorOptions(created.connector.id, 'tags');
        expect(tags.length).to.be.greaterThan(0);
        const channels = await api.listConnectorOptions(created.connector.id, 'channels');
        expect(channels.length).to.be.greaterThan(0);
        const configured = await api.updateConnector(created.connector.id, {
          values: { callsToLoad: 'tagged', tags: [tags[0]!.value], channelMode: 'dynamic' },
        });
        expect(configured.values['tags']).to.deep.equal([tags[0]!.value]);
        const active = await api.activateConnector(created.connector.id);
        expect(active.status).to.equal('active');
      });

      it('refuses to activate before authorization, and deactivates and deletes', async () => {
        const { connector } = await api.createConnector({ typeId: 'custom-rest', name: 'Lifecycle', values: basicValues('Lifecycle') });
        const early = await rejectionOf(api.activateConnector(connector.id));
        expect(early.code).to.equal('conflict');
        await api.authorizeConnector(connector.id);
        expect((await api.activateConnector(connector.id)).status).to.equal('active');
        expect((await api.deactivateConnector(connector.id)).status).to.equal('inactive');
        await api.deleteConnector(connector.id);
        const gone = await rejectionOf(api.getConnector(connector.id));
        expect(gone.code).to.equal('not-found');
      });

      it('lists my connectors or all of the organisation', async () => {
        await api.createConnector({ typeId: 'rest-registry', name: 'Mine', values: { name: 'Mine' } });
        const mine = await api.listConnectors({ owner: 'me' });
        const all = await api.listConnectors({ owner: 'all' });
        expect(mine.map((connector) => connector.name)).to.include('Mine');
        expect(all.length).to.be.greaterThan(mine.length);
        const ownerIds = new Set(mine.map((connector) => connector.ownerId));
        expect(ownerIds.size).to.equal(1);
      });

      it('issues a registry connector an ID and a secret shown only once', async () => {
        const created = await api.createConnector({ typeId: 'rest-registry', name: 'Reports', values: { name: 'Reports' } });
        expect(created.connector.clientId).to.be.a('string');
        expect(created.clientSecret).to.be.a('string');
        expect(created.clientSecret!.length).to.be.at.least(24);
        const listed = await api.listConnectors({ owner: 'me' });
        expect(JSON.stringify(listed)).to.not.contain(created.clientSecret!);
      });

      it('gives group tokens only while active, and removes from groups at any time', async () => {
        const [first, second] = await api.listGroups();
        const created = await api.createConnector({ typeId: 'rest-registry', name: 'Grouped', values: { name: 'Grouped' } });
        const id = created.connector.id;
        const joined: Connector = await api.addConnectorToGroup(id, first!.id);
        expect(joined.groups.map((group) => group.groupId)).to.deep.equal([first!.id]);
        await api.deactivateConnector(id);
        const refused = await rejectionOf(api.addConnectorToGroup(id, second!.id));
        expect(refused.code).to.equal('forbidden');
        const stillThere = await api.getConnector(id);
        expect(stillThere.groups.map((group) => group.groupId)).to.deep.equal([first!.id]);
        const removed = await api.removeConnectorFromGroup(id, first!.id);
        expect(removed.groups).to.deep.equal([]);
        const notBack = await rejectionOf(api.addConnectorToGroup(id, first!.id));
        expect(notBack.code).to.equal('forbidden');
        await api.activateConnector(id);
        const back = await api.addConnectorToGroup(id, first!.id);
        expect(back.groups).to.have.length(1);
      });

      it('configures a host-developed app through its connector', async () => {
        const appId = fixtureApp((candidate) => candidate.developer === 'host' && candidate.connectorTypeId === 'custom-rest');
        const app = await api.getApp(appId);
        await api.activate(app.id, consentFor(app));
        const { connector } = await api.createConnector({
          typeId: 'custom-rest',
          appId,
          name: `${app.name} link`,
          values: basicValues(`${app.name} link`),
        });
        expect(connector.appId).to.equal(appId);
        await api.authorizeConnector(connector.id);
        await api.activateConnector(connector.id);
        const activation = await api.getActivation(appId);
        expect(activation.status).to.equal('active');
        expect(activation.connectorId).to.equal(connector.id);
      });
    });

    describe('sync', () => {
      async function linkAccount(serviceId = 'google'): Promise<string> {
        const link = await api.beginAccountLink(serviceId);
        const url = new URL(link.authorizationUrl);
        expect(url.protocol).to.match(/^https?:$/);
        expect(url.searchParams.get('state')).to.equal(link.state);
        expect(url.searchParams.get('redirect_uri')).to.match(/^https?:\/\//);
        const account = await api.completeAccountLink({ state: link.state, code: 'granted-code' });
        return account.id;
      }

      it('lists the services with the periods each offers', async () => {
        const services = await api.listSyncServices();
        const periods = Object.fromEntries(services.map((service) => [service.id, service.periods]));
        expect(periods).to.deep.equal({ google: [5, 15, 30, 60, 240, 1440], nimbusmail: [15, 60, 1440] });
      });

      it('links an account through the provider and lists it, with default periods the service offers', async () => {
        const id = await linkAccount();
        const accounts = await api.listAccounts();
        expect(accounts.map((account) => account.id)).to.deep.equal([id]);
        expect(accounts[0]!.status).to.equal('linked');
        expect(accounts[0]!.lastSyncAt).to.equal(null);
        expect(accounts[0]!.settings).to.include({ activitiesPeriod: 15, contactsPeriod: 60 });
        await linkAccount('nimbusmail');
        const nimbus = (await api.listAccounts()).find((account) => account.serviceId === 'nimbusmail');
        expect(nimbus!.settings).to.include({ activitiesPeriod: 15, contactsPeriod: 60 });
      });

      it('tells where a link stands: pending, then linked with its account, which is null once removed', async () => {
        const link = await api.beginAccountLink('google');
        expect(await api.getAccountLink(link.state)).to.deep.equal({ state: link.state, status: 'pending', account: null });
        const account = await api.completeAccountLink({ state: link.state, code: 'granted-code' });
        expect(await api.getAccountLink(link.state)).to.deep.equal({ state: link.state, status: 'linked', account });
        await api.removeAccount(account.id);
        expect(await api.getAccountLink(link.state)).to.deep.equal({ state: link.state, status: 'linked', account: null });
        expect((await rejectionOf(api.getAccountLink('no-such-state'))).code).to.equal('not-found');
      });

      it('refuses a used or unknown state, and a denied consent, which it marks denied', async () => {
        const link = await api.beginAccountLink('google');
        const denied = await rejectionOf(api.completeAccountLink({ state: link.state, error: 'access_denied' }));
        expect(denied.code).to.equal('forbidden');
        expect((await api.getAccountLink(link.state)).status).to.equal('denied');
        const reused = await rejectionOf(api.completeAccountLink({ state: link.state, code: 'x' }));
        expect(reused.code).to.equal('validation');
        expect(reused.fieldErrors['state']?.code).to.equal('invalid');
        const unknown = await rejectionOf(api.completeAccountLink({ state: 'no-such-state', code: 'x' }));
        expect(unknown.fieldErrors['state']?.code).to.equal('invalid');
        const noCode = await api.beginAccountLink('google');
        expect((await rejectionOf(api.completeAccountLink({ state: noCode.state }))).code).to.equal('forbidden');
        expect(await api.listAccounts()).to.deep.equal([]);
      });

      it('refuses a replay of a state that linked an account', async () => {
        const link = await api.beginAccountLink('google');
        await api.completeAccountLink({ state: link.state, code: 'granted-code' });
        const replay = await rejectionOf(api.completeAccountLink({ state: link.state, code: 'granted-code' }));
        expect(replay.code).to.equal('validation');
        expect(replay.fieldErrors['state']?.code).to.equal('invalid');
        const deniedLate = await rejectionOf(api.completeAccountLink({ state: link.state, error: 'access_denied' }));
        expect(deniedLate.code).to.equal('validation');
        expect((await api.getAccountLink(link.state)).status).to.equal('linked');
        expect(await api.listAccounts()).to.have.length(1);
      });

      if (clock) {
        it('expires a link left pending for more than 10 minutes', async () => {
          const link = await api.beginAccountLink('google');
          clock.advance(10 * MINUTE - 5000);
          expect((await api.getAccountLink(link.state)).status).to.equal('pending');
          clock.advance(10_000);
          expect(await api.getAccountLink(link.state)).to.deep.equal({ state: link.state, status: 'expired', account: null });
          const late = await rejectionOf(api.completeAccountLink({ state: link.state, code: 'granted-code' }));
          expect(late.fieldErrors['state']?.code).to.equal('invalid');
          expect((await api.getAccountLink(link.state)).status).to.equal('expired');
          expect(await api.listAccounts()).to.deep.equal([]);
        });
      }

      it('stores per-account settings and refuses a period the service does not offer or out of range', async () => {
        const id = await linkAccount();
        const [account] = await api.listAccounts();
        const settings = { ...account!.settings, autoSyncContacts: true, contactsPeriod: 240, syncFrom: '2026-01-15' };
        const saved = await api.updateAccountSettings(id, settings);
        expect(saved.settings).to.deep.equal(settings);
        const notOffered = await rejectionOf(api.updateAccountSettings(id, { ...settings, activitiesPeriod: 120, contactsPeriod: 45 }));
        expect(notOffered.code).to.equal('validation');
        expect(notOffered.fieldErrors).to.deep.include({ activitiesPeriod: { code: 'invalid' }, contactsPeriod: { code: 'invalid' } });
        const error = await rejectionOf(api.updateAccountSettings(id, { ...settings, activitiesPeriod: 1 }));
        expect(error.code).to.equal('validation');
        expect((await api.listAccounts())[0]!.settings).to.deep.equal(settings);
        const nimbus = await linkAccount('nimbusmail');
        const refused = await rejectionOf(api.updateAccountSettings(nimbus, { ...settings, contactsPeriod: 240 }));
        expect(refused.fieldErrors).to.deep.equal({ contactsPeriod: { code: 'invalid' } });
        expect((await rejectionOf(api.updateAccountSettings('no-such-account', settings))).code).to.equal('not-found');
      });

      it('keeps the personal tags and the OAuth client, never returning the secret', async () => {
        const tags = await api.listTags();
        expect(tags.length).to.be.at.least(3);
        const initial = await api.getSyncSettings();
        expect(initial.oauthClient?.redirectUri).to.match(/^https?:\/\/.+\/.+/);
        expect(initial.lastRun).to.equal(null);
        const saved = await api.saveSyncSettings({
          personalTagIds: [tags[1]!.id, tags[2]!.id, tags[1]!.id],
          oauthClient: { clientId: 'client-123.apps.example.com', clientSecret: 'very-secret-value' },
        });
        expect(saved.personalTagIds).to.deep.equal([tags[1]!.id, tags[2]!.id]);
        expect(saved.oauthClient?.clientSecretSet).to.equal(true);
        expect((await api.getSyncSettings()).personalTagIds).to.deep.equal([tags[1]!.id, tags[2]!.id]);
        expect(JSON.stringify(await api.getSyncSettings())).to.not.contain('very-secret-value');
        const error = await rejectionOf(api.saveSyncSettings({ personalTagIds: [tags[0]!.id, 'no-such-tag'] }));
        expect(error.code).to.equal('validation');
        expect(error.fieldErrors).to.deep.equal({ personalTagIds: { code: 'invalid' } });
        expect((await api.getSyncSettings()).personalTagIds).to.deep.equal([tags[1]!.id, tags[2]!.id]);
        expect((await api.saveSyncSettings({ personalTagIds: [] })).personalTagIds).to.deep.equal([]);
      });

      it('runs a sync only with a linked account, follows the run, then removes the account', async () => {
        const nothing = await rejectionOf(api.runSync());
        expect(nothing.code).to.equal('conflict');
        const id = await linkAccount();
        const run = await api.runSync();
        expect(run).to.deep.include({ status: 'queued', accountIds: [id], finishedAt: null, counts: { contacts: 0, events: 0 }, errors: [] });
        const read = await api.getSyncRun(run.id);
        expect(read.id).to.equal(run.id);
        expect(read.startedAt).to.equal(run.startedAt);
        expect((await api.getSyncSettings()).lastRun?.id).to.equal(run.id);
        expect((await rejectionOf(api.getSyncRun('no-such-run'))).code).to.equal('not-found');
        await api.removeAccount(id);
        expect(await api.listAccounts()).to.deep.equal([]);
      });

      if (clock) {
        it('moves a run from queued through running to done by the clock, and stamps the accounts once', async () => {
          const both = await linkAccount();
          const calendarOnly = await linkAccount('nimbusmail');
          const nimbus = (await api.listAccounts()).find((account) => account.id === calendarOnly)!;
          await api.updateAccountSettings(calendarOnly, { ...nimbus.settings, contacts: false });
          const run = await api.runSync();
          expect(run.accountIds).to.have.members([both, calendarOnly]);
          clock.advance(500);
          expect((await api.getSyncRun(run.id)).status).to.equal('queued');
          clock.advance(1500);
          const running = await api.getSyncRun(run.id);
          expect(running.status).to.equal('running');
          expect(running.finishedAt).to.equal(null);
          expect(running.counts.contacts).to.be.within(1, 11);
          expect(running.counts.events).to.be.within(1, 59);
          expect((await api.listAccounts()).map((account) => account.lastSyncAt)).to.deep.equal([null, null]);
          clock.advance(1000);
          const done = await api.getSyncRun(run.id);
          const finishedAt = new Date(Date.parse(run.startedAt) + 3000).toISOString();
          expect(done).to.deep.include({ status: 'done', finishedAt, counts: { contacts: 12, events: 60 }, errors: [] });
          expect((await api.getSyncSettings()).lastRun).to.deep.equal(done);
          expect((await api.listAccounts()).map((account) => account.lastSyncAt)).to.deep.equal([finishedAt, finishedAt]);
          // Later reads answer the same run; a new run is the latest.
          clock.advance(60_000);
          expect(await api.getSyncRun(run.id)).to.deep.equal(done);
          const next = await api.runSync();
          expect((await api.getSyncSettings()).lastRun).to.deep.include({ id: next.id, status: 'queued' });
          expect((await api.listAccounts()).map((account) => account.lastSyncAt)).to.deep.equal([finishedAt, finishedAt]);
        });
      }
    });
  });
}
