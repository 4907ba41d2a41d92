// The rules hold under concurrency: two server processes on one database file take many
// simultaneous requests that race for one rule (one activation per idempotency key, the
// connector limit, unique names, single-use link states), and a bounded load test with
// autocannon leaves no error, no non-2xx answer and no broken rule behind.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { call, consentFor, customConnector, newSession, removeFolder, spawnTestServer, temporaryFolder } from './support.mjs';

const APP = 'otaflow';
const RACERS = 40;
const CUSTOM_LIMIT = 10;
const LOAD_REQUESTS = 4_000;
const LOAD_CONNECTIONS = 16;
/** The load test fails rather than run on past this. */
const LOAD_TIME_CAP_MS = 90_000;

let folder;
let databasePath;
/** Two server processes on the same database file. */
let servers = [];

/** `count` requests sent at once, spread over both servers. */
function race(count, send) {
  return Promise.all(Array.from({ length: count }, (_, index) => send(servers[index % servers.length].apiUrl, index)));
}

function statuses(answers) {
  const counts = {};
  for (const answer of answers) counts[answer.status] = (counts[answer.status] ?? 0) + 1;
  return counts;
}

/** Reads the database file as a third party would, while the servers run. */
function query(sql, ...values) {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...values);
  } finally {
    db.close();
  }
}

before(async () => {
  folder = temporaryFolder();
  databasePath = join(folder, 'concurrency.db');
  // One after the other: the second finds the file migrated and its key written.
  servers.push(await spawnTestServer(databasePath));
  servers.push(await spawnTestServer(databasePath));
});

after(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  servers = [];
  if (folder) removeFolder(folder);
});

test('simultaneous activations with one idempotency key activate once, with identical answers', async () => {
  const { token, orgId } = await newSession(servers[0].apiUrl);
  const app = (await call(servers[0].apiUrl, token, 'GET', `/apps/${APP}`)).body;
  const consent = consentFor(app, `key-${crypto.randomUUID()}`);
  const answers = await race(RACERS, (apiUrl) =>
    call(apiUrl, token, 'POST', `/apps/${APP}/activation`, { body: consent, headers: { 'Idempotency-Key': consent.idempotencyKey } }),
  );
  assert.deepEqual(statuses(answers), { 200: RACERS });
  assert.equal(new Set(answers.map((answer) => JSON.stringify(answer.body))).size, 1, 'every answer is the same activation');
  assert.equal(answers[0].body.status, 'active');
  assert.deepEqual(query('SELECT idempotency_key FROM consents WHERE org_id = ? AND app_id = ?', orgId, APP), [
    { idempotency_key: consent.idempotencyKey },
  ]);
  // Another key finds the app activated: it was activated once, not per request.
  const again = await call(servers[1].apiUrl, token, 'POST', `/apps/${APP}/activation`, { body: { ...consent, idempotencyKey: 'another' } });
  assert.equal(again.status, 409);
});

test('simultaneous creations of custom connectors at the limit never make one too many', async () => {
  const { token } = await newSession(servers[0].apiUrl);
  const list = async () => (await call(servers[0].apiUrl, token, 'GET', '/connectors?owner=all&typeId=custom-rest')).body;
  const existing = (await list()).length;
  assert.ok(existing < CUSTOM_LIMIT);
  const answers = await race(RACERS, (apiUrl, index) =>
    call(apiUrl, token, 'POST', '/connectors', { body: customConnector(`Racer ${index}`) }),
  );
  assert.deepEqual(statuses(answers), { 201: CUSTOM_LIMIT - existing, 409: RACERS - (CUSTOM_LIMIT - existing) });
  for (const refused of answers.filter((answer) => answer.status === 409)) {
    assert.deepEqual([refused.body.code, refused.body.limit], ['limit-reached', CUSTOM_LIMIT]);
  }
  assert.equal((await list()).length, CUSTOM_LIMIT);
});

test('simultaneous creations under one name make one connector', async () => {
  const { token } = await newSession(servers[0].apiUrl);
  const name = `Twin ${crypto.randomUUID()}`;
  const answers = await race(RACERS, (apiUrl) =>
    call(apiUrl, token, 'POST', '/connectors', { body: { typeId: 'rest-registry', name, values: { name } } }),
  );
  assert.deepEqual(statuses(answers), { 201: 1, 409: RACERS - 1 });
  const all = (await call(servers[1].apiUrl, token, 'GET', '/connectors?owner=all')).body;
  assert.equal(all.filter((connector) => connector.name === name).length, 1);
});

test('a link state completed by many requests at once links one account', async () => {
  const { token } = await newSession(servers[0].apiUrl);
  const { state } = (await call(servers[0].apiUrl, token, 'POST', '/sync/account-links', { body: { serviceId: 'google' } })).body;
  const answers = await race(RACERS, (apiUrl) => call(apiUrl, token, 'POST', '/sync/account-links/complete', { body: { state, code: 'granted' } }));
  assert.deepEqual(statuses(answers), { 201: 1, 422: RACERS - 1 });
  assert.equal((await call(servers[1].apiUrl, token, 'GET', '/sync/accounts')).body.length, 1);
});

