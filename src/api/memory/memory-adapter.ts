import type { ApiAdapter, AdapterOperation, ListConnectorsQuery, RequestOptions } from '../adapter.js';
import { checkConnectorValues, stepsBeforeAuthorization, type FieldValues } from '../connector-values.js';
import type { ZodMiniType } from 'zod/mini';
import { PlugboardError, fieldErrorsOf, validationError, type ErrorCode, type FieldError } from '../errors.js';
import {
  AccountLinkCompletionSchema,
  AccountSyncSettingsSchema,
  ConnectorInputSchema,
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
import { fixtures as defaultFixtures } from './fixtures.js';

/** Credentials the vendor has not used expire this long after they were issued. */
export const CREDENTIALS_LIFETIME_MS = 48 * 3600 * 1000;
const DEFAULT_PAGE_SIZE = 50;

export interface MemoryAdapterOptions {
  /** The data to start from; the bundled fixtures when absent. */
  fixtures?: Fixtures;
  /** The signed-in user, one of `fixtures.users`; the first when absent. */
  userId?: string;
  /** Milliseconds every call waits before answering, to show loading states. */
  latency?: number;
  /** The clock, so tests can move time (credential expiry). */
  now?: () => number;
  /** Whether this is an on-site installation with its own OAuth client. */
  onSite?: boolean;
}

interface SimulatedFailure {
  code: ErrorCode;
  remaining: number;
  retryAfter: number | undefined;
}

interface ActivationState {
  activatedAt: number | null;
  issuedAt: number | null;
  usedAt: number | null;
  connectorId: string | null;
  developer: AppFixture['developer'];
  /** `available`, `pending-configuration` or `active`; expiry is derived from the clock. */
  base: Exclude<AppStatus, 'credentials-expired'>;
}

interface ConnectorState {
  connector: Connector;
  secrets: Record<string, string>;
}

interface PendingLink {
  serviceId: string;
  userId: string;
}

function languageOf(locale: string | undefined): keyof LocalizedText {
  const language = (locale ?? 'en').slice(0, 2).toLowerCase();
  return language === 'bg' || language === 'ru' || language === 'tr' ? language : 'en';
}

function localize(text: LocalizedText, locale: string | undefined): string {
  return text[languageOf(locale)] ?? text.en;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * A complete backend in memory: the whole contract with the rules of the five flows
 * (consents, credential expiry, connector limits and unique names, group tokens), seeded
 * with realistic fixtures. For stories, tests and a demo without a server. It can wait
 * before answering and fail any operation on demand.
 */
export class MemoryAdapter implements ApiAdapter {
  /** Milliseconds every call waits before answering. */
  latency: number;
  /** Every consent accepted, in order, as the host would store them. */
  readonly consents: ConsentRecord[] = [];

  private readonly data: Fixtures;
  private readonly now: () => number;
  private readonly userId: string;
  private readonly onSite: boolean;
  private readonly failures = new Map<AdapterOperation | '*', SimulatedFailure>();
  private readonly activations = new Map<string, ActivationState>();
  private readonly idempotencyKeys = new Map<string, string>();
  private readonly connectors = new Map<string, ConnectorState>();
  private readonly pendingLinks = new Map<string, PendingLink>();
  private readonly accounts = new Map<string, SyncAccount>();
  private network: NetworkSecurity = { mode: 'unrestricted', trustedNetworks: [] };
  private syncSettings: { personalTagId: string | null; clientId: string; clientSecret: string | null };
  private sequence = 0;

  constructor(options: MemoryAdapterOptions = {}) {
    this.data = options.fixtures ?? defaultFixtures;
    this.latency = options.latency ?? 0;
    this.now = options.now ?? Date.now;
    this.onSite = options.onSite ?? true;
    const firstUser = this.data.users[0];
    this.userId = options.userId ?? firstUser?.id ?? 'user';
    this.syncSettings = { personalTagId: this.data.tags[0]?.id ?? null, clientId: '', clientSecret: null };
    this.seed();
  }

  /**
   * Makes the next `times` calls of an operation (or of every operation, with `'*'`) fail
   * with the given code, as a backend would.
   */
  simulateError(
    operation: AdapterOperation | '*',
    code: ErrorCode,
    options: { times?: number; retryAfter?: number } = {},
  ): void {
    this.failures.set(operation, { code, remaining: options.times ?? 1, retryAfter: options.retryAfter });
  }

  /** Stops every simulated failure. */
  clearSimulatedErrors(): void {
    this.failures.clear();
  }

  /** The vendor starts using an app's credentials, so they no longer expire. */
  markCredentialsUsed(appId: string): void {
    const state = this.activations.get(appId);
    if (state?.issuedAt !== null && state) state.usedAt = this.now();
  }

  // ---- catalog --------------------------------------------------------------------------

  listCategories(options?: RequestOptions): Promise<Category[]> {
    return this.call('listCategories', options, () =>
      this.data.categories.map((category) => ({
        id: category.id,
        name: localize(category.name, options?.locale),
        appCount: this.data.apps.filter((app) => app.categoryIds.includes(category.id)).length,
      })),
    );
  }

  listApps(query: ListAppsQuery, options?: RequestOptions): Promise<AppPage> {
    return this.call('listApps', options, () => {
      const parsed = this.parse(ListAppsQuerySchema, query);
      const language = languageOf(options?.locale);
      const matching = this.data.apps
        .filter((app) => !parsed.category || app.categoryIds.includes(parsed.category))
        .map((app) => this.summary(app, options?.locale))
        .filter((app) => !parsed.installed || app.status !== 'available')
        .filter((app) => !parsed.query || matchesQuery(parsed.query, [app.name, app.vendor, app.summary], language));
      const start = parsed.cursor ? Number.parseInt(parsed.cursor, 10) || 0 : 0;
      const limit = parsed.limit ?? DEFAULT_PAGE_SIZE;
      const end = start + limit;
      return {
        items: matching.slice(start, end),
        total: matching.length,
        nextCursor: end < matching.length ? String(end) : null,
      };
    });
  }

  getApp(appId: string, options?: RequestOptions): Promise<AppDetail> {
    return this.call('getApp', options, () => this.detail(this.app(appId), options?.locale));
  }

  // ---- activation -----------------------------------------------------------------------

  getActivation(appId: string, options?: RequestOptions): Promise<Activation> {
    return this.call('getActivation', options, () => this.activation(this.app(appId).id));
  }

  activate(appId: string, consent: ConsentRecord, options?: RequestOptions): Promise<Activation> {
    return this.call('activate', options, () => {
      const app = this.app(appId);
      const record = this.parse(ConsentRecordSchema, consent);
      const repeated = this.idempotencyKeys.get(record.idempotencyKey);
      if (repeated === appId) return this.activation(appId);
      const fieldErrors: Record<string, FieldError> = {};
      if (record.appId !== appId) fieldErrors['appId'] = { code: 'invalid' };
      if (record.termsVersion !== app.termsVersion) fieldErrors['termsVersion'] = { code: 'invalid' };
      if (app.mayChangeFees && record.feeEffectiveDate === null) fieldErrors['fees'] = { code: 'required' };
      const shown = new Set(record.scopes);
      if (app.dataScopes.some((scope) => !shown.has(scope.id))) fieldErrors['scopes'] = { code: 'required' };
      if (Object.keys(fieldErrors).length > 0) throw validationError(fieldErrors);
      const state = this.activationState(app);
      if (state.base !== 'available') {
        throw new PlugboardError('conflict', `App ${appId} is already activated.`, { status: 409 });
      }
      const now = this.now();
      state.activatedAt = now;
      if (app.developer === 'vendor') {
        state.base = 'active';
        state.issuedAt = now;
        state.usedAt = null;
      } else {
        state.base = 'pending-configuration';
      }
      this.idempotencyKeys.set(record.idempotencyKey, appId);
      this.consents.push(record);
      return this.activation(appId);
    });
  }

  deactivate(appId: string, options?: RequestOptions): Promise<Activation> {
    return this.call('deactivate', options, () => {
      const state = this.activationState(this.app(appId));
      Object.assign(state, { base: 'available', activatedAt: null, issuedAt: null, usedAt: null, connectorId: null });
      for (const entry of this.connectors.values()) {
        if (entry.connector.appId === appId) entry.connector = { ...entry.connector, appId: null };
      }
      return this.activation(appId);
    });
  }

  // ---- network security -----------------------------------------------------------------

  getNetworkSecurity(options?: RequestOptions): Promise<NetworkSecurity> {
    return this.call('getNetworkSecurity', options, () => this.network);
  }

  setNetworkSecurity(settings: NetworkSecurity, options?: RequestOptions): Promise<NetworkSecurity> {
    return this.call('setNetworkSecurity', options, () => {
      const fieldErrors: Record<string, FieldError> = {};
      const seen = new Set<string>();
      settings.trustedNetworks.forEach((network, index) => {
        const address = network.address.trim().toLowerCase();
        if (seen.has(address)) fieldErrors[`trustedNetworks.${index}.address`] = { code: 'duplicate-address' };
        seen.add(address);
      });
      const parsed = NetworkSecuritySchema.safeParse(settings);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const path = issue.path.join('.');
          fieldErrors[path] = { code: path.endsWith('.address') ? 'invalid-address' : 'invalid' };
        }
      }
      if (Object.keys(fieldErrors).length > 0 || !parsed.success) throw validationError(fieldErrors);
      this.network = parsed.data;
      return this.network;
    });
  }

  // ---- connectors -----------------------------------------------------------------------

  listConnectorTypes(options?: RequestOptions): Promise<ConnectorType[]> {
    return this.call('listConnectorTypes', options, () =>
      this.data.connectorTypes.map((type) => this.connectorType(type, options?.locale)),
    );
  }

  listConnectors(query: ListConnectorsQuery, options?: RequestOptions): Promise<Connector[]> {
    return this.call('listConnectors', options, () =>
      [...this.connectors.values()]
        .map((entry) => entry.connector)
        .filter((connector) => query.owner === 'all' || connector.ownerId === this.userId)
        .filter((connector) => !query.typeId || connector.typeId === query.typeId)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    );
  }

  getConnector(connectorId: string, options?: RequestOptions): Promise<Connector> {
    return this.call('getConnector', options, () => this.connectorEntry(connectorId).connector);
  }

  createConnector(input: ConnectorInput, options?: RequestOptions): Promise<CreatedConnector> {
    return this.call('createConnector', options, () => {
      const parsed = this.parse(ConnectorInputSchema, input);
      const fixture = this.data.connectorTypes.find((candidate) => candidate.id === parsed.typeId);
      if (!fixture) throw validationError({ typeId: { code: 'invalid' } });
      const type = this.connectorType(fixture, options?.locale);
      const existing = [...this.connectors.values()].filter((entry) => entry.connector.typeId === type.id);
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
      const id = this.nextId('con');
      const { values, secrets } = this.splitSecrets(type, parsed.values);
      const clientSecret = type.issuesCredentials ? this.randomToken() : null;
      const connector: Connector = {
        id,
        typeId: type.id,
        appId: parsed.appId ?? null,
        name: parsed.name,
        description: parsed.description ?? '',
        ownerId: this.userId,
        ownerName: this.userName(this.userId),
        status: type.issuesCredentials ? 'active' : 'draft',
        values,
        secretsSet: Object.keys(secrets),
        clientId: type.issuesCredentials ? this.nextId('client') : null,
        groups: [],
        createdAt: now,
        updatedAt: now,
      };
      this.connectors.set(id, { connector, secrets });
      return { connector, clientSecret };
    });
  }

  updateConnector(connectorId: string, patch: ConnectorPatch, options?: RequestOptions): Promise<Connector> {
    return this.call('updateConnector', options, () => {
      const entry = this.connectorEntry(connectorId);
      const parsed = this.parse(ConnectorPatchSchema, patch);
      const type = this.typeOf(entry.connector, options?.locale);
      const incoming = this.splitSecrets(type, parsed.values ?? {});
      const values = { ...entry.connector.values, ...incoming.values };
      const secrets = { ...entry.secrets, ...incoming.secrets };
      const credentialSteps = stepsBeforeAuthorization(type);
      const credentialFields = new Set(
        type.steps.filter((step) => credentialSteps.includes(step.id)).flatMap((step) => step.fields.map((f) => f.id)),
      );
      const credentialsChanged = Object.keys(parsed.values ?? {}).some(
        (key) => credentialFields.has(key) && (parsed.values?.[key] ?? '') !== '' && parsed.values?.[key] !== entry.connector.values[key],
      );
      const unlocked = entry.connector.status !== 'draft' && !credentialsChanged;
      const stepIds = unlocked ? type.steps.map((step) => step.id) : credentialSteps;
      const fieldErrors = checkConnectorValues(type, { ...values, ...secrets }, stepIds, Object.keys(secrets));
      if (parsed.name !== undefined) this.assertUniqueName(type.id, parsed.name, connectorId);
      if (Object.keys(fieldErrors).length > 0) throw validationError(fieldErrors);
      const status: ConnectorStatus = credentialsChanged && !type.issuesCredentials ? 'draft' : entry.connector.status;
      entry.secrets = secrets;
      entry.connector = {
        ...entry.connector,
        name: parsed.name ?? entry.connector.name,
        description: parsed.description ?? entry.connector.description,
        values,
        secretsSet: Object.keys(secrets),
        status,
        updatedAt: iso(this.now()),
      };
      if (status === 'draft') this.unlinkApp(entry.connector, 'pending-configuration');
      return entry.connector;
    });
  }

  authorizeConnector(connectorId: string, options?: RequestOptions): Promise<Connector> {
    return this.call('authorizeConnector', options, () => {
      const entry = this.connectorEntry(connectorId);
      const fixture = this.typeFixture(entry.connector.typeId);
      const type = this.connectorType(fixture, options?.locale);
      const all = { ...entry.connector.values, ...entry.secrets };
      const fieldErrors = checkConnectorValues(type, all, stepsBeforeAuthorization(type), entry.connector.secretsSet);
      if (Object.keys(fieldErrors).length > 0) throw validationError(fieldErrors);
      const accepted = fixture.acceptedCredentials;
      if (accepted && !accepted.some((set) => Object.entries(set).every(([key, value]) => all[key] === value))) {
        const rejected = Object.fromEntries(
          Object.keys(accepted[0] ?? {}).map((key): [string, FieldError] => [key, { code: 'credentials-rejected' }]),
        );
        throw validationError(rejected, 'The service refused these credentials.');
      }
      if (entry.connector.status === 'draft') {
        entry.connector = { ...entry.connector, status: 'authorized', updatedAt: iso(this.now()) };
      }
      return entry.connector;
    });
  }

  listConnectorOptions(connectorId: string, source: string, options?: RequestOptions): Promise<FieldOption[]> {
    return this.call('listConnectorOptions', options, () => {
      const entry = this.connectorEntry(connectorId);
      if (entry.connector.status === 'draft') {
        throw new PlugboardError('forbidden', 'Authorize the connector before loading its options.', { status: 403 });
      }
      const choices = this.typeFixture(entry.connector.typeId).remoteOptions?.[source];
      if (!choices) throw new PlugboardError('not-found', `No options named ${source}.`, { status: 404 });
      return choices.map((choice) => ({ value: choice.value, label: localize(choice.label, options?.locale) }));
    });
  }

  activateConnector(connectorId: string, options?: RequestOptions): Promise<Connector> {
    return this.call('activateConnector', options, () => {
      const entry = this.connectorEntry(connectorId);
      if (entry.connector.status === 'draft') {
        throw new PlugboardError('conflict', 'Authorize the connector before activating it.', { status: 409 });
      }
      const type = this.typeOf(entry.connector, options?.locale);
      const all = { ...entry.connector.values, ...entry.secrets };
      const fieldErrors = checkConnectorValues(type, all, type.steps.map((step) => step.id), entry.connector.secretsSet);
      if (Object.keys(fieldErrors).length > 0) throw validationError(fieldErrors);
      entry.connector = { ...entry.connector, status: 'active', updatedAt: iso(this.now()) };
      const appId = entry.connector.appId;
      const state = appId ? this.activations.get(appId) : undefined;
      if (state && state.base !== 'available') {
        state.base = 'active';
        state.connectorId = connectorId;
      }
      return entry.connector;
    });
  }

  deactivateConnector(connectorId: string, options?: RequestOptions): Promise<Connector> {
    return this.call('deactivateConnector', options, () => {
      const entry = this.connectorEntry(connectorId);
      entry.connector = { ...entry.connector, status: 'inactive', updatedAt: iso(this.now()) };
      this.unlinkApp(entry.connector, 'pending-configuration');
      return entry.connector;
    });
  }

  deleteConnector(connectorId: string, options?: RequestOptions): Promise<void> {
    return this.call('deleteConnector', options, () => {
      const entry = this.connectorEntry(connectorId);
      this.unlinkApp(entry.connector, 'pending-configuration');
      this.connectors.delete(connectorId);
    });
  }

  listGroups(options?: RequestOptions): Promise<Group[]> {
    return this.call('listGroups', options, () => this.data.groups.map((group) => ({ ...group })));
  }

  addConnectorToGroup(connectorId: string, groupId: string, options?: RequestOptions): Promise<Connector> {
    return this.call('addConnectorToGroup', options, () => {
      const entry = this.connectorEntry(connectorId);
      this.group(groupId);
      if (!this.typeFixture(entry.connector.typeId).supportsGroups) {
        throw new PlugboardError('conflict', 'Connectors of this type do not join groups.', { status: 409 });
      }
      if (entry.connector.groups.some((membership) => membership.groupId === groupId)) return entry.connector;
      if (entry.connector.status !== 'active') {
        throw new PlugboardError('forbidden', 'An inactive connector cannot get tokens for new groups.', {
          status: 403,
        });
      }
      const groups = [...entry.connector.groups, { groupId, tokenIssuedAt: iso(this.now()) }];
      entry.connector = { ...entry.connector, groups, updatedAt: iso(this.now()) };
      return entry.connector;
    });
  }

  removeConnectorFromGroup(connectorId: string, groupId: string, options?: RequestOptions): Promise<Connector> {
    return this.call('removeConnectorFromGroup', options, () => {
      const entry = this.connectorEntry(connectorId);
      this.group(groupId);
      const groups = entry.connector.groups.filter((membership) => membership.groupId !== groupId);
      entry.connector = { ...entry.connector, groups, updatedAt: iso(this.now()) };
      return entry.connector;
    });
  }

  // ---- sync -----------------------------------------------------------------------------

  listSyncServices(options?: RequestOptions): Promise<SyncService[]> {
    return this.call('listSyncServices', options, () =>
      this.data.syncServices.map(({ id, name, icon, capabilities }) => ({ id, name, icon, capabilities })),
    );
  }

  listAccounts(options?: RequestOptions): Promise<SyncAccount[]> {
    return this.call('listAccounts', options, () => [...this.accounts.values()]);
  }

  beginAccountLink(serviceId: string, options?: RequestOptions): Promise<AccountLink> {
    return this.call('beginAccountLink', options, () => {
      const service = this.data.syncServices.find((candidate) => candidate.id === serviceId);
      if (!service) throw new PlugboardError('not-found', `No sync service ${serviceId}.`, { status: 404 });
      const state = this.randomToken();
      this.pendingLinks.set(state, { serviceId, userId: this.userId });
      const url = new URL(service.authorizationEndpoint);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('client_id', this.syncSettings.clientId || 'plugboard-demo');
      url.searchParams.set('redirect_uri', this.redirectUri());
      url.searchParams.set('scope', service.capabilities.join(' '));
      url.searchParams.set('state', state);
      return { authorizationUrl: url.toString(), state };
    });
  }

  completeAccountLink(completion: AccountLinkCompletion, options?: RequestOptions): Promise<SyncAccount> {
    return this.call('completeAccountLink', options, () => {
      const parsed = this.parse(AccountLinkCompletionSchema, completion);
      const pending = this.pendingLinks.get(parsed.state);
      if (!pending) throw validationError({ state: { code: 'invalid' } }, 'Unknown or used link state.');
      this.pendingLinks.delete(parsed.state);
      if (parsed.error || !parsed.code) {
        throw new PlugboardError('forbidden', parsed.error ?? 'The provider did not grant access.', { status: 403 });
      }
      const base = this.userName(pending.userId).toLowerCase().replace(/\s+/g, '.');
      const taken = [...this.accounts.values()].filter((account) => account.displayName.startsWith(base)).length;
      const account: SyncAccount = {
        id: this.nextId('acc'),
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
      this.accounts.set(account.id, account);
      return account;
    });
  }

  updateAccountSettings(
    accountId: string,
    settings: AccountSyncSettings,
    options?: RequestOptions,
  ): Promise<SyncAccount> {
    return this.call('updateAccountSettings', options, () => {
      const account = this.account(accountId);
      const updated = { ...account, settings: this.parse(AccountSyncSettingsSchema, settings) };
      this.accounts.set(accountId, updated);
      return updated;
    });
  }

  removeAccount(accountId: string, options?: RequestOptions): Promise<void> {
    return this.call('removeAccount', options, () => {
      this.account(accountId);
      this.accounts.delete(accountId);
    });
  }

  listTags(options?: RequestOptions): Promise<Tag[]> {
    return this.call('listTags', options, () =>
      this.data.tags.map((tag) => ({ id: tag.id, name: localize(tag.name, options?.locale) })),
    );
  }

  getSyncSettings(options?: RequestOptions): Promise<SyncSettings> {
    return this.call('getSyncSettings', options, () => this.currentSyncSettings());
  }

  saveSyncSettings(settings: SyncSettingsInput, options?: RequestOptions): Promise<SyncSettings> {
    return this.call('saveSyncSettings', options, () => {
      const parsed = this.parse(SyncSettingsInputSchema, settings);
      if (parsed.personalTagId !== null && !this.data.tags.some((tag) => tag.id === parsed.personalTagId)) {
        throw validationError({ personalTagId: { code: 'invalid' } });
      }
      if (parsed.oauthClient && !this.onSite) {
        throw new PlugboardError('forbidden', 'Only on-site installations register an OAuth client.', { status: 403 });
      }
      this.syncSettings = {
        personalTagId: parsed.personalTagId,
        clientId: parsed.oauthClient?.clientId ?? this.syncSettings.clientId,
        clientSecret: parsed.oauthClient?.clientSecret ?? this.syncSettings.clientSecret,
      };
      return this.currentSyncSettings();
    });
  }

  runSync(options?: RequestOptions): Promise<SyncRun> {
    return this.call('runSync', options, () => {
      const linked = [...this.accounts.values()].filter((account) => account.status === 'linked');
      if (linked.length === 0) throw new PlugboardError('conflict', 'No account is linked for sync.', { status: 409 });
      const startedAt = iso(this.now());
      for (const account of linked) this.accounts.set(account.id, { ...account, lastSyncAt: startedAt });
      return { id: this.nextId('run'), startedAt, status: 'queued', accountIds: linked.map((account) => account.id) };
    });
  }

  // ---- internals ------------------------------------------------------------------------

  /**
   * Runs one operation as a remote backend would: after the latency, honouring the abort
   * signal and any simulated failure, and answering with a copy no caller can mutate.
   */
  private async call<T>(operation: AdapterOperation, options: RequestOptions | undefined, run: () => T): Promise<T> {
    const signal = options?.signal;
    if (signal?.aborted) throw abortError();
    if (this.latency > 0) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, this.latency);
        const onAbort = (): void => {
          clearTimeout(timer);
          reject(abortError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
    const failure = this.failures.get(operation) ?? this.failures.get('*');
    if (failure) {
      failure.remaining -= 1;
      if (failure.remaining <= 0) {
        for (const [key, value] of this.failures) if (value === failure) this.failures.delete(key);
      }
      throw new PlugboardError(failure.code, `Simulated ${failure.code} failure of ${operation}.`, {
        retryAfter: failure.retryAfter,
        limit: failure.code === 'limit-reached' ? 10 : undefined,
      });
    }
    return structuredClone(run());
  }

  private parse<T>(schema: ZodMiniType<T>, value: unknown): T {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    throw validationError(fieldErrorsOf(result.error));
  }

  private seed(): void {
    const now = this.now();
    for (const app of this.data.apps) {
      const state = this.activationState(app);
      const initial = app.initialStatus ?? 'available';
      if (initial === 'available') continue;
      state.activatedAt = now - 72 * 3600 * 1000;
      if (initial === 'credentials-expired') {
        Object.assign(state, { base: 'active', issuedAt: now - 50 * 3600 * 1000, usedAt: null });
      } else if (initial === 'active' && app.developer === 'vendor') {
        Object.assign(state, { base: 'active', issuedAt: now - 6 * 3600 * 1000, usedAt: now - 5 * 3600 * 1000 });
      } else {
        state.base = initial;
      }
    }
    for (const seeded of this.data.connectors) {
      const type = this.typeFixture(seeded.typeId);
      const created = iso(now - 30 * 24 * 3600 * 1000);
      this.connectors.set(seeded.id, {
        secrets: {},
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
          secretsSet: [],
          clientId: type.issuesCredentials ? `client-${seeded.id}` : null,
          groups: [],
          createdAt: created,
          updatedAt: created,
        },
      });
    }
  }

  private app(appId: string): AppFixture {
    const app = this.data.apps.find((candidate) => candidate.id === appId);
    if (!app) throw new PlugboardError('not-found', `No app ${appId}.`, { status: 404 });
    return app;
  }

  private activationState(app: AppFixture): ActivationState {
    let state = this.activations.get(app.id);
    if (!state) {
      state = { activatedAt: null, issuedAt: null, usedAt: null, connectorId: null, developer: app.developer, base: 'available' };
      this.activations.set(app.id, state);
    }
    return state;
  }

  private status(state: ActivationState): AppStatus {
    const expired =
      state.base === 'active' &&
      state.issuedAt !== null &&
      state.usedAt === null &&
      this.now() >= state.issuedAt + CREDENTIALS_LIFETIME_MS;
    return expired ? 'credentials-expired' : state.base;
  }

  private activation(appId: string): Activation {
    const state = this.activationState(this.app(appId));
    return {
      appId,
      status: this.status(state),
      activatedAt: state.activatedAt === null ? null : iso(state.activatedAt),
      credentials:
        state.issuedAt === null
          ? null
          : {
              issuedAt: iso(state.issuedAt),
              expiresAt: iso(state.issuedAt + CREDENTIALS_LIFETIME_MS),
              usedAt: state.usedAt === null ? null : iso(state.usedAt),
            },
      connectorId: state.connectorId,
    };
  }

  private summary(app: AppFixture, locale: string | undefined): AppSummary {
    return {
      id: app.id,
      name: app.name,
      vendor: app.vendor,
      summary: localize(app.summary, locale),
      categoryIds: app.categoryIds,
      ...(app.logoUrl ? { logoUrl: app.logoUrl } : {}),
      developer: app.developer,
      status: this.status(this.activationState(app)),
    };
  }

  private detail(app: AppFixture, locale: string | undefined): AppDetail {
    return {
      ...this.summary(app, locale),
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
    if (!type) throw new PlugboardError('not-found', `No connector type ${typeId}.`, { status: 404 });
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
        fields: step.fields.map(({ label, help, options, ...field }) => ({
          ...field,
          label: localize(label, locale),
          ...(help ? { help: localize(help, locale) } : {}),
          ...(options
            ? { options: options.map((option) => ({ value: option.value, label: localize(option.label, locale) })) }
            : {}),
        })),
      })),
    };
  }

  private connectorEntry(connectorId: string): ConnectorState {
    const entry = this.connectors.get(connectorId);
    if (!entry) throw new PlugboardError('not-found', `No connector ${connectorId}.`, { status: 404 });
    return entry;
  }

  private assertUniqueName(typeId: string, name: string, exceptId: string | null): void {
    const wanted = name.trim().toLocaleLowerCase();
    const taken = [...this.connectors.values()].some(
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

  /** Secret fields are kept apart and never returned; an empty one keeps the stored secret. */
  private splitSecrets(type: ConnectorType, input: FieldValues): { values: FieldValues; secrets: Record<string, string> } {
    const secretIds = new Set(type.steps.flatMap((step) => step.fields).filter((f) => f.kind === 'secret').map((f) => f.id));
    const values: FieldValues = {};
    const secrets: Record<string, string> = {};
    for (const [key, value] of Object.entries(input)) {
      if (!secretIds.has(key)) values[key] = value;
      else if (typeof value === 'string' && value !== '') secrets[key] = value;
    }
    return { values, secrets };
  }

  private unlinkApp(connector: Connector, status: 'pending-configuration'): void {
    const state = connector.appId ? this.activations.get(connector.appId) : undefined;
    if (state && state.base === 'active' && state.connectorId === connector.id) {
      state.base = status;
      state.connectorId = null;
    }
  }

  private group(groupId: string): Group {
    const group = this.data.groups.find((candidate) => candidate.id === groupId);
    if (!group) throw new PlugboardError('not-found', `No group ${groupId}.`, { status: 404 });
    return group;
  }

  private account(accountId: string): SyncAccount {
    const account = this.accounts.get(accountId);
    if (!account) throw new PlugboardError('not-found', `No account ${accountId}.`, { status: 404 });
    return account;
  }

  private userName(userId: string): string {
    return this.data.users.find((user) => user.id === userId)?.name ?? userId;
  }

  private redirectUri(): string {
    return new URL('/oauth/callback', this.data.siteUrl).toString();
  }

  private currentSyncSettings(): SyncSettings {
    return {
      personalTagId: this.syncSettings.personalTagId,
      oauthClient: this.onSite
        ? {
            clientId: this.syncSettings.clientId,
            clientSecretSet: this.syncSettings.clientSecret !== null,
            redirectUri: this.redirectUri(),
            authorizedOrigin: new URL(this.data.siteUrl).origin,
          }
        : null,
    };
  }

  private nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}-${this.sequence.toString(36)}-${this.randomToken().slice(0, 6)}`;
  }

  private randomToken(): string {
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  }
}
