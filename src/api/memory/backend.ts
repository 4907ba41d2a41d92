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
  type AccountLinkStatus,
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
import type { AccountLinkRecord, ActivationRecord, BackendStore, ConnectorRecord, SyncRunRecord, SyncSettingsRecord } from './store.js';

/** Credentials the vendor has not used expire this long after they were issued. */
export const CREDENTIALS_LIFETIME_MS = 48 * 3600 * 1000;
/** A link begun with the provider and not completed expires this long after it began. */
export const ACCOUNT_LINK_LIFETIME_MS = 10 * 60 * 1000;
/** A sync run waits this long in the queue, then runs until `SYNC_RUN_DURATION_MS` after its start. */
export const SYNC_RUN_QUEUED_MS = 1000;
export const SYNC_RUN_DURATION_MS = 3000;
/** What the simulated sync brings over per account: its contacts, its calendar's events. */
const CONTACTS_PER_ACCOUNT = 12;
const EVENTS_PER_ACCOUNT = 30;
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
    return this.data.syncServices.map(({ id, name, icon, capabilities, periods }) => ({ id, name, icon, capabilities, periods }));
  }

  listAccounts(): SyncAccount[] {
    this.settleSyncRuns();
    return this.store.accounts().sort((a, b) => a.linkedAt.localeCompare(b.linkedAt) || a.id.localeCompare(b.id));
  }

  beginAccountLink(serviceId: string): AccountLink {
    const service = this.data.syncServices.find((candidate) => candidate.id === serviceId);
    if (!service) throw notFound(`sync service ${serviceId}`);
    const state = randomToken();
    this.store.saveAccountLink(state, { serviceId, userId: this.userId, createdAt: this.now(), status: 'pending' });
    const url = new URL(service.authorizationEndpoint);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', this.syncRecord().clientId || 'plugboard-demo');
    url.searchParams.set('redirect_uri', this.redirectUri());
    url.searchParams.set('scope', service.capabilities.join(' '));
    url.searchParams.set('state', state);
    return { authorizationUrl: url.toString(), state };
  }

  /**
   * A state completes once, within `ACCOUNT_LINK_LIFETIME_MS` of its start: an unknown,
   * used (linked or denied) or expired one is refused. The provider's `error` (or no code)
   * denies the link, and that uses the state up too.
   */
  completeAccountLink(completion: AccountLinkCompletion): SyncAccount {
    const parsed = parse(AccountLinkCompletionSchema, completion);
    const link = this.store.accountLink(parsed.state);
    if (!link || this.linkStatus(link) !== 'pending') {
      throw validationError({ state: { code: 'invalid' } }, 'Unknown, used or expired link state.');
    }
    if (parsed.error || !parsed.code) {
      this.store.saveAccountLink(parsed.state, { ...link, status: 'denied' });
      throw new PlugboardError('forbidden', parsed.error ?? 'The provider did not grant access.', { status: 403 });
    }
    const periods = this.data.syncServices.find((service) => service.id === link.serviceId)?.periods ?? [];
    const base = this.userName(link.userId).toLowerCase().replace(/\s+/g, '.');
    const taken = this.store.accounts().filter((account) => account.displayName.startsWith(base)).length;
    const account: SyncAccount = {
      id: newId('acc'),
      serviceId: link.serviceId,
      displayName: `${base}${taken ? taken + 1 : ''}@example.com`,
      linkedAt: iso(this.now()),
      status: 'linked',
      settings: {
        calendar: true,
        contacts: true,
        autoSyncActivities: true,
        activitiesPeriod: periods.includes(15) ? 15 : (periods[0] ?? 15),
        syncFrom: null,
        autoSyncContacts: false,
        contactsPeriod: nearest(periods, 60),
      },
      lastSyncAt: null,
    };
    this.store.saveAccount(account);
    this.store.saveAccountLink(parsed.state, { ...link, status: 'linked', accountId: account.id });
    return account;
  }

  getAccountLink(state: string): AccountLinkStatus {
    const link = typeof state === 'string' ? this.store.accountLink(state) : undefined;
    if (!link) throw notFound('account link with this state');
    const status = this.linkStatus(link);
    const account = status === 'linked' && link.accountId !== undefined ? (this.store.account(link.accountId) ?? null) : null;
    return { state, status, account };
  }

  updateAccountSettings(accountId: string, settings: AccountSyncSettings): SyncAccount {
    this.settleSyncRuns();
    const current = this.account(accountId);
    const parsed = parse(AccountSyncSettingsSchema, settings);
    const offered = this.data.syncServices.find((service) => service.id === current.serviceId)?.periods;
    if (offered) {
      const fieldErrors: Record<string, FieldError> = {};
      if (!offered.includes(parsed.activitiesPeriod)) fieldErrors['activitiesPeriod'] = { code: 'invalid' };
      if (!offered.includes(parsed.contactsPeriod)) fieldErrors['contactsPeriod'] = { code: 'invalid' };
      if (Object.keys(fieldErrors).length > 0) throw validationError(fieldErrors, 'The service does not offer this period.');
    }
    const account = { ...current, settings: parsed };
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
    this.settleSyncRuns();
    const record = this.syncRecord();
    const latest = this.store.latestSyncRun();
    return {
      personalTagIds: record.personalTagIds,
      oauthClient: this.onSite
        ? {
            clientId: record.clientId,
            clientSecretSet: record.clientSecret !== null,
            redirectUri: this.redirectUri(),
            authorizedOrigin: new URL(this.data.siteUrl).origin,
          }
        : null,
      lastRun: latest ? this.syncRunOf(latest) : null,
    };
  }

  saveSyncSettings(settings: SyncSettingsInput): SyncSettings {
    const parsed = parse(SyncSettingsInputSchema, settings);
    const personalTagIds = [...new Set(parsed.personalTagIds)];
    if (!personalTagIds.every((tagId) => this.data.tags.some((tag) => tag.id === tagId))) {
      throw validationError({ personalTagIds: { code: 'invalid' } });
    }
    if (parsed.oauthClient && !this.onSite) {
      throw new PlugboardError('forbidden', 'Only on-site installations register an OAuth client.', { status: 403 });
    }
    const current = this.syncRecord();
    this.store.saveSyncSettings({
      personalTagIds,
      clientId: parsed.oauthClient?.clientId ?? current.clientId,
      clientSecret: parsed.oauthClient?.clientSecret ?? current.clientSecret,
    });
    return this.getSyncSettings();
  }

  /**
   * Starts a run over every linked account; one that needs signing in again is named in
   * its errors instead. Its progress follows the clock (see `syncRunOf`).
   */
  runSync(): SyncRun {
    const accounts = this.listAccounts();
    const linked = accounts.filter((account) => account.status === 'linked');
    if (linked.length === 0) throw new PlugboardError('conflict', 'No account is linked for sync.', { status: 409 });
    const run: SyncRunRecord = {
      id: newId('run'),
      startedAt: this.now(),
      accounts: linked.map((account) => ({
        accountId: account.id,
        calendar: account.settings.calendar,
        contacts: account.settings.contacts,
      })),
      errors: accounts
        .filter((account) => account.status === 'needs-reauthorization')
        .map((account) => `${account.displayName}: sign in again to sync this account.`)
        .slice(0, 50),
      settled: false,
    };
    this.store.saveSyncRun(run);
    return this.syncRunOf(run);
  }

  getSyncRun(runId: string): SyncRun {
    this.settleSyncRuns();
    const run = typeof runId === 'string' ? this.store.syncRun(runId) : undefined;
    if (!run) throw notFound(`sync run ${runId}`);
    return this.syncRunOf(run);
  }

  /** The provider revokes an account's access: it needs signing in again before it syncs. */
  revokeAccountAccess(accountId: string): SyncAccount {
    const account: SyncAccount = { ...this.account(accountId), status: 'needs-reauthorization' };
    this.store.saveAccount(account);
    return account;
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
    this.store.saveSyncSettings({ personalTagIds: this.data.tags[0] ? [this.data.tags[0].id] : [], clientId: '', clientSecret: null });
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

  private syncRecord(): SyncSettingsRecord {
    return this.store.syncSettings() ?? { personalTagIds: [], clientId: '', clientSecret: null };
  }

  /** A pending link older than `ACCOUNT_LINK_LIFETIME_MS` has expired. */
  private linkStatus(link: AccountLinkRecord): AccountLinkStatus['status'] {
    return link.status === 'pending' && this.now() - link.createdAt > ACCOUNT_LINK_LIFETIME_MS ? 'expired' : link.status;
  }

  /**
   * A run as it stands by the clock: queued for its first second, then running with its
   * counts growing, done `SYNC_RUN_DURATION_MS` after it started with everything brought
   * over and its errors.
   */
  private syncRunOf(run: SyncRunRecord): SyncRun {
    const elapsed = this.now() - run.startedAt;
    const total = {
      contacts: run.accounts.filter((account) => account.contacts).length * CONTACTS_PER_ACCOUNT,
      events: run.accounts.filter((account) => account.calendar).length * EVENTS_PER_ACCOUNT,
    };
    const base = { id: run.id, startedAt: iso(run.startedAt), accountIds: run.accounts.map((account) => account.accountId) };
    if (elapsed < SYNC_RUN_QUEUED_MS) {
      return { ...base, status: 'queued', finishedAt: null, counts: { contacts: 0, events: 0 }, errors: [] };
    }
    if (elapsed < SYNC_RUN_DURATION_MS) {
      const share = (elapsed - SYNC_RUN_QUEUED_MS) / (SYNC_RUN_DURATION_MS - SYNC_RUN_QUEUED_MS);
      const counts = { contacts: Math.floor(total.contacts * share), events: Math.floor(total.events * share) };
      return { ...base, status: 'running', finishedAt: null, counts, errors: [] };
    }
    return { ...base, status: 'done', finishedAt: iso(run.startedAt + SYNC_RUN_DURATION_MS), counts: total, errors: run.errors };
  }

  /** Writes each finished run's end to the accounts it synced, once. */
  private settleSyncRuns(): void {
    for (const run of this.store.unsettledSyncRuns()) {
      if (this.now() - run.startedAt < SYNC_RUN_DURATION_MS) continue;
      const finishedAt = iso(run.startedAt + SYNC_RUN_DURATION_MS);
      for (const { accountId } of run.accounts) {
        const account = this.store.account(accountId);
        if (account && (account.lastSyncAt === null || account.lastSyncAt < finishedAt)) {
          this.store.saveAccount({ ...account, lastSyncAt: finishedAt });
        }
      }
      this.store.saveSyncRun({ ...run, settled: true });
    }
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

/** `preferred` if offered, else the offered period nearest to it (the shorter of two as near). */
function nearest(periods: number[], preferred: number): number {
  let best = periods[0] ?? preferred;
  for (const period of periods) if (Math.abs(period - preferred) < Math.abs(best - preferred)) best = period;
  return best;
}

function parse<T>(schema: ZodMiniType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw validationError(fieldErrorsOf(result.error));
}