test('a bounded load test: no errors, no non-2xx answers, no broken rules', { timeout: LOAD_TIME_CAP_MS + 30_000 }, async (t) => {
  const { apiUrl } = servers[0];
  const { token, orgId } = await newSession(apiUrl);
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const app = (await call(apiUrl, token, 'GET', `/apps/${APP}`)).body;
  const consent = consentFor(app, `load-${crypto.randomUUID()}`);
  const connectorsBefore = (await call(apiUrl, token, 'GET', '/connectors?owner=all')).body.map((connector) => connector.id);
  const activationAnswers = new Set();
  let named = 0;
  let created = 0;
  let deleted = 0;

  // Each connection goes round this list: mostly reads, the same activation again and
  // again, the same settings saved again, and a connector made, read and deleted, so the
  // organisation stays the size of a real one.
  const requests = [
    { method: 'GET', path: '/api/v1/apps?limit=20' },
    { method: 'GET', path: '/api/v1/connectors?owner=all' },
    {
      method: 'POST',
      path: `/api/v1/apps/${APP}/activation`,
      headers: { ...headers, 'Idempotency-Key': consent.idempotencyKey },
      body: JSON.stringify(consent),
      onResponse: (status, body) => activationAnswers.add(body),
    },
    { method: 'GET', path: `/api/v1/apps/${APP}/activation` },
    { method: 'PUT', path: '/api/v1/network-security', body: JSON.stringify({ mode: 'restricted', trustedNetworks: [{ address: '192.0.2.0/24', label: 'Office' }] }) },
    {
      method: 'POST',
      path: '/api/v1/connectors',
      setupRequest: (request) => {
        named += 1;
        return { ...request, body: JSON.stringify({ typeId: 'rest-registry', name: `Load ${named}`, values: { name: `Load ${named}` } }) };
      },
      onResponse: (status, body, context) => {
        if (status === 201) created += 1;
        context.connectorId = JSON.parse(body).connector?.id;
      },
    },
    { method: 'GET', setupRequest: (request, context) => ({ ...request, path: `/api/v1/connectors/${context.connectorId}` }) },
    {
      method: 'DELETE',
      setupRequest: (request, context) => ({ ...request, path: `/api/v1/connectors/${context.connectorId}` }),
      onResponse: (status) => {
        if (status === 204) deleted += 1;
      },
    },
    { method: 'GET', path: '/api/v1/sync/settings' },
    { method: 'GET', path: '/api/v1/categories' },
  ];
  const origin = new URL(apiUrl).origin;
  const instance = autocannon({ url: origin, connections: LOAD_CONNECTIONS, amount: LOAD_REQUESTS, timeout: 10, headers, requests });
  const cap = setTimeout(() => instance.stop(), LOAD_TIME_CAP_MS);
  const result = await instance;
  clearTimeout(cap);

  const answered = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  // autocannon's own `duration` is counted in whole ticks; its start and finish are exact.
  const seconds = (result.finish.getTime() - result.start.getTime()) / 1000;
  t.diagnostic(
    `load: ${answered} requests, ${Math.round(answered / seconds)} req/s, p99 ${result.latency.p99} ms, ` +
      `${result.errors} errors, ${result.non2xx} non-2xx (${LOAD_CONNECTIONS} connections, ${seconds.toFixed(2)} s, 127.0.0.1)`,
  );
  assert.equal(answered, LOAD_REQUESTS, `every request was answered within ${LOAD_TIME_CAP_MS / 1000} s`);
  assert.equal(result.errors, 0);
  assert.equal(result.timeouts, 0);
  assert.equal(result.non2xx, 0, JSON.stringify(result.statusCodeStats));

  // No broken rule afterwards: one consent and one activation for the key, one answer to
  // every repeat of it; every connector made was deleted once, with its issued secret.
  assert.equal(activationAnswers.size, 1);
  assert.equal(query('SELECT COUNT(*) AS n FROM consents WHERE org_id = ?', orgId)[0].n, 1);
  assert.equal((await call(apiUrl, token, 'GET', `/apps/${APP}/activation`)).body.status, 'active');
  assert.ok(created > LOAD_REQUESTS / requests.length - LOAD_CONNECTIONS);
  assert.equal(deleted, created);
  const connectors = (await call(apiUrl, token, 'GET', '/connectors?owner=all')).body;
  assert.deepEqual(connectors.map((connector) => connector.id), connectorsBefore);
  assert.equal(query('SELECT COUNT(*) AS n FROM connectors WHERE org_id = ?', orgId)[0].n, connectorsBefore.length);
  assert.equal(query('SELECT COUNT(*) AS n FROM connector_credentials WHERE org_id = ?', orgId)[0].n, 0);
});
