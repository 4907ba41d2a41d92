import type { AdapterOperation, ApiAdapter, ListConnectorsQuery, RequestOptions } from '../adapter.js';
import { PlugboardError, type ErrorCode } from '../errors.js';
import type {
  AccountLink,
  AccountLinkCompletion,
  AccountLinkStatus,
  AccountSyncSettings,
  Activation,
  AppDetail,
  AppPage,
  Category,
  ConsentRecord,
  Connector,
  ConnectorInput,
  ConnectorPatch,
  ConnectorType,
  CreatedConnector,
  FieldOption,
  Group,
  ListAppsQuery,
  NetworkSecurity,
  SyncAccount,
  SyncRun,
  SyncService,
  SyncSettings,
  SyncSettingsInput,
  Tag,
} from '../schemas.js';
import { ReferenceBackend } from './backend.js';
import type { Fixtures } from './fixture-types.js';
import { fixtures as defaultFixtures } from './fixtures.js';
import { MemoryStore } from './store.js';

export { CREDENTIALS_LIFETIME_MS } from './backend.js';

export interface MemoryAdapterOptions {
  /** The data to start from; the bundled fixtures when absent. */
  fixtures?: Fixtures;
  /** The signed-in user, one of `fixtures.users`; the first when absent. */
  userId?: string;
  /** Milliseconds every call waits before answering, to show loading states. */
  latency?: number;
  /** The clock, so tests can move time (credential expiry, link expiry, a sync run's progress). */
  now?: () => number;
  /** Whether this is an on-site installation with its own OAuth client. */
  onSite?: boolean;
}

interface SimulatedFailure {
  code: ErrorCode;
  remaining: number;
  retryAfter: number | undefined;
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * A complete backend in memory: the whole contract with the rules of the five flows
 * (those of `ReferenceBackend`), seeded with realistic fixtures. For stories, tests and a
 * demo without a server. It can wait before answering and fail any operation on demand.
 */
export class MemoryAdapter implements ApiAdapter {
  /** Milliseconds every call waits before answering. */
  latency: number;

  private readonly store = new MemoryStore();
  private readonly backend: ReferenceBackend;
  private readonly failures = new Map<AdapterOperation | '*', SimulatedFailure>();

  constructor(options: MemoryAdapterOptions = {}) {
    const data = options.fixtures ?? defaultFixtures;
    this.latency = options.latency ?? 0;
    this.backend = new ReferenceBackend(this.store, {
      fixtures: data,
      userId: options.userId ?? data.users[0]?.id ?? 'user',
      now: options.now ?? Date.now,
      onSite: options.onSite ?? true,
    });
  }

