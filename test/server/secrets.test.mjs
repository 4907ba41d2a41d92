// Secrets at rest: connector secret fields and the sync OAuth client secret are sealed
// with AES-256-GCM before they reach SQLite, registry connectors' client secrets are kept
// as hashes, none is ever returned by the API, and a restart opens them again with the
// same key (PLUGBOARD_SECRET_KEY, or the development key kept beside the database).
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import Database from 'better-sqlite3';
import { call, customConnector, newSession, removeFolder, startTestServer, temporaryFolder } from './support.mjs';

let folder;
let databasePath;
let server;

beforeEach(() => {
  folder = temporaryFolder();
  databasePath = join(folder, 'secrets.db');
});

afterEach(async () => {
  await server?.close();
  server = undefined;
  removeFolder(folder);
});

/** The bytes of the database and of its WAL and shared-memory files, as they are now. */
function filesOnDisk() {
  return ['', '-wal', '-shm']
    .map((suffix) => `${databasePath}${suffix}`)
    .filter((path) => existsSync(path))
    .map((path) => ({ path, bytes: readFileSync(path) }));
}

function assertNowhereOnDisk(secrets) {
  const files = filesOnDisk();
  assert.ok(files.length > 0);
  for (const { path, bytes } of files) {
    for (const secret of secrets) {
      // SQLite keeps text as UTF-8 unless told otherwise; UTF-16 is looked for as well.
      for (const encoding of ['utf8', 'utf16le']) {
        assert.equal(bytes.indexOf(Buffer.from(secret, encoding)), -1, `${secret} (${encoding}) in ${path}`);
      }
    }
  }
}

/** Writes one secret of every kind through the API; answers them and what to find them by. */
async function writeSecrets(apiUrl) {
  const session = await newSession(apiUrl);
  const as = (method, path, options) => call(apiUrl, session.token, method, path, options);
  const tag = randomBytes(6).toString('hex');
  const secrets = {
    password: `custom-password-${tag}`,
    changedPassword: `changed-password-${tag}`,
    oauthClientSecret: `oauth-client-secret-${tag}`,
    // A fixture's accepted credentials: authorizing after a restart shows it opens again.
    calltrackPassword: 'demo-password',
  };
  const answers = [];
  const custom = await as('POST', '/connectors', { body: customConnector(`Custom ${tag}`, secrets.password) });
  assert.equal(custom.status, 201, JSON.stringify(custom.body));
  answers.push(custom);
  answers.push(await as('PATCH', `/connectors/${custom.body.connector.id}`, { body: { values: { password: secrets.changedPassword } } }));
  const calltrack = await as('POST', '/connectors', {
    body: { typeId: 'calltrack', name: `Calls ${tag}`, values: { authMethod: 'login', login: 'demo@example.com', password: secrets.calltrackPassword } },
  });
  assert.equal(calltrack.status, 201, JSON.stringify(calltrack.body));
  answers.push(calltrack);
  answers.push(await as('PUT', '/sync/settings', { body: { personalTagIds: [], oauthClient: { clientId: `client-${tag}`, clientSecret: secrets.oauthClientSecret } } }));
  const registry = await as('POST', '/connectors', { body: { typeId: 'rest-registry', name: `Registry ${tag}`, values: { name: `Registry ${tag}` } } });
  assert.equal(registry.status, 201);
  answers.push(registry);
  assert.match(registry.body.clientSecret, /^[0-9a-f]{36}$/, 'shown once, on creation');
  secrets.registryClientSecret = registry.body.clientSecret;
  for (const path of ['/connectors?owner=all', `/connectors/${custom.body.connector.id}`, `/connectors/${registry.body.connector.id}`, '/sync/settings']) {
    answers.push(await as('GET', path));
  }
  for (const answer of answers) assert.ok(answer.status < 300, JSON.stringify(answer.body));
  // Never returned: the API says only that a secret is set.
  const returned = JSON.stringify(answers.map((answer) => answer.body));
  for (const [kind, secret] of Object.entries(secrets)) {
    if (kind !== 'registryClientSecret') assert.ok(!returned.includes(secret), `the API returned ${kind}`);
  }
  assert.equal(returned.split(secrets.registryClientSecret).length, 2, 'the client secret is in the creation answer only');
  assert.deepEqual(custom.body.connector.secretsSet, ['password']);
  assert.equal(answers.at(-1).body.oauthClient.clientSecretSet, true);
  return { session, secrets, custom: custom.body.connector.id, calltrack: calltrack.body.connector.id, registry: registry.body.connector.id };
}

