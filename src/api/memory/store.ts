import type { AppStatus, ConsentRecord, Connector, NetworkSecurity, SyncAccount } from '../schemas.js';

/** What the backend keeps of one app's activation; expiry is derived from the clock. */
export interface ActivationRecord {
  activatedAt: number | null;
  issuedAt: number | null;
  usedAt: number | null;
  connectorId: string | null;
  status: Exclude<AppStatus, 'credentials-expired'>;
}

/** A connector and the secrets that are never sent back. */
export interface ConnectorRecord {
  connector: Connector;
  secrets: Record<string, string>;
}

/**
 * An account link begun with the provider. It is kept once completed, so a state is used
 * once (a replay is refused) and its outcome can still be asked for.
 */
export interface AccountLinkRecord {
  serviceId: string;
  /** Who began it: the account is linked as this user. */
  userId: string;
  /** When it began, in milliseconds; a pending link expires 10 minutes later. */
  createdAt: number;
  status: 'pending' | 'linked' | 'denied';
  /** The account it linked. */
  accountId?: string;
}

export interface SyncSettingsRecord {
  personalTagIds: string[];
  clientId: string;
  clientSecret: string | null;
}

/** A sync run as started; its progress is derived from the clock (see `ReferenceBackend`). */
export interface SyncRunRecord {
  id: string;
  /** In milliseconds. */
  startedAt: number;
  /** The linked accounts it syncs, with what each was set to bring over when it started. */
  accounts: { accountId: string; calendar: boolean; contacts: boolean }[];
  /** One line per account it could not sync (one that needs signing in again). */
  errors: string[];
  /** Whether the finished run's time was written to its accounts' `lastSyncAt`. */
  settled: boolean;
}

/**
 * Where one organisation's state lives. The backend's rules run against this interface,
 * synchronously, so the same rules serve the in-memory adapter and the reference
 * server's SQLite database. Records go in and come out as copies.
 */
export interface BackendStore {
  /** False until the organisation has been given its starting state. */
  isSeeded(): boolean;
  markSeeded(): void;

  activation(appId: string): ActivationRecord | undefined;
  /** Every app's activation record that exists, by app id (most apps have none). */
  activations(): Map<string, ActivationRecord>;
  saveActivation(appId: string, record: ActivationRecord): void;
  /** The app an idempotency key activated, if it was used. */
  appForIdempotencyKey(key: string): string | undefined;
  /** Stores an accepted consent and its idempotency key. */
  recordConsent(consent: ConsentRecord): void;
  consents(): ConsentRecord[];

  connectors(): ConnectorRecord[];
  connector(connectorId: string): ConnectorRecord | undefined;
  saveConnector(record: ConnectorRecord): void;
  deleteConnector(connectorId: string): void;

  networkSecurity(): NetworkSecurity | undefined;
  saveNetworkSecurity(settings: NetworkSecurity): void;

  syncSettings(): SyncSettingsRecord | undefined;
  saveSyncSettings(settings: SyncSettingsRecord): void;
  accounts(): SyncAccount[];
  account(accountId: string): SyncAccount | undefined;
  saveAccount(account: SyncAccount): void;
  deleteAccount(accountId: string): void;
  accountLink(state: string): AccountLinkRecord | undefined;
  saveAccountLink(state: string, link: AccountLinkRecord): void;
  syncRun(runId: string): SyncRunRecord | undefined;
  /** The run started last, if any. */
  latestSyncRun(): SyncRunRecord | undefined;
  /** Runs whose finish has not been written to their accounts yet, oldest first. */
  unsettledSyncRuns(): SyncRunRecord[];
  saveSyncRun(run: SyncRunRecord): void;
}

/** A store in plain maps: one organisation for as long as the page lives. */
export class MemoryStore implements BackendStore {
  private seeded = false;
  private readonly activationRecords = new Map<string, ActivationRecord>();
  private readonly idempotencyKeys = new Map<string, string>();
  private readonly consentLog: ConsentRecord[] = [];
  private readonly connectorRecords = new Map<string, ConnectorRecord>();
  private network: NetworkSecurity | undefined;
  private sync: SyncSettingsRecord | undefined;
  private readonly accountRecords = new Map<string, SyncAccount>();
  private readonly links = new Map<string, AccountLinkRecord>();
  /** In the order they were started. */
  private readonly runs = new Map<string, SyncRunRecord>();

  isSeeded(): boolean {
    return this.seeded;
  }

  markSeeded(): void {
    this.seeded = true;
  }

  activation(appId: string): ActivationRecord | undefined {
    return copy(this.activationRecords.get(appId));
  }

  activations(): Map<string, ActivationRecord> {
    return copy(this.activationRecords);
  }

  saveActivation(appId: string, record: ActivationRecord): void {
    this.activationRecords.set(appId, copy(record));
  }

  appForIdempotencyKey(key: string): string | undefined {
    return this.idempotencyKeys.get(key);
  }

  recordConsent(consent: ConsentRecord): void {
    this.idempotencyKeys.set(consent.idempotencyKey, consent.appId);
    this.consentLog.push(copy(consent));
  }

  consents(): ConsentRecord[] {
    return copy(this.consentLog);
  }

  connectors(): ConnectorRecord[] {
    return copy([...this.connectorRecords.values()]);
  }

  connector(connectorId: string): ConnectorRecord | undefined {
    return copy(this.connectorRecords.get(connectorId));
  }

  saveConnector(record: ConnectorRecord): void {
    this.connectorRecords.set(record.connector.id, copy(record));
  }

  deleteConnector(connectorId: string): void {
    this.connectorRecords.delete(connectorId);
  }

  networkSecurity(): NetworkSecurity | undefined {
    return copy(this.network);
  }

  saveNetworkSecurity(settings: NetworkSecurity): void {
    this.network = copy(settings);
  }

  syncSettings(): SyncSettingsRecord | undefined {
    return copy(this.sync);
  }

  saveSyncSettings(settings: SyncSettingsRecord): void {
    this.sync = copy(settings);
  }

  accounts(): SyncAccount[] {
    return copy([...this.accountRecords.values()]);
  }

  account(accountId: string): SyncAccount | undefined {
    return copy(this.accountRecords.get(accountId));
  }

  saveAccount(account: SyncAccount): void {
    this.accountRecords.set(account.id, copy(account));
  }

  deleteAccount(accountId: string): void {
    this.accountRecords.delete(accountId);
  }

  accountLink(state: string): AccountLinkRecord | undefined {
    return copy(this.links.get(state));
  }

  saveAccountLink(state: string, link: AccountLinkRecord): void {
    this.links.set(state, copy(link));
  }

  syncRun(runId: string): SyncRunRecord | undefined {
    return copy(this.runs.get(runId));
  }

  latestSyncRun(): SyncRunRecord | undefined {
    let latest: SyncRunRecord | undefined;
    for (const run of this.runs.values()) if (!latest || run.startedAt >= latest.startedAt) latest = run;
    return copy(latest);
  }

  unsettledSyncRuns(): SyncRunRecord[] {
    return copy([...this.runs.values()].filter((run) => !run.settled).sort((a, b) => a.startedAt - b.startedAt));
  }

  saveSyncRun(run: SyncRunRecord): void {
    this.runs.set(run.id, copy(run));
  }
}

function copy<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}
