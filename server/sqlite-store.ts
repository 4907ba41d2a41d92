import type { ConsentRecord, NetworkSecurity, SyncAccount } from '../src/api/schemas.js';
import type {
  ActivationRecord,
  BackendStore,
  ConnectorRecord,
  PendingLinkRecord,
  SyncSettingsRecord,
} from '../src/api/memory/store.js';
import type { Db } from './database.js';

interface ActivationRow {
  app_id: string;
  status: ActivationRecord['status'];
  activated_at: number | null;
  issued_at: number | null;
  used_at: number | null;
  connector_id: string | null;
}

function toActivation(row: ActivationRow): ActivationRecord {
  return {
    status: row.status,
    activatedAt: row.activated_at,
    issuedAt: row.issued_at,
    usedAt: row.used_at,
    connectorId: row.connector_id,
  };
}

function toConnector(row: { connector: string; secrets: string }): ConnectorRecord {
  return { connector: JSON.parse(row.connector) as ConnectorRecord['connector'], secrets: JSON.parse(row.secrets) as Record<string, string> };
}

/** One organisation's state in the SQLite database; callers wrap each request in a transaction. */
export class SqliteStore implements BackendStore {
  private readonly db: Db;
  private readonly orgId: string;

  constructor(db: Db, orgId: string) {
    this.db = db;
    this.orgId = orgId;
  }

  isSeeded(): boolean {
    const row = this.db.prepare('SELECT seeded FROM organisations WHERE id = ?').get(this.orgId) as { seeded: number } | undefined;
    return row?.seeded === 1;
  }

  markSeeded(): void {
    this.db.prepare('UPDATE organisations SET seeded = 1 WHERE id = ?').run(this.orgId);
  }

  activation(appId: string): ActivationRecord | undefined {
    const row = this.db
      .prepare('SELECT * FROM activations WHERE org_id = ? AND app_id = ?')
      .get(this.orgId, appId) as ActivationRow | undefined;
    return row && toActivation(row);
  }

  activations(): Map<string, ActivationRecord> {
    const rows = this.db.prepare('SELECT * FROM activations WHERE org_id = ?').all(this.orgId) as ActivationRow[];
    return new Map(rows.map((row) => [row.app_id, toActivation(row)]));
  }

  saveActivation(appId: string, record: ActivationRecord): void {
    this.db
      .prepare(
        `INSERT INTO activations (org_id, app_id, status, activated_at, issued_at, used_at, connector_id)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (org_id, app_id) DO UPDATE SET status = excluded.status, activated_at = excluded.activated_at,
           issued_at = excluded.issued_at, used_at = excluded.used_at, connector_id = excluded.connector_id`,
      )
      .run(this.orgId, appId, record.status, record.activatedAt, record.issuedAt, record.usedAt, record.connectorId);
  }

  appForIdempotencyKey(key: string): string | undefined {
    const row = this.db
      .prepare('SELECT app_id FROM consents WHERE org_id = ? AND idempotency_key = ?')
      .get(this.orgId, key) as { app_id: string } | undefined;
    return row?.app_id;
  }

  recordConsent(consent: ConsentRecord): void {
    this.db
      .prepare('INSERT INTO consents (org_id, idempotency_key, app_id, record, accepted_at) VALUES (?, ?, ?, ?, ?)')
      .run(this.orgId, consent.idempotencyKey, consent.appId, JSON.stringify(consent), consent.acceptedAt);
  }

  consents(): ConsentRecord[] {
    const rows = this.db.prepare('SELECT record FROM consents WHERE org_id = ? ORDER BY rowid').all(this.orgId) as { record: string }[];
    return rows.map((row) => JSON.parse(row.record) as ConsentRecord);
  }

  connectors(): ConnectorRecord[] {
    const rows = this.db
      .prepare('SELECT connector, secrets FROM connectors WHERE org_id = ? ORDER BY created_at, id')
      .all(this.orgId) as { connector: string; secrets: string }[];
    return rows.map(toConnector);
  }

  connector(connectorId: string): ConnectorRecord | undefined {
    const row = this.db
      .prepare('SELECT connector, secrets FROM connectors WHERE org_id = ? AND id = ?')
      .get(this.orgId, connectorId) as { connector: string; secrets: string } | undefined;
    return row && toConnector(row);
  }

