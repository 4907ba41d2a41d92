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
  ConnectorOwnerFilter,
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
} from './schemas.js';

/** Passed to every call: lets an element cancel it and ask for text in its locale. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** BCP 47 tag of the locale the element renders in; texts come back in it where they exist. */
  locale?: string;
}

export interface ListConnectorsQuery {
  owner: ConnectorOwnerFilter;
  typeId?: string;
}

/**
 * The contract between the elements and a host's backend. Every method resolves with data
 * that the elements parse with the schemas in `schemas.ts`, or rejects with a
 * `PlugboardError`. `docs/openapi.yaml` describes the same operations over HTTP.
 */
export interface ApiAdapter {
  // catalog
  listCategories(options?: RequestOptions): Promise<Category[]>;
  listApps(query: ListAppsQuery, options?: RequestOptions): Promise<AppPage>;
  getApp(appId: string, options?: RequestOptions): Promise<AppDetail>;

  // activation and consent
  getActivation(appId: string, options?: RequestOptions): Promise<Activation>;
  /** Idempotent by `consent.idempotencyKey`: the same key activates once. */
  activate(appId: string, consent: ConsentRecord, options?: RequestOptions): Promise<Activation>;
  deactivate(appId: string, options?: RequestOptions): Promise<Activation>;

  // network security
  getNetworkSecurity(options?: RequestOptions): Promise<NetworkSecurity>;
  setNetworkSecurity(settings: NetworkSecurity, options?: RequestOptions): Promise<NetworkSecurity>;

  // connectors
  listConnectorTypes(options?: RequestOptions): Promise<ConnectorType[]>;
  listConnectors(query: ListConnectorsQuery, options?: RequestOptions): Promise<Connector[]>;
  getConnector(connectorId: string, options?: RequestOptions): Promise<Connector>;
  createConnector(input: ConnectorInput, options?: RequestOptions): Promise<CreatedConnector>;
  updateConnector(connectorId: string, patch: ConnectorPatch, options?: RequestOptions): Promise<Connector>;
  /** Tests the stored credentials against the remote service; unlocks the steps after it. */
  authorizeConnector(connectorId: string, options?: RequestOptions): Promise<Connector>;
  /** Choices fetched from the remote service (tags, channels); needs an authorized connector. */
  listConnectorOptions(connectorId: string, source: string, options?: RequestOptions): Promise<FieldOption[]>;
  activateConnector(connectorId: string, options?: RequestOptions): Promise<Connector>;
  deactivateConnector(connectorId: string, options?: RequestOptions): Promise<Connector>;
  deleteConnector(connectorId: string, options?: RequestOptions): Promise<void>;
  listGroups(options?: RequestOptions): Promise<Group[]>;
  /** Issues the connector a token for the group; refused while the connector is inactive. */
  addConnectorToGroup(connectorId: string, groupId: string, options?: RequestOptions): Promise<Connector>;
  /** Allowed whatever the connector's status. */
  removeConnectorFromGroup(connectorId: string, groupId: string, options?: RequestOptions): Promise<Connector>;

  // sync
  listSyncServices(options?: RequestOptions): Promise<SyncService[]>;
  listAccounts(options?: RequestOptions): Promise<SyncAccount[]>;
  /** Starts the provider's consent (OAuth): open `authorizationUrl`, then complete with its answer. */
  beginAccountLink(serviceId: string, options?: RequestOptions): Promise<AccountLink>;
  /** Completes a link with the provider's answer (`code`, or `error`); a state completes once. */
  completeAccountLink(completion: AccountLinkCompletion, options?: RequestOptions): Promise<SyncAccount>;
  /**
   * Where the link `state` stands: linked (with the account), denied, expired, or still
   * pending. For a consent window whose completion message never came, and for a backend
   * that completes links itself at its redirect URI.
   */
  getAccountLink(state: string, options?: RequestOptions): Promise<AccountLinkStatus>;
  updateAccountSettings(accountId: string, settings: AccountSyncSettings, options?: RequestOptions): Promise<SyncAccount>;
  removeAccount(accountId: string, options?: RequestOptions): Promise<void>;
  listTags(options?: RequestOptions): Promise<Tag[]>;
  getSyncSettings(options?: RequestOptions): Promise<SyncSettings>;
  saveSyncSettings(settings: SyncSettingsInput, options?: RequestOptions): Promise<SyncSettings>;
  /** Starts a sync of every linked account; the run's progress is read with `getSyncRun`. */
  runSync(options?: RequestOptions): Promise<SyncRun>;
  getSyncRun(runId: string, options?: RequestOptions): Promise<SyncRun>;
}

export type AdapterOperation = keyof ApiAdapter;
