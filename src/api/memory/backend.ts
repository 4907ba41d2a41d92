import type { ZodMiniType } from 'zod/mini';
import type { ListConnectorsQuery } from '../adapter.js';
import { checkConnectorValues, credentialFieldIds, stepsBeforeAuthorization, type FieldValues } from '../connector-values.js';
import { PlugboardError, fieldErrorsOf, validationError, type FieldError } from '../errors.js';
import { checkNetworkLabel, checkTrustedAddress } from '../network-security-rules.js';
import {
  AccountLinkCompletionSchema,
  AccountSyncSettingsSchema,
  ConnectorInputSchema,
  ConnectorOwnerFilterSchema,
  ConnectorPatchSchema,
  ConsentRecordSchema,
  ListAppsQuerySchema,
  NetworkSecuritySchema,
  SyncSettingsInputSchema,
  type AccountLink,
  type AccountLinkCompletion,
  type AccountSyncSettings,
  type Activation,
  type AppDetail,
  type AppPage,
  type AppStatus,
  type AppSummary,
  type Category,
  type ConsentRecord,
  type Connector,
  type ConnectorInput,
  type ConnectorPatch,
  type ConnectorStatus,
  type ConnectorType,
  type CreatedConnector,
  type FieldOption,
  type Group,
  type ListAppsQuery,
  type NetworkSecurity,
  type SyncAccount,
  type SyncRun,
  type SyncService,
  type SyncSettings,
  type SyncSettingsInput,
  type Tag,
} from '../schemas.js';
import { matchesQuery } from '../../internal/search.js';
import type { AppFixture, ConnectorTypeFixture, Fixtures, LocalizedText } from './fixture-types.js';
import type { ActivationRecord, BackendStore, ConnectorRecord } from './store.js';

/** Credentials the vendor has not used expire this long after they were issued. */
export const CREDENTIALS_LIFETIME_MS = 48 * 3600 * 1000;
const DEFAULT_PAGE_SIZE = 50;
const HOUR_MS = 3600 * 1000;

export interface BackendOptions {
  /** The catalog and connector types, and the organisation's starting state. */
  fixtures: Fixtures;
  /** The signed-in user. */
  userId: string;
  /** The clock in milliseconds, so tests can move time (credential expiry). */
  now: () => number;
  /** Whether this is an on-site installation with its own OAuth client. */
  onSite: boolean;
}

/** The fixture language of a BCP 47 tag: `tr-TR` and `tr_TR` read as `tr`; others as English. */
/** Tags already resolved: every text of every answer asks, so parsing each time would dominate. */
const languages = new Map<string, keyof LocalizedText>();

function languageOf(locale: string | undefined): keyof LocalizedText {
  const tag = locale ?? 'en';
  let known = languages.get(tag);
  if (known === undefined) {
    let language = 'en';
    try {
      language = new Intl.Locale(tag.trim().replace(/_/g, '-')).language.toLowerCase();
    } catch {
      // Not a well-formed tag: English.
    }
    known = language === 'bg' || language === 'ru' || language === 'tr' ? language : 'en';
    // Bounded: a client sending a new tag with every request must not grow it forever.
    if (languages.size < 200) languages.set(tag, known);
  }
  return known;
}

