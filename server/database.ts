import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SecretBox, loadSecretKey, type SecretPlace } from './secret-box.js';

export type Db = Database.Database;

/** The database and the box that seals the secrets stored in it. */
export interface OpenDatabase {
  db: Db;
  secrets: SecretBox;
}

/** Where each kind of secret is stored: the place is sealed with it (see `SecretBox`). */
export const SECRET_PLACES = {
  connectorSecrets: (orgId: string, connectorId: string): SecretPlace => ['connectors.secrets', orgId, connectorId],
  syncClientSecret: (orgId: string): SecretPlace => ['sync_settings.client_secret', orgId],
  keyCheck: ['meta.key_check'] as SecretPlace,
};

const prepared = new WeakMap<Db, Map<string, Database.Statement>>();

/** `db.prepare(sql)`, once per connection and text: preparing costs more than most queries here. */
export function statement(db: Db, sql: string): Database.Statement {
  let cache = prepared.get(db);
  if (!cache) prepared.set(db, (cache = new Map()));
  let found = cache.get(sql);
  if (!found) cache.set(sql, (found = db.prepare(sql)));
  return found;
}

/** A known value sealed with the key, so a wrong key is found on start, not on first use. */
const KEY_CHECK = 'plugboard';

type Migration = (db: Db, secrets: SecretBox) => void;

/** Each entry moves the schema one version up; applied in order, once, in a transaction. */
const MIGRATIONS: Migration[] = [
  (db) =>
    db.exec(`CREATE TABLE organisations (
     id TEXT PRIMARY KEY,
     seeded INTEGER NOT NULL DEFAULT 0,
     created_at TEXT NOT NULL
   );
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,
     org_id TEXT NOT NULL REFERENCES organisations(id),
     user_id TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE TABLE activations (
     org_id TEXT NOT NULL REFERENCES organisations(id),
     app_id TEXT NOT NULL,
     status TEXT NOT NULL,
     activated_at INTEGER,
     issued_at INTEGER,
     used_at INTEGER,
     connector_id TEXT,
     PRIMARY KEY (org_id, app_id)
   );
   CREATE TABLE consents (
     org_id TEXT NOT NULL REFERENCES organisations(id),
     idempotency_key TEXT NOT NULL,
     app_id TEXT NOT NULL,
     record TEXT NOT NULL,
     accepted_at TEXT NOT NULL,
     PRIMARY KEY (org_id, idempotency_key)
   );
   CREATE TABLE connectors (
     org_id TEXT NOT NULL REFERENCES organisations(id),
     id TEXT NOT NULL,
     type_id TEXT NOT NULL,
     owner_id TEXT NOT NULL,
     connector TEXT NOT NULL,
     secrets TEXT NOT NULL,
     created_at TEXT NOT NULL,
     PRIMARY KEY (org_id, id)
   );
   CREATE TABLE network_security (
     org_id TEXT PRIMARY KEY REFERENCES organisations(id),
     settings TEXT NOT NULL
   );
   CREATE TABLE sync_settings (
     org_id TEXT PRIMARY KEY REFERENCES organisations(id),
     personal_tag_id TEXT,
     client_id TEXT NOT NULL,
     client_secret TEXT
   );
   CREATE TABLE sync_accounts (
     org_id TEXT NOT NULL REFERENCES organisations(id),
     id TEXT NOT NULL,
     account TEXT NOT NULL,
     PRIMARY KEY (org_id, id)
   );
   CREATE TABLE pending_links (
     org_id TEXT NOT NULL REFERENCES organisations(id),
     state TEXT NOT NULL,
     service_id TEXT NOT NULL,
     user_id TEXT NOT NULL,
     PRIMARY KEY (org_id, state)
   );`),
  // Secrets sealed at rest; registry connectors' client secrets kept as hashes.
  (db, secrets) => {
    db.exec(`CREATE TABLE meta (
       name TEXT PRIMARY KEY,
       value TEXT NOT NULL
     );
     CREATE TABLE connector_credentials (
       org_id TEXT NOT NULL,
       connector_id TEXT NOT NULL,
       secret_sha256 TEXT NOT NULL,
       PRIMARY KEY (org_id, connector_id),
       FOREIGN KEY (org_id, connector_id) REFERENCES connectors(org_id, id) ON DELETE CASCADE
     );`);
    db.prepare('INSERT INTO meta (name, value) VALUES (?, ?)').run('key_check', secrets.seal(KEY_CHECK, SECRET_PLACES.keyCheck));
    const connectors = db.prepare('SELECT org_id, id, secrets FROM connectors').all() as { org_id: string; id: string; secrets: string }[];
    const sealConnector = db.prepare('UPDATE connectors SET secrets = ? WHERE org_id = ? AND id = ?');
    for (const row of connectors) {
      sealConnector.run(secrets.seal(row.secrets, SECRET_PLACES.connectorSecrets(row.org_id, row.id)), row.org_id, row.id);
    }
    const settings = db.prepare('SELECT org_id, client_secret FROM sync_settings WHERE client_secret IS NOT NULL').all() as {
      org_id: string;
      client_secret: string;
    }[];
    const sealClientSecret = db.prepare('UPDATE sync_settings SET client_secret = ? WHERE org_id = ?');
    for (const row of settings) {
      sealClientSecret.run(secrets.seal(row.client_secret, SECRET_PLACES.syncClientSecret(row.org_id)), row.org_id);
    }
  },
  // Account links kept once completed (single use, their outcome readable, expiry by age;
  // links begun before have no known age and count as expired); several personal tags
  // (the one tag becomes a list of one); sync runs.
  (db) =>
    db.exec(`ALTER TABLE pending_links RENAME TO account_links;
     ALTER TABLE account_links ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0;
     ALTER TABLE account_links ADD COLUMN status TEXT NOT NULL DEFAULT 'pending';
     ALTER TABLE account_links ADD COLUMN account_id TEXT;
     CREATE INDEX account_links_by_state ON account_links (state);
     ALTER TABLE sync_settings ADD COLUMN personal_tag_ids TEXT NOT NULL DEFAULT '[]';
     UPDATE sync_settings SET personal_tag_ids = json_array(personal_tag_id) WHERE personal_tag_id IS NOT NULL;
     ALTER TABLE sync_settings DROP COLUMN personal_tag_id;
     CREATE TABLE sync_runs (
       org_id TEXT NOT NULL REFERENCES organisations(id),
       id TEXT NOT NULL,
       started_at INTEGER NOT NULL,
       settled INTEGER NOT NULL DEFAULT 0,
       run TEXT NOT NULL,
       PRIMARY KEY (org_id, id)
     );
     CREATE INDEX sync_runs_unsettled ON sync_runs (org_id, settled);`),
];