test('secrets written through the API are nowhere in the database files, and come back after a restart', async () => {
  server = await startTestServer(databasePath);
  const { session, secrets, calltrack, registry } = await writeSecrets(server.apiUrl);
  const written = Object.values(secrets);
  assert.ok(filesOnDisk().some((file) => file.path.endsWith('-wal') && file.bytes.length > 0), 'the WAL is read too');
  assertNowhereOnDisk(written);

  // The development key sits beside the database, for its owner's eyes only.
  const keyPath = `${databasePath}.key`;
  assert.equal(statSync(keyPath).mode & 0o777, 0o600);
  assert.equal(Buffer.from(readFileSync(keyPath, 'utf8').trim(), 'base64').length, 32);

  await server.close();
  // Closed, the WAL is folded into the database file: still no secret in it.
  assertNowhereOnDisk(written);
  const db = new Database(databasePath, { readonly: true });
  try {
    for (const row of db.prepare('SELECT secrets FROM connectors').all()) assert.match(row.secrets, /^v1:[A-Za-z0-9+/=]+$/);
    const clientSecret = db.prepare('SELECT client_secret FROM sync_settings WHERE org_id = ?').get(session.orgId).client_secret;
    assert.match(clientSecret, /^v1:/);
    // The registry connector's secret is kept only as a hash, to check one shown to us.
    const hash = db.prepare('SELECT secret_sha256 FROM connector_credentials WHERE org_id = ? AND connector_id = ?').get(session.orgId, registry);
    assert.equal(hash.secret_sha256, createHash('sha256').update(secrets.registryClientSecret).digest('hex'));
  } finally {
    db.close();
  }

  // A restart opens the sealed secrets again: the stored password still authorizes.
  server = await startTestServer(databasePath);
  const authorized = await call(server.apiUrl, session.token, 'POST', `/connectors/${calltrack}/authorize`);
  assert.equal(authorized.status, 200, JSON.stringify(authorized.body));
  assert.equal(authorized.body.status, 'authorized');
  assert.equal((await call(server.apiUrl, session.token, 'GET', '/sync/settings')).body.oauthClient.clientSecretSet, true);
});

test('a sealed secret moved to another organisation’s row does not open', async (t) => {
  server = await startTestServer(databasePath);
  const a = await writeSecrets(server.apiUrl);
  const b = await newSession(server.apiUrl);
  // B has a connector under the same id (a seeded one); give it A's sealed secrets.
  const db = new Database(databasePath);
  try {
    const sealed = db.prepare('SELECT secrets FROM connectors WHERE org_id = ? AND id = ?').get(a.session.orgId, 'connector-room-service-api');
    assert.equal((await call(server.apiUrl, b.token, 'GET', '/connectors/connector-room-service-api')).status, 200);
    db.prepare('UPDATE connectors SET secrets = ? WHERE org_id = ? AND id = ?').run(sealed.secrets, b.orgId, 'connector-room-service-api');
  } finally {
    db.close();
  }
  // The server logs what it could not open; kept out of the test output, and counted.
  const logged = t.mock.method(console, 'error', () => {});
  const moved = await call(server.apiUrl, b.token, 'POST', '/connectors/connector-room-service-api/authorize');
  assert.equal(logged.mock.callCount(), 1);
  assert.match(String(logged.mock.calls[0].arguments[0]), /unable to authenticate data/);
  assert.equal(moved.status, 500);
  assert.deepEqual(moved.body, { code: 'server', message: 'The server ran into a problem.' });
});

test('PLUGBOARD_SECRET_KEY is used when set, and another key is refused on start', async () => {
  const key = randomBytes(32).toString('base64');
  const previous = process.env.PLUGBOARD_SECRET_KEY;
  process.env.PLUGBOARD_SECRET_KEY = key;
  try {
    server = await startTestServer(databasePath);
    const { session, calltrack } = await writeSecrets(server.apiUrl);
    assert.equal(existsSync(`${databasePath}.key`), false, 'no development key is made');
    await server.close();
    server = undefined;

    process.env.PLUGBOARD_SECRET_KEY = randomBytes(32).toString('base64');
    await assert.rejects(startTestServer(databasePath), /does not open the secrets/);
    delete process.env.PLUGBOARD_SECRET_KEY;
    await assert.rejects(startTestServer(databasePath), /does not open the secrets/, 'nor does a new development key');

    process.env.PLUGBOARD_SECRET_KEY = key;
    server = await startTestServer(databasePath);
    assert.equal((await call(server.apiUrl, session.token, 'POST', `/connectors/${calltrack}/authorize`)).status, 200);
  } finally {
    if (previous === undefined) delete process.env.PLUGBOARD_SECRET_KEY;
    else process.env.PLUGBOARD_SECRET_KEY = previous;
  }
});

test('a key that is not 32 bytes of base64, or a key file others can read, is refused', async () => {
  for (const secretKey of [randomBytes(16).toString('base64'), 'not base64 at all!', `${randomBytes(32).toString('base64')}AAAA`]) {
    await assert.rejects(startTestServer(databasePath, { secretKey }), /32 random bytes in base64/, secretKey);
  }
  server = await startTestServer(databasePath);
  await server.close();
  server = undefined;
  chmodSync(`${databasePath}.key`, 0o644);
  await assert.rejects(startTestServer(databasePath), /readable by other users/);
});
