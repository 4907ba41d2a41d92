import { createHash } from 'node:crypto';
import type { ConsentRecord, NetworkSecurity, SyncAccount } from '../src/api/schemas.js';
import type {
  AccountLinkRecord,
  ActivationRecord,
  BackendStore,
  ConnectorRecord,
  SyncRunRecord,
  SyncSettingsRecord,
} from '../src/api/memory/store.js';
import { SECRET_PLACES, statement, type Db } from './database.js';
import type { SecretBox } from './secret-box.js';

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

interface AccountLinkRow {
  service_id: string;
  user_id: string;
  created_at: number;
  status: AccountLinkRecord['status'];
  account_id: string | null;
}

function toAccountLink(row: AccountLinkRow): AccountLinkRecord {
  return {
    serviceId: row.service_id,
    userId: row.user_id,
    createdAt: row.created_at,
    status: row.status,
    ...(row.account_id === null ? {} : { accountId: row.account_id }),
  };
}

interface SyncRunRow {
  run: string;
  settled: number;
}

function toSyncRun(row: SyncRunRow): SyncRunRecord {
  return { ...(JSON.parse(row.run) as Omit<SyncRunRecord, 'settled'>), settled: row.settled === 1 };
}

/**
 * The organisation and user of an account link, found by its state alone: for the redirect
 * URI, which the provider calls with the state and no session. States are 144 random bits,
 * so one names one link; a state found in two organisations is treated as unknown.
 */
export function accountLinkOwner(db: Db, state: string): { orgId: string; userId: string } | undefined {
  const rows = statement(db, 'SELECT org_id, user_id FROM account_links WHERE state = ? LIMIT 2').all(state) as {
    org_id: string;
    user_id: string;
  }[];
  const [row] = rows;
  return rows.length === 1 && row ? { orgId: row.org_id, userId: row.user_id } : undefined;
}

interface ConnectorRow {
  id: string;
  connector: string;
  secrets: string;
}

/**
 * One organisation's state in the SQLite database; callers wrap each request in a
 * transaction. Every query names the organisation, so no other's rows are reached.
 * Secrets are sealed before they are written and opened when read.
 */
export class SqliteStore implements BackendStore {
  private readonly db: Db;
  private readonly orgId: string;
  private readonly secrets: SecretBox;

  constructor(db: Db, orgId: string, secrets: SecretBox) {
    this.db = db;
    this.orgId = orgId;
    this.secrets = secrets;
  }

  /** The statement for `text`, prepared once per connection (see `statement`). */
  private sql(text: string) {
    return statement(this.db, text);
  }

  isSeeded(): boolean {
    const row = this.sql('SELECT seeded FROM organisations WHERE id = ?').get(this.orgId) as { seeded: number } | undefined;
    return row?.seeded === 1;
  }

  markSeeded(): void {
    this.sql('UPDATE organisations SET seeded = 1 WHERE id = ?').run(this.orgId);
  }

  activation(appId: string): ActivationRecord | undefined {
    const row = this.sql('SELECT * FROM activations WHERE org_id = ? AND app_id = ?').get(this.orgId, appId) as ActivationRow | undefined;
    return row && toActivation(row);
  }

  activations(): Map<string, ActivationRecord> {
    const rows = this.sql('SELECT * FROM activations WHERE org_id = ?').all(this.orgId) as ActivationRow[];
    return new Map(rows.map((row) => [row.app_id, toActivation(row)]));
  }

  saveActivation(appId: string, record: ActivationRecord): void {
    this.sql(
      `INSERT INTO activations (org_id, app_id, status, activated_at, issued_at, used_at, connector_id)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (org_id, app_id) DO UPDATE SET status = excluded.status, activated_at = excluded.activated_at,
         issued_at = excluded.issued_at, used_at = excluded.used_at, connector_id = excluded.connector_id`,
    ).run(this.orgId, appId, record.status, record.activatedAt, record.issuedAt, record.usedAt, record.connectorId);
  }