  saveConnector(record: ConnectorRecord): void {
    const { connector } = record;
    this.db
      .prepare(
        `INSERT INTO connectors (org_id, id, type_id, owner_id, connector, secrets, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (org_id, id) DO UPDATE SET connector = excluded.connector, secrets = excluded.secrets`,
      )
      .run(this.orgId, connector.id, connector.typeId, connector.ownerId, JSON.stringify(connector), JSON.stringify(record.secrets), connector.createdAt);
  }

  deleteConnector(connectorId: string): void {
    this.db.prepare('DELETE FROM connectors WHERE org_id = ? AND id = ?').run(this.orgId, connectorId);
  }

  networkSecurity(): NetworkSecurity | undefined {
    const row = this.db.prepare('SELECT settings FROM network_security WHERE org_id = ?').get(this.orgId) as
      | { settings: string }
      | undefined;
    return row && (JSON.parse(row.settings) as NetworkSecurity);
  }

  saveNetworkSecurity(settings: NetworkSecurity): void {
    this.db
      .prepare(
        `INSERT INTO network_security (org_id, settings) VALUES (?, ?)
         ON CONFLICT (org_id) DO UPDATE SET settings = excluded.settings`,
      )
      .run(this.orgId, JSON.stringify(settings));
  }

  syncSettings(): SyncSettingsRecord | undefined {
    const row = this.db.prepare('SELECT * FROM sync_settings WHERE org_id = ?').get(this.orgId) as
      | { personal_tag_id: string | null; client_id: string; client_secret: string | null }
      | undefined;
    return row && { personalTagId: row.personal_tag_id, clientId: row.client_id, clientSecret: row.client_secret };
  }

  saveSyncSettings(settings: SyncSettingsRecord): void {
    this.db
      .prepare(
        `INSERT INTO sync_settings (org_id, personal_tag_id, client_id, client_secret) VALUES (?, ?, ?, ?)
         ON CONFLICT (org_id) DO UPDATE SET personal_tag_id = excluded.personal_tag_id,
           client_id = excluded.client_id, client_secret = excluded.client_secret`,
      )
      .run(this.orgId, settings.personalTagId, settings.clientId, settings.clientSecret);
  }

  accounts(): SyncAccount[] {
    const rows = this.db.prepare('SELECT account FROM sync_accounts WHERE org_id = ?').all(this.orgId) as { account: string }[];
    return rows.map((row) => JSON.parse(row.account) as SyncAccount);
  }

  account(accountId: string): SyncAccount | undefined {
    const row = this.db
      .prepare('SELECT account FROM sync_accounts WHERE org_id = ? AND id = ?')
      .get(this.orgId, accountId) as { account: string } | undefined;
    return row && (JSON.parse(row.account) as SyncAccount);
  }

  saveAccount(account: SyncAccount): void {
    this.db
      .prepare(
        `INSERT INTO sync_accounts (org_id, id, account) VALUES (?, ?, ?)
         ON CONFLICT (org_id, id) DO UPDATE SET account = excluded.account`,
      )
      .run(this.orgId, account.id, JSON.stringify(account));
  }

  deleteAccount(accountId: string): void {
    this.db.prepare('DELETE FROM sync_accounts WHERE org_id = ? AND id = ?').run(this.orgId, accountId);
  }

  pendingLink(state: string): PendingLinkRecord | undefined {
    const row = this.db
      .prepare('SELECT service_id, user_id FROM pending_links WHERE org_id = ? AND state = ?')
      .get(this.orgId, state) as { service_id: string; user_id: string } | undefined;
    return row && { serviceId: row.service_id, userId: row.user_id };
  }

  savePendingLink(state: string, link: PendingLinkRecord): void {
    this.db
      .prepare('INSERT INTO pending_links (org_id, state, service_id, user_id) VALUES (?, ?, ?, ?)')
      .run(this.orgId, state, link.serviceId, link.userId);
  }

  deletePendingLink(state: string): void {
    this.db.prepare('DELETE FROM pending_links WHERE org_id = ? AND state = ?').run(this.orgId, state);
  }
}
