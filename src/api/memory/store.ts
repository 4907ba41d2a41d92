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

/** An account link begun with the provider and not completed yet. */
export interface PendingLinkRecord {
  serviceId: string;
  userId: string;
}

export interface SyncSettingsRecord {
  personalTagId: string | null;
  clientId: string;
  clientSecret: string | null;
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
  pendingLink(state: string): PendingLinkRecord | undefined;
  savePendingLink(state: string, link: PendingLinkRecord): void;
  deletePendingLink(state: string): void;
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
  private readonly links = new Map<string, PendingLinkRecord>();

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

  pendingLink(state: string): PendingLinkRecord | undefined {
    return copy(this.links.get(state));
  }

  savePendingLink(state: string, link: PendingLinkRecord): void {
    this.links.set(state, copy(link));
  }

  deletePendingLink(state: string): void {
    this.links.delete(state);
  }
}

function copy<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}
