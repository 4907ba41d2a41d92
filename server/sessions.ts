import { createHash, randomBytes } from 'node:crypto';
import { statement, type Db } from './database.js';

export interface Session {
  orgId: string;
  userId: string;
}

function hash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates the organisation if it is new and a session in it; only the token's hash is stored. */
export function createSession(db: Db, orgId: string, userId: string): string {
  const token = randomBytes(24).toString('base64url');
  const now = new Date().toISOString();
  db.transaction(() => {
    statement(db, 'INSERT OR IGNORE INTO organisations (id, created_at) VALUES (?, ?)').run(orgId, now);
    statement(db, 'INSERT INTO sessions (token_hash, org_id, user_id, created_at) VALUES (?, ?, ?, ?)').run(hash(token), orgId, userId, now);
  })();
  return token;
}

export function organisationExists(db: Db, orgId: string): boolean {
  return statement(db, 'SELECT 1 FROM organisations WHERE id = ?').get(orgId) !== undefined;
}

export function findSession(db: Db, token: string): Session | undefined {
  const row = statement(db, 'SELECT org_id, user_id FROM sessions WHERE token_hash = ?').get(hash(token)) as
    | { org_id: string; user_id: string }
    | undefined;
  return row && { orgId: row.org_id, userId: row.user_id };
}