function localize(text: LocalizedText, locale: string | undefined): string {
  return text[languageOf(locale)] ?? text.en;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function newId(prefix: string): string {
  return `${prefix}-${randomToken().slice(0, 16)}`;
}

function notFound(what: string): PlugboardError {
  return new PlugboardError('not-found', `No ${what}.`, { status: 404 });
}

const AVAILABLE: ActivationRecord = { activatedAt: null, issuedAt: null, usedAt: null, connectorId: null, status: 'available' };

/**
 * The rules of the five flows, once: consents and credential expiry, network security,
 * connector limits, unique names, authorization and group tokens, account links. It
 * answers synchronously from one organisation's store, as the signed-in user; the
 * in-memory adapter and the reference server both run it.
 */
export class ReferenceBackend {
  private readonly store: BackendStore;
  private readonly data: Fixtures;
  private readonly userId: string;
  private readonly now: () => number;
  private readonly onSite: boolean;

  constructor(store: BackendStore, options: BackendOptions) {
    this.store = store;
    this.data = options.fixtures;
    this.userId = options.userId;
    this.now = options.now;
    this.onSite = options.onSite;
    if (!store.isSeeded()) this.seed();
  }

  /** The vendor starts using an app's credentials, so they no longer expire. */
  markCredentialsUsed(appId: string): void {
    const record = this.store.activation(appId);
    if (record?.issuedAt != null) this.store.saveActivation(appId, { ...record, usedAt: this.now() });
  }

  // ---- catalog --------------------------------------------------------------------------

  listCategories(locale?: string): Category[] {
    return this.data.categories.map((category) => ({
      id: category.id,
      name: localize(category.name, locale),
      appCount: this.data.apps.filter((app) => app.categoryIds.includes(category.id)).length,
    }));
  }

  listApps(query: ListAppsQuery, locale?: string): AppPage {
    const parsed = parse(ListAppsQuerySchema, query);
    const activations = this.store.activations();
    const language = languageOf(locale);
    const matching = this.data.apps
      .filter((app) => !parsed.category || app.categoryIds.includes(parsed.category))
      .map((app) => this.summary(app, locale, activations.get(app.id)))
      .filter((app) => !parsed.installed || app.status !== 'available')
      .filter((app) => !parsed.query || matchesQuery(parsed.query, [app.name, app.vendor, app.summary], language));
    // A cursor is a `nextCursor` this backend gave out: anything else is refused, not read as the first page.
    if (parsed.cursor && !/^\d{1,9}$/.test(parsed.cursor)) throw validationError({ cursor: { code: 'invalid' } });
    const start = parsed.cursor ? Number(parsed.cursor) : 0;
    const end = start + (parsed.limit ?? DEFAULT_PAGE_SIZE);
    return {
      items: matching.slice(start, end),
      total: matching.length,
      nextCursor: end < matching.length ? String(end) : null,
    };
  }

  getApp(appId: string, locale?: string): AppDetail {
    const app = this.app(appId);
    return this.detail(app, locale, this.store.activation(app.id));
  }

  // ---- activation -----------------------------------------------------------------------

  getActivation(appId: string): Activation {
    return this.activation(this.app(appId).id);
  }

  activate(appId: string, consent: ConsentRecord): Activation {
    const app = this.app(appId);
    const record = parse(ConsentRecordSchema, consent);
    if (this.store.appForIdempotencyKey(record.idempotencyKey) === appId) return this.activation(appId);
    const fieldErrors: Record<string, FieldError> = {};
    if (record.appId !== appId) fieldErrors['appId'] = { code: 'invalid' };
    if (record.termsVersion !== app.termsVersion) fieldErrors['termsVersion'] = { code: 'invalid' };
    if (app.mayChangeFees && record.feeEffectiveDate === null) fieldErrors['fees'] = { code: 'required' };
    const shown = new Set(record.scopes);
    if (app.dataScopes.some((scope) => !shown.has(scope.id))) fieldErrors['scopes'] = { code: 'required' };
    if (Object.keys(fieldErrors).length > 0) throw validationError(fieldErrors);
    if ((this.store.activation(appId) ?? AVAILABLE).status !== 'available') {
      throw new PlugboardError('conflict', `App ${appId} is already activated.`, { status: 409 });
    }
    const now = this.now();
    this.store.saveActivation(
      appId,
      app.developer === 'vendor'
        ? { activatedAt: now, issuedAt: now, usedAt: null, connectorId: null, status: 'active' }
        : { activatedAt: now, issuedAt: null, usedAt: null, connectorId: null, status: 'pending-configuration' },
    );
    this.store.recordConsent(record);
    return this.activation(appId);
  }

  deactivate(appId: string): Activation {
    this.app(appId);
    this.store.saveActivation(appId, AVAILABLE);
    for (const record of this.store.connectors()) {
      if (record.connector.appId === appId) this.store.saveConnector({ ...record, connector: { ...record.connector, appId: null } });
    }
    return this.activation(appId);
  }

  // ---- network security -----------------------------------------------------------------

  getNetworkSecurity(): NetworkSecurity {
    return this.store.networkSecurity() ?? { mode: 'unrestricted', trustedNetworks: [] };
  }

  setNetworkSecurity(settings: NetworkSecurity): NetworkSecurity {
    const fieldErrors: Record<string, FieldError> = {};
    const parsed = NetworkSecuritySchema.safeParse(settings);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String).join('.');
        fieldErrors[path] = { code: path.endsWith('.address') ? 'invalid-address' : 'invalid' };
      }
    }
    // The same rules as the form's: each address against the ones listed before it.
    const networks = Array.isArray(settings?.trustedNetworks) ? settings.trustedNetworks : [];
    networks.forEach((network, index) => {
      const path = `trustedNetworks.${index}`;
      if (fieldErrors[`${path}.address`] === undefined && typeof network?.address === 'string') {
        // Earlier entries may be garbage too (a number, null): compare with the readable ones.
        const listed = networks.slice(0, index).filter((earlier) => typeof earlier?.address === 'string');
        const error = checkTrustedAddress(network.address, listed);
        if (error) fieldErrors[`${path}.address`] = error;
      }
      if (typeof network?.label === 'string') {
        const error = checkNetworkLabel(network.label);
        if (error) fieldErrors[`${path}.label`] = error;
      }
    });
    if (Object.keys(fieldErrors).length > 0 || !parsed.success) throw validationError(fieldErrors);
    this.store.saveNetworkSecurity(parsed.data);
    return parsed.data;
  }

  // ---- connectors -----------------------------------------------------------------------

  listConnectorTypes(locale?: string): ConnectorType[] {
    return this.data.connectorTypes.map((type) => this.connectorType(type, locale));
  }

  listConnectors(query: ListConnectorsQuery): Connector[] {
    parse(ConnectorOwnerFilterSchema, query.owner);
    return this.store
      .connectors()
      .map((record) => record.connector)
      .filter((connector) => query.owner === 'all' || connector.ownerId === this.userId)
      .filter((connector) => !query.typeId || connector.typeId === query.typeId)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  getConnector(connectorId: string): Connector {
    return this.connectorRecord(connectorId).connector;
  }

  createConnector(input: ConnectorInput, locale?: string): CreatedConnector {
    const parsed = parse(ConnectorInputSchema, input);
    const fixture = this.data.connectorTypes.find((candidate) => candidate.id === parsed.typeId);
    if (!fixture) throw validationError({ typeId: { code: 'invalid' } });
    const type = this.connectorType(fixture, locale);
    const existing = this.store.connectors().filter((record) => record.connector.typeId === type.id);
    if (type.maxPerOrganization !== null && existing.length >= type.maxPerOrganization) {
      throw new PlugboardError('limit-reached', `At most ${type.maxPerOrganization} connectors of this type.`, {
        status: 409,
        limit: type.maxPerOrganization,
      });
    }
    if (parsed.appId !== undefined) this.app(parsed.appId);
    const fieldErrors = checkConnectorValues(type, parsed.values, stepsBeforeAuthorization(type));
    this.assertUniqueName(type.id, parsed.name, null);
    if (Object.keys(fieldErrors).length > 0) throw validationError(fieldErrors);
    const now = iso(this.now());
    const { values, secrets } = splitSecrets(type, parsed.values);
    const clientSecret = type.issuesCredentials ? randomToken() : null;
    const connector: Connector = {
      id: newId('con'),
      typeId: type.id,
      appId: parsed.appId ?? null,
      name: parsed.name,
      description: parsed.description ?? '',
      ownerId: this.userId,
      ownerName: this.userName(this.userId),
      status: type.issuesCredentials ? 'active' : 'draft',
      values,
      secretsSet: Object.keys(secrets),
      clientId: type.issuesCredentials ? newId('client') : null,
      groups: [],
      createdAt: now,
      updatedAt: now,
    };
    this.store.saveConnector({ connector, secrets });
    return { connector, clientSecret };
  }

  updateConnector(connectorId: string, patch: ConnectorPatch, locale?: string): Connector {
    const record = this.connectorRecord(connectorId);
    const parsed = parse(ConnectorPatchSchema, patch);
    const type = this.typeOf(record.connector, locale);
    const incoming = splitSecrets(type, parsed.values ?? {});
    const values = { ...record.connector.values, ...incoming.values };
    const secrets = { ...record.secrets, ...incoming.secrets };
    const credentialSteps = stepsBeforeAuthorization(type);
    const credentialFields = credentialFieldIds(type);
    const credentialsChanged = Object.entries(parsed.values ?? {}).some(
      ([key, value]) => credentialFields.has(key) && value !== '' && value !== record.connector.values[key],
    );
    const unlocked = record.connector.status !== 'draft' && !credentialsChanged;
    const stepIds = unlocked ? type.steps.map((step) => step.id) : credentialSteps;
    const fieldErrors = checkConnectorValues(type, { ...values, ...secrets }, stepIds, Object.keys(secrets));
    if (parsed.name !== undefined) this.assertUniqueName(type.id, parsed.name, connectorId);
    if (Object.keys(fieldErrors).length > 0) throw validationError(fieldErrors);
    const status: ConnectorStatus = credentialsChanged && !type.issuesCredentials ? 'draft' : record.connector.status;
    const connector: Connector = {
      ...record.connector,
      name: parsed.name ?? record.connector.name,
      description: parsed.description ?? record.connector.description,
      values,
      secretsSet: Object.keys(secrets),
      status,
      updatedAt: iso(this.now()),
    };
    this.store.saveConnector({ connector, secrets });
    if (status === 'draft') this.unlinkApp(connector);
    return connector;
  }

  authorizeConnector(connectorId: string, locale?: string): Connector {
    const record = this.connectorRecord(connectorId);
    const fixture = this.typeFixture(record.connector.typeId);
    const type = this.connectorType(fixture, locale);
    const all = { ...record.connector.values, ...record.secrets };
    const fieldErrors = checkConnectorValues(type, all, stepsBeforeAuthorization(type), record.connector.secretsSet);
    if (Object.keys(fieldErrors).length > 0) throw validationError(fieldErrors);
    const accepted = fixture.acceptedCredentials;
    if (accepted && !accepted.some((set) => Object.entries(set).every(([key, value]) => all[key] === value))) {
      const rejected = Object.fromEntries(
        Object.keys(accepted[0] ?? {}).map((key): [string, FieldError] => [key, { code: 'credentials-rejected' }]),
      );
      throw validationError(rejected, 'The service refused these credentials.');
    }
    if (record.connector.status !== 'draft') return record.connector;
    return this.saveStatus(record, 'authorized');
  }

  listConnectorOptions(connectorId: string, source: string, locale?: string): FieldOption[] {
    const record = this.connectorRecord(connectorId);
    if (record.connector.status === 'draft') {
      throw new PlugboardError('forbidden', 'Authorize the connector before loading its options.', { status: 403 });
    }
    const choices = this.typeFixture(record.connector.typeId).remoteOptions?.[source];
    if (!choices) throw notFound(`options named ${source}`);
    return choices.map((choice) => ({ value: choice.value, label: localize(choice.label, locale) }));
  }

  activateConnector(connectorId: string, locale?: string): Connector {
    const record = this.connectorRecord(connectorId);
    if (record.connector.status === 'draft') {
      throw new PlugboardError('conflict', 'Authorize the connector before activating it.', { status: 409 });
    }
    const type = this.typeOf(record.connector, locale);
    const all = { ...record.connector.values, ...record.secrets };
    const fieldErrors = checkConnectorValues(type, all, type.steps.map((step) => step.id), record.connector.secretsSet);
    if (Object.keys(fieldErrors).length > 0) throw validationError(fieldErrors);
    const connector = this.saveStatus(record, 'active');
    const appId = connector.appId;
    const activation = appId ? this.store.activation(appId) : undefined;
    if (appId && activation && activation.status !== 'available') {
      this.store.saveActivation(appId, { ...activation, status: 'active', connectorId });
    }
    return connector;
  }

  deactivateConnector(connectorId: string): Connector {
    const connector = this.saveStatus(this.connectorRecord(connectorId), 'inactive');
    this.unlinkApp(connector);
    return connector;
  }

  deleteConnector(connectorId: string): void {
    const record = this.connectorRecord(connectorId);
    this.unlinkApp(record.connector);
    this.store.deleteConnector(connectorId);
  }

  listGroups(): Group[] {
    return this.data.groups.map((group) => ({ ...group }));
  }

  addConnectorToGroup(connectorId: string, groupId: string): Connector {
    const record = this.connectorRecord(connectorId);
    this.group(groupId);
    if (!this.typeFixture(record.connector.typeId).supportsGroups) {
      throw new PlugboardError('conflict', 'Connectors of this type do not join groups.', { status: 409 });
    }
    if (record.connector.groups.some((membership) => membership.groupId === groupId)) return record.connector;
    if (record.connector.status !== 'active') {
      throw new PlugboardError('forbidden', 'An inactive connector cannot get tokens for new groups.', { status: 403 });
    }
    const now = iso(this.now());
    const connector = { ...record.connector, groups: [...record.connector.groups, { groupId, tokenIssuedAt: now }], updatedAt: now };
    this.store.saveConnector({ ...record, connector });
    return connector;
  }

  removeConnectorFromGroup(connectorId: string, groupId: string): Connector {
    const record = this.connectorRecord(connectorId);
    this.group(groupId);
    const groups = record.connector.groups.filter((membership) => membership.groupId !== groupId);
    const connector = { ...record.connector, groups, updatedAt: iso(this.now()) };
    this.store.saveConnector({ ...record, connector });
    return connector;
  }

  // ---- sync -----------------------------------------------------------------------------

  listSyncServices(): SyncService[] {
    return this.data.syncServices.map(({ id, name, icon, capabilities }) => ({ id, name, icon, capabilities }));
  }

  listAccounts(): SyncAccount[] {
    return this.store.accounts().sort((a, b) => a.linkedAt.localeCompare(b.linkedAt) || a.id.localeCompare(b.id));
  }

  beginAccountLink(serviceId: string): AccountLink {
    const service = this.data.syncServices.find((candidate) => candidate.id === serviceId);
    if (!service) throw notFound(`sync service ${serviceId}`);
    const state = randomToken();
    this.store.savePendingLink(state, { serviceId, userId: this.userId });
    const url = new URL(service.authorizationEndpoint);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', this.syncRecord().clientId || 'plugboard-demo');
    url.searchParams.set('redirect_uri', this.redirectUri());
    url.searchParams.set('scope', service.capabilities.join(' '));
    url.searchParams.set('state', state);
    return { authorizationUrl: url.toString(), state };
  }

  completeAccountLink(completion: AccountLinkCompletion): SyncAccount {
    const parsed = parse(AccountLinkCompletionSchema, completion);
    const pending = this.store.pendingLink(parsed.state);
    if (!pending) throw validationError({ state: { code: 'invalid' } }, 'Unknown or used link state.');
    this.store.deletePendingLink(parsed.state);
    if (parsed.error || !parsed.code) {
      throw new PlugboardError('forbidden', parsed.error ?? 'The provider did not grant access.', { status: 403 });
    }
    const base = this.userName(pending.userId).toLowerCase().replace(/\s+/g, '.');
    const taken = this.store.accounts().filter((account) => account.displayName.startsWith(base)).length;
    const account: SyncAccount = {
      id: newId('acc'),
      serviceId: pending.serviceId,
      displayName: `${base}${taken ? taken + 1 : ''}@example.com`,
      linkedAt: iso(this.now()),
      status: 'linked',
      settings: {
        calendar: true,
        contacts: true,
        autoSyncActivities: true,
        activitiesPeriod: 15,
        syncFrom: null,
        autoSyncContacts: false,
        contactsPeriod: 60,
      },
      lastSyncAt: null,
    };
    this.store.saveAccount(account);
    return account;
  }

  updateAccountSettings(accountId: string, settings: AccountSyncSettings): SyncAccount {
    const account = { ...this.account(accountId), settings: parse(AccountSyncSettingsSchema, settings) };
    this.store.saveAccount(account);
    return account;
  }

  removeAccount(accountId: string): void {
    this.account(accountId);
    this.store.deleteAccount(accountId);
  }

  listTags(locale?: string): Tag[] {
    return this.data.tags.map((tag) => ({ id: tag.id, name: localize(tag.name, locale) }));
  }

  getSyncSettings(): SyncSettings {
    const record = this.syncRecord();
    return {
      personalTagId: record.personalTagId,
      oauthClient: this.onSite
        ? {
            clientId: record.clientId,
            clientSecretSet: record.clientSecret !== null,
            redirectUri: this.redirectUri(),
            authorizedOrigin: new URL(this.data.siteUrl).origin,
          }
        : null,
    };
  }

  saveSyncSettings(settings: SyncSettingsInput): SyncSettings {
    const parsed = parse(SyncSettingsInputSchema, settings);
    if (parsed.personalTagId !== null && !this.data.tags.some((tag) => tag.id === parsed.personalTagId)) {
      throw validationError({ personalTagId: { code: 'invalid' } });
    }
    if (parsed.oauthClient && !this.onSite) {
      throw new PlugboardError('forbidden', 'Only on-site installations register an OAuth client.', { status: 403 });
    }
    const current = this.syncRecord();
    this.store.saveSyncSettings({
      personalTagId: parsed.personalTagId,
      clientId: parsed.oauthClient?.clientId ?? current.clientId,
      clientSecret: parsed.oauthClient?.clientSecret ?? current.clientSecret,
    });
    return this.getSyncSettings();
  }

  runSync(): SyncRun {
    const linked = this.store.accounts().filter((account) => account.status === 'linked');
    if (linked.length === 0) throw new PlugboardError('conflict', 'No account is linked for sync.', { status: 409 });
    const startedAt = iso(this.now());
    for (const account of linked) this.store.saveAccount({ ...account, lastSyncAt: startedAt });
    return { id: newId('run'), startedAt, status: 'queued', accountIds: linked.map((account) => account.id) };
  }

  // ---- internals ------------------------------------------------------------------------

  /** The organisation's starting state: the fixtures' activations and connectors. */
  private seed(): void {
    const now = this.now();
    for (const app of this.data.apps) {
      const initial = app.initialStatus ?? 'available';
      if (initial === 'available') continue;
      const activatedAt = now - 72 * HOUR_MS;
      const record: ActivationRecord =
        initial === 'credentials-expired'
          ? { activatedAt, issuedAt: now - 50 * HOUR_MS, usedAt: null, connectorId: null, status: 'active' }
          : initial === 'active' && app.developer === 'vendor'
            ? { activatedAt, issuedAt: now - 6 * HOUR_MS, usedAt: now - 5 * HOUR_MS, connectorId: null, status: 'active' }
            : { activatedAt, issuedAt: null, usedAt: null, connectorId: null, status: initial };
      this.store.saveActivation(app.id, record);
    }
    const created = iso(now - 30 * 24 * HOUR_MS);
    for (const seeded of this.data.connectors) {
      const type = this.typeFixture(seeded.typeId);
      const secrets = { ...seeded.secrets };
      this.store.saveConnector({
        secrets,
        connector: {
          id: seeded.id,
          typeId: seeded.typeId,
          appId: null,
          name: seeded.name,
          description: seeded.description,
          ownerId: seeded.ownerId,
          ownerName: this.userName(seeded.ownerId),
          status: seeded.status,
          values: seeded.values,
          secretsSet: Object.keys(secrets),
          clientId: type.issuesCredentials ? `client-${seeded.id}` : null,
          groups: (seeded.groups ?? []).map(({ groupId, daysAgo }) => ({
            groupId,
            tokenIssuedAt: iso(now - daysAgo * 24 * HOUR_MS),
          })),
          createdAt: created,
          updatedAt: created,
        },
      });
    }
    this.store.saveSyncSettings({ personalTagId: this.data.tags[0]?.id ?? null, clientId: '', clientSecret: null });
    this.store.markSeeded();
  }

  private app(appId: string): AppFixture {
    const app = this.data.apps.find((candidate) => candidate.id === appId);
    if (!app) throw notFound(`app ${appId}`);
    return app;
  }

  private status(record: ActivationRecord | undefined): AppStatus {
    if (!record) return 'available';
    const expired =
      record.status === 'active' &&
      record.issuedAt !== null &&
      record.usedAt === null &&
      this.now() >= record.issuedAt + CREDENTIALS_LIFETIME_MS;
    return expired ? 'credentials-expired' : record.status;
  }

  private activation(appId: string): Activation {
    const record = this.store.activation(appId) ?? AVAILABLE;
    return {
      appId,
      status: this.status(record),
      activatedAt: record.activatedAt === null ? null : iso(record.activatedAt),
      credentials:
        record.issuedAt === null
          ? null
          : {
              issuedAt: iso(record.issuedAt),
              expiresAt: iso(record.issuedAt + CREDENTIALS_LIFETIME_MS),
              usedAt: record.usedAt === null ? null : iso(record.usedAt),
            },
      connectorId: record.connectorId,
    };
  }

  private summary(app: AppFixture, locale: string | undefined, record: ActivationRecord | undefined): AppSummary {
    return {
      id: app.id,
      name: app.name,
      vendor: app.vendor,
      summary: localize(app.summary, locale),
      categoryIds: app.categoryIds,
      ...(app.logoUrl ? { logoUrl: app.logoUrl } : {}),
      developer: app.developer,
      status: this.status(record),
    };
  }

  private detail(app: AppFixture, locale: string | undefined, record: ActivationRecord | undefined): AppDetail {
    return {
      ...this.summary(app, locale, record),
      description: localize(app.description, locale),
      dataFlows: app.dataFlows.map((flow) => ({ direction: flow.direction, description: localize(flow.description, locale) })),
      dataScopes: app.dataScopes.map((scope) => ({
        id: scope.id,
        name: localize(scope.name, locale),
        ...(scope.description ? { description: localize(scope.description, locale) } : {}),
        access: scope.access,
      })),
      support: app.support,
      ...(app.moreInfoUrl ? { moreInfoUrl: app.moreInfoUrl } : {}),
      mayChangeFees: app.mayChangeFees,
      termsVersion: app.termsVersion,
      ...(app.connectorTypeId ? { connectorTypeId: app.connectorTypeId } : {}),
    };
  }

  private typeFixture(typeId: string): ConnectorTypeFixture {
    const type = this.data.connectorTypes.find((candidate) => candidate.id === typeId);
    if (!type) throw notFound(`connector type ${typeId}`);
    return type;
  }

  private typeOf(connector: Connector, locale: string | undefined): ConnectorType {
    return this.connectorType(this.typeFixture(connector.typeId), locale);
  }

  private connectorType(type: ConnectorTypeFixture, locale: string | undefined): ConnectorType {
    return {
      id: type.id,
      name: localize(type.name, locale),
      description: localize(type.description, locale),
      ...(type.group ? { group: localize(type.group, locale) } : {}),
      ...(type.logoUrl ? { logoUrl: type.logoUrl } : {}),
      ...(type.warning ? { warning: localize(type.warning, locale) } : {}),
      prerequisites: type.prerequisites.map((item) => ({ id: item.id, text: localize(item.text, locale) })),
      ipAllowList: type.ipAllowList,
      maxPerOrganization: type.maxPerOrganization,
      issuesCredentials: type.issuesCredentials,
      supportsGroups: type.supportsGroups,
      steps: type.steps.map((step) => ({
        id: step.id,
        title: localize(step.title, locale),
        ...(step.description ? { description: localize(step.description, locale) } : {}),
        requiresAuthorization: step.requiresAuthorization,
        fields: step.fields.map(({ label, help, options, items, ...field }) => ({
          ...field,
          label: localize(label, locale),
          ...(help ? { help: localize(help, locale) } : {}),
          ...(items ? { items: items.map((item) => ({ id: item.id, text: localize(item.text, locale) })) } : {}),
          ...(options
            ? { options: options.map((option) => ({ value: option.value, label: localize(option.label, locale) })) }
            : {}),
        })),
      })),
    };
  }

  private connectorRecord(connectorId: string): ConnectorRecord {
    const record = this.store.connector(connectorId);
    if (!record) throw notFound(`connector ${connectorId}`);
    return record;
  }

  private saveStatus(record: ConnectorRecord, status: ConnectorStatus): Connector {
    const connector = { ...record.connector, status, updatedAt: iso(this.now()) };
    this.store.saveConnector({ ...record, connector });
    return connector;
  }

  private assertUniqueName(typeId: string, name: string, exceptId: string | null): void {
    const wanted = name.trim().toLocaleLowerCase();
    const taken = this.store
      .connectors()
      .some(
        ({ connector }) =>
          connector.id !== exceptId && connector.typeId === typeId && connector.name.trim().toLocaleLowerCase() === wanted,
      );
    if (taken) {
      throw new PlugboardError('conflict', `A connector named ${name} exists already.`, {
        status: 409,
        fieldErrors: { name: { code: 'not-unique' } },
      });
    }
  }

  /** A host-developed app whose connector stops working needs configuration again. */
  private unlinkApp(connector: Connector): void {
    const appId = connector.appId;
    const record = appId ? this.store.activation(appId) : undefined;
    if (appId && record && record.status === 'active' && record.connectorId === connector.id) {
      this.store.saveActivation(appId, { ...record, status: 'pending-configuration', connectorId: null });
    }
  }

  private group(groupId: string): Group {
    const group = this.data.groups.find((candidate) => candidate.id === groupId);
    if (!group) throw notFound(`group ${groupId}`);
    return group;
  }

  private account(accountId: string): SyncAccount {
    const account = this.store.account(accountId);
    if (!account) throw notFound(`account ${accountId}`);
    return account;
  }

  private syncRecord() {
    return this.store.syncSettings() ?? { personalTagId: null, clientId: '', clientSecret: null };
  }

  private userName(userId: string): string {
    return this.data.users.find((user) => user.id === userId)?.name ?? userId;
  }

  private redirectUri(): string {
    return new URL('/oauth/callback', this.data.siteUrl).toString();
  }
}

/** Secret fields are kept apart and never returned; an empty one keeps the stored secret. */
function splitSecrets(type: ConnectorType, input: FieldValues): { values: FieldValues; secrets: Record<string, string> } {
  const secretIds = new Set(type.steps.flatMap((step) => step.fields).filter((field) => field.kind === 'secret').map((field) => field.id));
  const values: FieldValues = {};
  const secrets: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!secretIds.has(key)) values[key] = value;
    else if (typeof value === 'string' && value !== '') secrets[key] = value;
  }
  return { values, secrets };
}

function parse<T>(schema: ZodMiniType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw validationError(fieldErrorsOf(result.error));
}
