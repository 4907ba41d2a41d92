// What the reference server reads: bodies are size-limited (413 with the contract's error
// body), every body and every query parameter is checked, and SQL is only ever given
// values through placeholders.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import {
  ROOT,
  apiModule,
  call,
  customConnector,
  newSession,
  openApiOperations,
  removeFolder,
  startTestServer,
  temporaryFolder,
} from './support.mjs';

let folder;
let databasePath;
let server;
let session;
let accountId;
let linkState;
let runId;
let maxBodyBytes;

const as = (method, path, options) => call(server.apiUrl, session.token, method, path, options);

/** A documented path with real ids of the session's organisation in place of its parameters. */
function pathOf(operation) {
  const ids = { appId: 'otaflow', connectorId: 'connector-arrivals-bot', groupId: 'front-desk', source: 'tags', accountId, state: linkState, runId };
  return operation.path.replace(/\{([^}]+)\}/g, (_, name) => encodeURIComponent(ids[name]));
}

const withBodies = () => openApiOperations().filter((operation) => operation.operation.requestBody);

/** Sends `size` bytes with no Content-Length, in chunks, and answers the status and body. */
function sendChunked(url, token, size) {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const outgoing = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'PUT',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
        timeout: 10_000,
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: JSON.parse(text) }));
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error('no answer within 10 s')));
    // The server may answer and close before everything is sent.
    outgoing.on('error', (error) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    const chunk = ' '.repeat(16 * 1024);
    for (let sent = 0; sent < size; sent += chunk.length) outgoing.write(chunk);
    outgoing.end();
  });
}

/** Everything the organisation can read of its own state, as one JSON text. */
async function state() {
  const answers = [];
  for (const path of ['/connectors?owner=all', '/apps?installed=true', '/network-security', '/sync/accounts', '/sync/settings']) {
    answers.push((await as('GET', path)).body);
  }
  return JSON.stringify(answers);
}

before(async () => {
  folder = temporaryFolder();
  databasePath = join(folder, 'validation.db');
  server = await startTestServer(databasePath);
  session = await newSession(server.apiUrl);
  ({ MAX_BODY_BYTES: maxBodyBytes } = await apiModule());
  const link = await as('POST', '/sync/account-links', { body: { serviceId: 'google' } });
  linkState = link.body.state;
  accountId = (await as('POST', '/sync/account-links/complete', { body: { state: link.body.state, code: 'granted' } })).body.id;
  // Not started here: a run's progress would change the state the tests compare. The
  // routes' query and body checks come before the run is looked up.
  runId = 'run-not-started';
});

after(async () => {
  await server?.close();
  if (folder) removeFolder(folder);
});

test('a body over the limit is refused with 413 and the error body, on every operation that takes one', async () => {
  assert.equal(maxBodyBytes, 256 * 1024);
  const operations = withBodies();
  assert.equal(operations.length, 9);
  for (const operation of operations) {
    const where = `${operation.key}`;
    const documented = operation.operation.responses['413'];
    assert.deepEqual(documented, { $ref: '#/components/responses/PayloadTooLarge' }, `${where} documents 413`);
    const token = operation.operation.security?.length === 0 ? null : session.token;
    const answer = await call(server.apiUrl, token, operation.method, pathOf(operation), { body: `{"x":"${'a'.repeat(maxBodyBytes)}"}` });
    assert.equal(answer.status, 413, where);
    assert.equal(answer.body.code, 'validation', where);
    assert.equal(typeof answer.body.message, 'string', where);
    assert.deepEqual(answer.body.fieldErrors, { body: { code: 'too-long' } }, where);
    // The rest of the body was never read, so the connection cannot be used again.
    assert.equal(answer.headers.get('Connection'), 'close', where);
  }
  // And the server goes on answering.
  assert.equal((await as('GET', '/network-security')).status, 200);
});

test('a body over the limit sent without a length is refused too, before it is all read', async () => {
  const answer = await sendChunked(`${server.apiUrl}/network-security`, session.token, 4 * maxBodyBytes);
  assert.equal(answer.status, 413);
  assert.equal(answer.body.code, 'validation');
});

