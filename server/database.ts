import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type Db = Database.Database;

/** Each entry moves the schema one version up; applied in order, once, in a transaction. */
const MIGRATIONS = [
  `CREATE TABLE organisations (
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
   );`,
];

/** Opens (creating if needed) the database file and brings its schema up to date. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  const version = db.pragma('user_version', { simple: true }) as number;
  MIGRATIONS.slice(version).forEach((migration, index) => {
    db.transaction(() => {
      db.exec(migration);
      db.pragma(`user_version = ${version + index + 1}`);
    })();
  });
  return db;
}