  appForIdempotencyKey(key: string): string | undefined {
    const row = this.sql('SELECT app_id FROM consents WHERE org_id = ? AND idempotency_key = ?')
      .get(this.orgId, key) as { app_id: string } | undefined;
    return row?.app_id;
  }

  recordConsent(consent: ConsentRecord): void {
    this.sql('INSERT INTO consents (org_id, idempotency_key, app_id, record, accepted_at) VALUES (?, ?, ?, ?, ?)')
      .run(this.orgId, consent.idempotencyKey, consent.appId, JSON.stringify(consent), consent.acceptedAt);
  }

  consents(): ConsentRecord[] {
    const rows = this.sql('SELECT record FROM consents WHERE org_id = ? ORDER BY rowid').all(this.orgId) as { record: string }[];
    return rows.map((row) => JSON.parse(row.record) as ConsentRecord);
  }

  connectors(): ConnectorRecord[] {
    const rows = this.sql('SELECT id, connector, secrets FROM connectors WHERE org_id = ? ORDER BY created_at, id')
      .all(this.orgId) as ConnectorRow[];
    return rows.map((row) => this.toConnector(row));
  }

  connector(connectorId: string): ConnectorRecord | undefined {
    const row = this.sql('SELECT id, connector, secrets FROM connectors WHERE org_id = ? AND id = ?')
      .get(this.orgId, connectorId) as ConnectorRow | undefined;
    return row && this.toConnector(row);
  }

  saveConnector(record: ConnectorRecord): void {
    const { connector } = record;
    const secrets = this.secrets.seal(JSON.stringify(record.secrets), SECRET_PLACES.connectorSecrets(this.orgId, connector.id));
    this.sql(
      `INSERT INTO connectors (org_id, id, type_id, owner_id, connector, secrets, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (org_id, id) DO UPDATE SET connector = excluded.connector, secrets = excluded.secrets`,
    ).run(this.orgId, connector.id, connector.typeId, connector.ownerId, JSON.stringify(connector), secrets, connector.createdAt);
  }

  /**
   * Keeps a registry connector's client secret as its SHA-256 only: the secret is shown
   * once and is only ever to be checked, never read back, so nothing that could reveal
   * it is stored. It is 144 random bits, so a fast hash cannot be searched backwards.
   */
  saveIssuedSecret(connectorId: string, clientSecret: string): void {
    this.sql('INSERT INTO connector_credentials (org_id, connector_id, secret_sha256) VALUES (?, ?, ?)')
      .run(this.orgId, connectorId, createHash('sha256').update(clientSecret).digest('hex'));
  }

  deleteConnector(connectorId: string): void {
    this.sql('DELETE FROM connectors WHERE org_id = ? AND id = ?').run(this.orgId, connectorId);
  }

  networkSecurity(): NetworkSecurity | undefined {
    const row = this.sql('SELECT settings FROM network_security WHERE org_id = ?').get(this.orgId) as
      | { settings: string }
      | undefined;
    return row && (JSON.parse(row.settings) as NetworkSecurity);
  }

  saveNetworkSecurity(settings: NetworkSecurity): void {
    this.sql(
      `INSERT INTO network_security (org_id, settings) VALUES (?, ?)
       ON CONFLICT (org_id) DO UPDATE SET settings = excluded.settings`,
    ).run(this.orgId, JSON.stringify(settings));
  }

  syncSettings(): SyncSettingsRecord | undefined {
    const row = this.sql('SELECT * FROM sync_settings WHERE org_id = ?').get(this.orgId) as
      | { personal_tag_ids: string; client_id: string; client_secret: string | null }
      | undefined;
    return (
      row && {
        personalTagIds: JSON.parse(row.personal_tag_ids) as string[],
        clientId: row.client_id,
        clientSecret: row.client_secret === null ? null : this.secrets.open(row.client_secret, SECRET_PLACES.syncClientSecret(this.orgId)),
      }
    );
  }