/**
 * Opens (creating if needed) the database file and brings its schema up to date, with
 * the key that seals its secrets (see `loadSecretKey`). Refuses a key that does not
 * open what the database holds. `version` stops the migrations there: for tests that
 * make a database as an older server left it.
 */
export function openDatabase(path: string, configuredKey: string | undefined, options: { version?: number } = {}): OpenDatabase {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const secrets = new SecretBox(loadSecretKey(path, configuredKey));
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Deleted and overwritten rows are zeroed, so an old secret does not linger in a free page.
  db.pragma('secure_delete = ON');
  // One write transaction that reads the version itself: two servers starting on one new
  // file migrate it once, not twice.
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    MIGRATIONS.slice(version, options.version ?? MIGRATIONS.length).forEach((migrate, index) => {
      migrate(db, secrets);
      // PRAGMA takes no bound parameters; this is an integer counted here.
      db.pragma(`user_version = ${version + index + 1}`);
    });
  }).immediate();
  const check = db.prepare('SELECT value FROM meta WHERE name = ?').get('key_check') as { value: string } | undefined;
  try {
    if (check === undefined || secrets.open(check.value, SECRET_PLACES.keyCheck) !== KEY_CHECK) throw new Error('no key check');
  } catch {
    db.close();
    throw new Error(
      `The secret key does not open the secrets in ${path}: set PLUGBOARD_SECRET_KEY to the key they were sealed with (or restore ${path}.key).`,
    );
  }
  return { db, secrets };
}