test('a body of exactly the limit is read', async () => {
  const json = JSON.stringify({ mode: 'unrestricted', trustedNetworks: [] });
  const answer = await as('PUT', '/network-security', { body: json + ' '.repeat(maxBodyBytes - json.length) });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
});

/** Bodies each operation must refuse: not JSON, not an object, and not what its schema allows. */
const BAD_BODIES = {
  'POST /test/sessions': [{ userId: '' }, { userId: 7 }, { orgId: 'x'.repeat(201) }],
  'POST /apps/{appId}/activation': [{}, { appId: 'otaflow' }, { idempotencyKey: 'k', appId: 'otaflow', scopes: 'all' }],
  'PUT /network-security': [{}, { mode: 'sideways', trustedNetworks: [] }, { mode: 'restricted', trustedNetworks: [{ address: 'x', label: 'y' }] }],
  'POST /connectors': [{}, { typeId: 'custom-rest', name: 7, values: {} }, { ...customConnector('x'), values: { resourceUrl: { $gt: '' } } }],
  'PATCH /connectors/{connectorId}': [{ name: '' }, { name: 'x'.repeat(101) }, { values: 'all' }],
  'POST /sync/account-links': [{}, { serviceId: '' }, { serviceId: ['google'] }],
  'POST /sync/account-links/complete': [{}, { state: 7 }, { state: '' }],
  'PUT /sync/accounts/{accountId}/settings': [
    {},
    { calendar: 'yes' },
    // Within 5 to 10080 minutes, but not a period Google offers.
    { calendar: true, contacts: true, autoSyncActivities: true, activitiesPeriod: 45, syncFrom: null, autoSyncContacts: false, contactsPeriod: 60 },
  ],
  'PUT /sync/settings': [
    {},
    { personalTagIds: 'vip' },
    { personalTagIds: [7] },
    { personalTagIds: ['no-such-tag'] },
    { personalTagIds: Array.from({ length: 51 }, (_, index) => `tag-${index}`) },
    { personalTagIds: [], oauthClient: { clientId: '' } },
  ],
};

test('every body is checked: one that is not JSON, not an object, or not what the schema allows is refused with 422, changing nothing', async () => {
  const operations = withBodies();
  assert.deepEqual(operations.map((operation) => operation.key).sort(), Object.keys(BAD_BODIES).sort());
  const before = await state();
  for (const operation of operations) {
    const token = operation.operation.security?.length === 0 ? null : session.token;
    for (const body of ['{"mode":', 'null', '7', '"text"', '[]', ...BAD_BODIES[operation.key].map((value) => JSON.stringify(value))]) {
      const answer = await call(server.apiUrl, token, operation.method, pathOf(operation), { body });
      const where = `${operation.key} with ${body.slice(0, 60)}`;
      assert.equal(answer.status, 422, `${where}: ${JSON.stringify(answer.body)}`);
      assert.equal(answer.body.code, 'validation', where);
      assert.ok(Object.keys(answer.body.fieldErrors ?? {}).length > 0, `${where} says which value`);
    }
  }
  assert.equal(await state(), before);
});