  saveSyncSettings(settings: SyncSettingsRecord): void {
    this.sql(
      `INSERT INTO sync_settings (org_id, personal_tag_ids, client_id, client_secret) VALUES (?, ?, ?, ?)
       ON CONFLICT (org_id) DO UPDATE SET personal_tag_ids = excluded.personal_tag_ids,
         client_id = excluded.client_id, client_secret = excluded.client_secret`,
    ).run(
        this.orgId,
        JSON.stringify(settings.personalTagIds),
        settings.clientId,
        settings.clientSecret === null ? null : this.secrets.seal(settings.clientSecret, SECRET_PLACES.syncClientSecret(this.orgId)),
      );
  }

  accounts(): SyncAccount[] {
    const rows = this.sql('SELECT account FROM sync_accounts WHERE org_id = ?').all(this.orgId) as { account: string }[];
    return rows.map((row) => JSON.parse(row.account) as SyncAccount);
  }

  account(accountId: string): SyncAccount | undefined {
    const row = this.sql('SELECT account FROM sync_accounts WHERE org_id = ? AND id = ?')
      .get(this.orgId, accountId) as { account: string } | undefined;
    return row && (JSON.parse(row.account) as SyncAccount);
  }

  saveAccount(account: SyncAccount): void {
    this.sql(
      `INSERT INTO sync_accounts (org_id, id, account) VALUES (?, ?, ?)
       ON CONFLICT (org_id, id) DO UPDATE SET account = excluded.account`,
    ).run(this.orgId, account.id, JSON.stringify(account));
  }

  deleteAccount(accountId: string): void {
    this.sql('DELETE FROM sync_accounts WHERE org_id = ? AND id = ?').run(this.orgId, accountId);
  }

  accountLink(state: string): AccountLinkRecord | undefined {
    const row = this.sql('SELECT service_id, user_id, created_at, status, account_id FROM account_links WHERE org_id = ? AND state = ?')
      .get(this.orgId, state) as AccountLinkRow | undefined;
    return row && toAccountLink(row);
  }

  saveAccountLink(state: string, link: AccountLinkRecord): void {
    this.sql(
      `INSERT INTO account_links (org_id, state, service_id, user_id, created_at, status, account_id) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (org_id, state) DO UPDATE SET status = excluded.status, account_id = excluded.account_id`,
    ).run(this.orgId, state, link.serviceId, link.userId, link.createdAt, link.status, link.accountId ?? null);
  }

  syncRun(runId: string): SyncRunRecord | undefined {
    const row = this.sql('SELECT run, settled FROM sync_runs WHERE org_id = ? AND id = ?').get(this.orgId, runId) as SyncRunRow | undefined;
    return row && toSyncRun(row);
  }

  latestSyncRun(): SyncRunRecord | undefined {
    const row = this.sql('SELECT run, settled FROM sync_runs WHERE org_id = ? ORDER BY started_at DESC, rowid DESC LIMIT 1')
      .get(this.orgId) as SyncRunRow | undefined;
    return row && toSyncRun(row);
  }

  unsettledSyncRuns(): SyncRunRecord[] {
    const rows = this.sql('SELECT run, settled FROM sync_runs WHERE org_id = ? AND settled = 0 ORDER BY started_at, rowid')
      .all(this.orgId) as SyncRunRow[];
    return rows.map(toSyncRun);
  }

  saveSyncRun(run: SyncRunRecord): void {
    const { settled, ...rest } = run;
    this.sql(
      `INSERT INTO sync_runs (org_id, id, started_at, settled, run) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (org_id, id) DO UPDATE SET settled = excluded.settled, run = excluded.run`,
    ).run(this.orgId, run.id, run.startedAt, settled ? 1 : 0, JSON.stringify(rest));
  }

  private toConnector(row: ConnectorRow): ConnectorRecord {
    const box = this.secrets;
    const place = SECRET_PLACES.connectorSecrets(this.orgId, row.id);
    let opened: Record<string, string> | undefined;
    return {
      connector: JSON.parse(row.connector) as ConnectorRecord['connector'],
      // Opened when a rule reads them: listing connectors or checking names needs none.
      get secrets(): Record<string, string> {
        opened ??= JSON.parse(box.open(row.secrets, place)) as Record<string, string>;
        return opened;
      },
    };
  }
}