  /** Every consent accepted, in order, as the host would store them. */
  get consents(): ConsentRecord[] {
    return this.store.consents();
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

  /** The vendor starts using an app's credentials, so they no longer expire. */
  markCredentialsUsed(appId: string): void {
    this.backend.markCredentialsUsed(appId);
  }

  /** The provider revokes a linked account's access: it needs signing in again to sync. */
  revokeAccountAccess(accountId: string): void {
    this.backend.revokeAccountAccess(accountId);
  }

  listCategories(options?: RequestOptions): Promise<Category[]> {
    return this.call('listCategories', options, () => this.backend.listCategories(options?.locale));
  }

  listApps(query: ListAppsQuery, options?: RequestOptions): Promise<AppPage> {
    return this.call('listApps', options, () => this.backend.listApps(query, options?.locale));
  }

  getApp(appId: string, options?: RequestOptions): Promise<AppDetail> {
    return this.call('getApp', options, () => this.backend.getApp(appId, options?.locale));
  }

  getActivation(appId: string, options?: RequestOptions): Promise<Activation> {
    return this.call('getActivation', options, () => this.backend.getActivation(appId));
  }

  activate(appId: string, consent: ConsentRecord, options?: RequestOptions): Promise<Activation> {
    return this.call('activate', options, () => this.backend.activate(appId, consent));
  }

  deactivate(appId: string, options?: RequestOptions): Promise<Activation> {
    return this.call('deactivate', options, () => this.backend.deactivate(appId));
  }

  getNetworkSecurity(options?: RequestOptions): Promise<NetworkSecurity> {
    return this.call('getNetworkSecurity', options, () => this.backend.getNetworkSecurity());
  }

  setNetworkSecurity(settings: NetworkSecurity, options?: RequestOptions): Promise<NetworkSecurity> {
    return this.call('setNetworkSecurity', options, () => this.backend.setNetworkSecurity(settings));
  }

  listConnectorTypes(options?: RequestOptions): Promise<ConnectorType[]> {
    return this.call('listConnectorTypes', options, () => this.backend.listConnectorTypes(options?.locale));
  }

  listConnectors(query: ListConnectorsQuery, options?: RequestOptions): Promise<Connector[]> {
    return this.call('listConnectors', options, () => this.backend.listConnectors(query));
  }

  getConnector(connectorId: string, options?: RequestOptions): Promise<Connector> {
    return this.call('getConnector', options, () => this.backend.getConnector(connectorId));
  }

  createConnector(input: ConnectorInput, options?: RequestOptions): Promise<CreatedConnector> {
    return this.call('createConnector', options, () => this.backend.createConnector(input, options?.locale));
  }

  updateConnector(connectorId: string, patch: ConnectorPatch, options?: RequestOptions): Promise<Connector> {
    return this.call('updateConnector', options, () => this.backend.updateConnector(connectorId, patch, options?.locale));
  }

  authorizeConnector(connectorId: string, options?: RequestOptions): Promise<Connector> {
    return this.call('authorizeConnector', options, () => this.backend.authorizeConnector(connectorId, options?.locale));
  }

  listConnectorOptions(connectorId: string, source: string, options?: RequestOptions): Promise<FieldOption[]> {
    return this.call('listConnectorOptions', options, () => this.backend.listConnectorOptions(connectorId, source, options?.locale));
  }

  activateConnector(connectorId: string, options?: RequestOptions): Promise<Connector> {
    return this.call('activateConnector', options, () => this.backend.activateConnector(connectorId, options?.locale));
  }

  deactivateConnector(connectorId: string, options?: RequestOptions): Promise<Connector> {
    return this.call('deactivateConnector', options, () => this.backend.deactivateConnector(connectorId));
  }

  deleteConnector(connectorId: string, options?: RequestOptions): Promise<void> {
    return this.call('deleteConnector', options, () => this.backend.deleteConnector(connectorId));
  }

  listGroups(options?: RequestOptions): Promise<Group[]> {
    return this.call('listGroups', options, () => this.backend.listGroups());
  }

  addConnectorToGroup(connectorId: string, groupId: string, options?: RequestOptions): Promise<Connector> {
    return this.call('addConnectorToGroup', options, () => this.backend.addConnectorToGroup(connectorId, groupId));
  }

  removeConnectorFromGroup(connectorId: string, groupId: string, options?: RequestOptions): Promise<Connector> {
    return this.call('removeConnectorFromGroup', options, () => this.backend.removeConnectorFromGroup(connectorId, groupId));
  }

  listSyncServices(options?: RequestOptions): Promise<SyncService[]> {
    return this.call('listSyncServices', options, () => this.backend.listSyncServices());
  }

  listAccounts(options?: RequestOptions): Promise<SyncAccount[]> {
    return this.call('listAccounts', options, () => this.backend.listAccounts());
  }

  beginAccountLink(serviceId: string, options?: RequestOptions): Promise<AccountLink> {
    return this.call('beginAccountLink', options, () => this.backend.beginAccountLink(serviceId));
  }

  completeAccountLink(completion: AccountLinkCompletion, options?: RequestOptions): Promise<SyncAccount> {
    return this.call('completeAccountLink', options, () => this.backend.completeAccountLink(completion));
  }

  getAccountLink(state: string, options?: RequestOptions): Promise<AccountLinkStatus> {
    return this.call('getAccountLink', options, () => this.backend.getAccountLink(state));
  }

  updateAccountSettings(accountId: string, settings: AccountSyncSettings, options?: RequestOptions): Promise<SyncAccount> {
    return this.call('updateAccountSettings', options, () => this.backend.updateAccountSettings(accountId, settings));
  }

  removeAccount(accountId: string, options?: RequestOptions): Promise<void> {
    return this.call('removeAccount', options, () => this.backend.removeAccount(accountId));
  }

  listTags(options?: RequestOptions): Promise<Tag[]> {
    return this.call('listTags', options, () => this.backend.listTags(options?.locale));
  }

  getSyncSettings(options?: RequestOptions): Promise<SyncSettings> {
    return this.call('getSyncSettings', options, () => this.backend.getSyncSettings());
  }

  saveSyncSettings(settings: SyncSettingsInput, options?: RequestOptions): Promise<SyncSettings> {
    return this.call('saveSyncSettings', options, () => this.backend.saveSyncSettings(settings));
  }

  runSync(options?: RequestOptions): Promise<SyncRun> {
    return this.call('runSync', options, () => this.backend.runSync());
  }

  getSyncRun(runId: string, options?: RequestOptions): Promise<SyncRun> {
    return this.call('getSyncRun', options, () => this.backend.getSyncRun(runId));
  }

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
}