test('every query parameter is checked: unknown, repeated or ill-formed ones are refused with 422', async () => {
  for (const operation of openApiOperations()) {
    const token = operation.operation.security?.length === 0 ? null : session.token;
    const answer = await call(server.apiUrl, token, operation.method, `${pathOf(operation)}?unexpected=1`);
    assert.equal(answer.status, 422, `${operation.key}?unexpected=1`);
    assert.deepEqual(answer.body.fieldErrors, { unexpected: { code: 'invalid' } }, operation.key);
  }
  const refused = [
    '/apps?limit=0',
    '/apps?limit=501',
    '/apps?limit=ten',
    '/apps?limit=1.5',
    '/apps?limit=-1',
    '/apps?limit=1&limit=2',
    '/apps?installed=maybe',
    '/apps?installed=1',
    '/apps?cursor=-5',
    '/apps?cursor=abc',
    `/apps?query=${'x'.repeat(201)}`,
    `/apps?category=${'x'.repeat(201)}`,
    '/connectors?owner=everyone',
    '/connectors?owner=me&owner=all',
    `/connectors?typeId=${'x'.repeat(201)}`,
  ];
  for (const path of refused) {
    const answer = await as('GET', path);
    assert.equal(answer.status, 422, path.slice(0, 80));
    assert.equal(answer.body.code, 'validation', path.slice(0, 80));
  }
  const accepted = [
    '/apps',
    '/apps?limit=1&cursor=1',
    '/apps?installed=false&query=pay&category=payments',
    '/apps?query=',
    '/connectors?owner=all&typeId=custom-rest',
    '/connectors',
  ];
  for (const path of accepted) assert.equal((await as('GET', path)).status, 200, path);
  const page = (await as('GET', '/apps?limit=2')).body;
  const next = (await as('GET', `/apps?limit=2&cursor=${page.nextCursor}`)).body;
  assert.notDeepEqual(next.items, page.items);
});

/** Calls that hand SQL to better-sqlite3 in server/*.ts, directly or through the statement cache. */
const SQL_CALL = /(?<!function )\b(?:db\s*\.(?:prepare|exec|pragma)\(|statement\([\w.]+,|this\.sql\()\s*/g;
/** The cache passes on the text it was given: its callers are checked instead. */
const FORWARDING = ['db.prepare(sql)', 'statement(this.db, text)'];

function sqlCalls() {
  const calls = [];
  const folder = join(ROOT, 'server');
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts'))) {
    const source = readFileSync(join(folder, name), 'utf8');
    for (const match of source.matchAll(SQL_CALL)) {
      if (FORWARDING.some((call) => source.startsWith(call, match.index))) continue;
      const start = match.index + match[0].length;
      const quote = source[start];
      const end = ["'", '"', '`'].includes(quote) ? source.indexOf(quote, start + 1) : -1;
      const literal = end === -1 ? null : source.slice(start, end + 1);
      const following = end === -1 ? '' : source.slice(end + 1).trimStart()[0];
      calls.push({ where: `${name}: ${source.slice(match.index, start + 60).split('\n')[0]}`, literal, following });
    }
  }
  return calls;
}

test('every SQL statement is a fixed text; values only ever go through placeholders', () => {
  const calls = sqlCalls();
  assert.ok(calls.length >= 30, `found ${calls.length} statements`);
  for (const { where, literal, following } of calls) {
    assert.notEqual(literal, null, `${where}: the statement is a literal`);
    assert.ok([',', ')'].includes(following), `${where}: nothing is added to the literal`);
    // PRAGMA takes no placeholders; the schema version is the one counted in database.ts.
    if (literal.includes('${')) assert.match(literal, /^`user_version = \$\{version \+ index \+ 1\}`$/, where);
  }
});

test('values that look like SQL are stored and matched as plain text', async () => {
  const name = "Robert'); DROP TABLE connectors; --";
  const created = await as('POST', '/connectors', { body: customConnector(name, "' OR '1'='1") });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.connector.id;
  assert.equal((await as('GET', `/connectors/${id}`)).body.name, name);
  for (const path of ["/apps/' OR '1'='1", "/connectors/' OR 1=1 --", `/connectors/${encodeURIComponent("x' UNION SELECT secrets FROM connectors --")}`]) {
    assert.equal((await as('GET', path)).status, 404, path);
  }
  assert.deepEqual((await as('GET', `/connectors?owner=all&typeId=${encodeURIComponent("' OR 1=1 --")}`)).body, []);
  assert.deepEqual((await as('GET', `/apps?query=${encodeURIComponent("%' OR '1'='1")}`)).body.items, []);
  const foreign = await call(server.apiUrl, "x' OR '1'='1", 'GET', '/connectors');
  assert.equal(foreign.status, 401);
  const db = new Database(databasePath, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((row) => row.name);
    assert.ok(tables.includes('connectors'));
  } finally {
    db.close();
  }
});
