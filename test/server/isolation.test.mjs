// Organisations are walled off from one another on every route, and "my connectors" are
// the signed-in user's alone. Organisation A is set up with one of everything; then
// organisation B, signed in as a user with the same user id, calls every route of
// docs/openapi.yaml with A's ids and the ids both organisations share: each answer
// holds nothing of A's, and A's state is the same after every call.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  apiModule,
  call,
  consentFor,
  customConnector,
  newSession,
  openApiOperations,
  removeFolder,
  routeShape,
  startTestServer,
  temporaryFolder,
} from './support.mjs';

const APP = 'otaflow';
/** A connector every organisation is seeded with, under the same id. */
const SEEDED_CONNECTOR = 'connector-arrivals-bot';
const SEEDED_CUSTOM = 'connector-room-service-api';

let folder;
let server;
/** Moves the server's clock on, so A's sync run is over before B's tries begin. */
let clockOffset = 0;
/** Sessions: a1 and a2 are two users of organisation A; b1 is in B, with a1's user id. */
let a1;
let a2;
let b1;
/** A's ids and everything of A's that B must never see. */
const a = {};

const asA = (method, path, options) => call(server.apiUrl, a1.token, method, path, options);
const asB = (method, path, options) => call(server.apiUrl, b1.token, method, path, options);

async function ok(promise, status = 200) {
  const response = await promise;
  assert.equal(response.status, status, JSON.stringify(response.body));
  return response.body;
}

/** Everything organisation A can read of its own state, as one JSON text. */
async function stateOfA() {
  const reads = [
    '/connectors?owner=all',
    ...[a.custom, a.registry, a.calltrack, a.dana].map((id) => `/connectors/${id}`),
    `/apps/${APP}/activation`,
    '/apps?installed=true',
    '/network-security',
    '/sync/accounts',
    '/sync/settings',
  ];
  const answers = [];
  for (const path of reads) answers.push([path, await ok(asA('GET', path))]);
  return JSON.stringify(answers);
}

before(async () => {
  folder = temporaryFolder();
  server = await startTestServer(`${folder}/isolation.db`, { now: () => Date.now() + clockOffset });
  a1 = await newSession(server.apiUrl, { userId: 'user-alex' });
  a2 = await newSession(server.apiUrl, { userId: 'user-dana', orgId: a1.orgId });
  b1 = await newSession(server.apiUrl, { userId: 'user-alex' });
  assert.equal(a2.orgId, a1.orgId);
  assert.notEqual(b1.orgId, a1.orgId);

  const tag = crypto.randomUUID().slice(0, 8);
  a.customName = `A custom ${tag}`;
  a.custom = (await ok(asA('POST', '/connectors', { body: customConnector(a.customName, `A-password-${tag}`) }), 201)).connector.id;
  await ok(asA('POST', `/connectors/${a.custom}/authorize`));
  await ok(asA('POST', `/connectors/${a.custom}/activate`));
  a.registryName = `A registry ${tag}`;
  const registry = await ok(asA('POST', '/connectors', { body: { typeId: 'rest-registry', name: a.registryName, values: { name: a.registryName } } }), 201);
  a.registry = registry.connector.id;
  a.registryClientId = registry.connector.clientId;
  await ok(asA('PUT', `/connectors/${a.registry}/groups/front-desk`));
  a.calltrackName = `A calls ${tag}`;
  const calltrack = {
    typeId: 'calltrack',
    name: a.calltrackName,
    values: { authMethod: 'login', login: 'demo@example.com', password: 'demo-password' },
  };
  a.calltrack = (await ok(asA('POST', '/connectors', { body: calltrack }), 201)).connector.id;
  await ok(asA('POST', `/connectors/${a.calltrack}/authorize`));
  a.danaName = `A dana ${tag}`;
  a.dana = (await ok(call(server.apiUrl, a2.token, 'POST', '/connectors', { body: customConnector(a.danaName) }), 201)).connector.id;

  a.consentKey = `A-consent-${tag}`;
  const app = await ok(asA('GET', `/apps/${APP}`));
  a.consent = consentFor(app, a.consentKey);
  await ok(asA('POST', `/apps/${APP}/activation`, { body: a.consent, headers: { 'Idempotency-Key': a.consentKey } }));
  a.networkLabel = `A office ${tag}`;
  await ok(asA('PUT', '/network-security', { body: { mode: 'restricted', trustedNetworks: [{ address: '192.0.2.0/24', label: a.networkLabel }] } }));
  a.oauthClientId = `A-oauth-client-${tag}`;
  await ok(asA('PUT', '/sync/settings', { body: { personalTagIds: ['vip'], oauthClient: { clientId: a.oauthClientId, clientSecret: `A-oauth-secret-${tag}` } } }));
  const link = await ok(asA('POST', '/sync/account-links', { body: { serviceId: 'google' } }), 201);
  a.linkedState = link.state;
  a.account = (await ok(asA('POST', '/sync/account-links/complete', { body: { state: link.state, code: 'granted' } }), 201)).id;
  // Left pending: B must not be able to complete or use it up.
  a.pendingState = (await ok(asA('POST', '/sync/account-links', { body: { serviceId: 'google' } }), 201)).state;
  a.run = (await ok(asA('POST', '/sync/runs'), 202)).id;
  // Done, and its end written to A's account: A's state holds still from here on.
  clockOffset += 60_000;
  assert.equal((await ok(asA('GET', `/sync/runs/${a.run}`))).status, 'done');
});

after(async () => {
  await server?.close();
  if (folder) removeFolder(folder);
});

/**
 * What organisation B tries on each route: A's own ids (not found) and ids both
 * organisations have (B's own copy answers). `check` looks at B's answer beyond the status.
 */
function attemptsFor() {
  const activation = { body: { ...a.consent }, headers: { 'Idempotency-Key': a.consentKey } };
  return {
    'GET /categories': [{ path: '/categories', status: 200 }],
    'GET /apps': [
      {
        path: '/apps?installed=true',
        status: 200,
        check: (body) => assert.ok(!body.items.some((app) => app.id === APP), 'B does not see A’s activation in its catalog'),
      },
    ],
    'GET /apps/{appId}': [{ path: `/apps/${APP}`, status: 200, check: (body) => assert.equal(body.status, 'available') }],
    'GET /apps/{appId}/activation': [{ path: `/apps/${APP}/activation`, status: 200, check: (body) => assert.equal(body.status, 'available') }],
    // A's idempotency key means nothing in B: B gets an activation of its own.
    'POST /apps/{appId}/activation': [
      { path: `/apps/${APP}/activation`, ...activation, status: 200, check: (body) => assert.equal(body.status, 'active') },
    ],
    'DELETE /apps/{appId}/activation': [{ path: `/apps/${APP}/activation`, status: 200, check: (body) => assert.equal(body.status, 'available') }],
    'GET /network-security': [{ path: '/network-security', status: 200, check: (body) => assert.equal(body.mode, 'unrestricted') }],
    'PUT /network-security': [
      { path: '/network-security', body: { mode: 'restricted', trustedNetworks: [{ address: '198.51.100.7', label: 'B' }] }, status: 200 },
    ],
    'GET /connector-types': [{ path: '/connector-types', status: 200 }],
    'GET /connectors': [
      { path: '/connectors?owner=all', status: 200 },
      { path: '/connectors?owner=me', status: 200 },
      { path: '/connectors?owner=all&typeId=custom-rest', status: 200 },
    ],
    // Names are unique within an organisation only: B may use A's.
    'POST /connectors': [{ path: '/connectors', body: customConnector(a.customName), status: 201 }],
    'GET /connectors/{connectorId}': [
      { path: `/connectors/${a.custom}`, status: 404 },
      { path: `/connectors/${SEEDED_CONNECTOR}`, status: 200 },
    ],
    'PATCH /connectors/{connectorId}': [
      { path: `/connectors/${a.custom}`, body: { description: 'B was here' }, status: 404 },
      { path: `/connectors/${SEEDED_CONNECTOR}`, body: { description: 'B was here' }, status: 200 },
    ],
    'POST /connectors/{connectorId}/authorize': [{ path: `/connectors/${a.calltrack}/authorize`, status: 404 }],
    'POST /connectors/{connectorId}/activate': [{ path: `/connectors/${a.calltrack}/activate`, status: 404 }],
    'POST /connectors/{connectorId}/deactivate': [
      { path: `/connectors/${a.custom}/deactivate`, status: 404 },
      { path: `/connectors/${SEEDED_CUSTOM}/deactivate`, status: 200 },
    ],
    'GET /connectors/{connectorId}/options/{source}': [{ path: `/connectors/${a.calltrack}/options/tags`, status: 404 }],
    'GET /groups': [{ path: '/groups', status: 200 }],
    'PUT /connectors/{connectorId}/groups/{groupId}': [
      { path: `/connectors/${a.registry}/groups/housekeeping`, status: 404 },
      { path: `/connectors/${SEEDED_CONNECTOR}/groups/front-desk`, status: 200 },
    ],
    'DELETE /connectors/{connectorId}/groups/{groupId}': [
      { path: `/connectors/${a.registry}/groups/front-desk`, status: 404 },
      { path: `/connectors/${SEEDED_CONNECTOR}/groups/front-desk`, status: 200 },
    ],
    'DELETE /connectors/{connectorId}': [
      { path: `/connectors/${a.registry}`, status: 404 },
      { path: `/connectors/${SEEDED_CONNECTOR}`, status: 204 },
    ],
    'GET /sync/services': [{ path: '/sync/services', status: 200 }],
    'GET /sync/accounts': [{ path: '/sync/accounts', status: 200, check: (body) => assert.deepEqual(body, []) }],
    'POST /sync/account-links': [{ path: '/sync/account-links', body: { serviceId: 'google' }, status: 201 }],
    // A's pending state is unknown in B, and stays usable by A (checked at the end).
    'POST /sync/account-links/complete': [
      { path: '/sync/account-links/complete', body: { state: a.pendingState, code: 'stolen' }, status: 422 },
      { path: '/sync/account-links/complete', body: { state: a.pendingState, error: 'access_denied' }, status: 422 },
    ],
    // A's states and runs are unknown in B, pending or not.
    'GET /sync/account-links/{state}': [
      { path: `/sync/account-links/${a.pendingState}`, status: 404 },
      { path: `/sync/account-links/${a.linkedState}`, status: 404 },
    ],
    'PUT /sync/accounts/{accountId}/settings': [
      {
        path: `/sync/accounts/${a.account}/settings`,
        body: { calendar: false, contacts: false, autoSyncActivities: false, activitiesPeriod: 30, syncFrom: null, autoSyncContacts: false, contactsPeriod: 60 },
        status: 404,
      },
    ],
    'DELETE /sync/accounts/{accountId}': [{ path: `/sync/accounts/${a.account}`, status: 404 }],
    'GET /sync/tags': [{ path: '/sync/tags', status: 200 }],
    'GET /sync/settings': [
      {
        path: '/sync/settings',
        status: 200,
        check: (body) => {
          assert.equal(body.oauthClient.clientSecretSet, false);
          assert.equal(body.lastRun, null, 'B does not see A’s run');
        },
      },
    ],
    'PUT /sync/settings': [
      { path: '/sync/settings', body: { personalTagIds: ['corporate'], oauthClient: { clientId: 'B-client', clientSecret: 'B-secret' } }, status: 200 },
    ],
    // B has no linked account, so nothing runs; A's accounts are not synced by it.
    'POST /sync/runs': [{ path: '/sync/runs', status: 409 }],
    'GET /sync/runs/{runId}': [{ path: `/sync/runs/${a.run}`, status: 404 }],
  };
}

/** The routes that need no isolation test, and why. */
const EXEMPT = {
  'POST /test/sessions': 'test only: creates sessions without signing in, never enabled outside tests',
};

test('the table covers every route of docs/openapi.yaml and of the server, and nothing else', async () => {
  const { createApi } = await apiModule();
  // Routes are registered when the API is made; nothing here is called.
  const api = createApi({ db: null, secrets: null, fixtures: null, now: Date.now, corsOrigin: [], allowTestSessions: true });
  const served = api.routes.filter((route) => route.method !== 'ALL').map((route) => routeShape(`${route.method} ${route.path}`));
  const documented = openApiOperations().map((operation) => routeShape(operation.key));
  const tested = [...Object.keys(attemptsFor()), ...Object.keys(EXEMPT)].map(routeShape);
  assert.deepEqual([...new Set(served)].sort(), [...documented].sort(), 'the server serves exactly the documented routes');
  assert.deepEqual([...tested].sort(), [...documented].sort(), 'the table has every documented route once');
});

test('organisation B can neither read nor change organisation A’s data, on any route', async (t) => {
  const markers = [
    a.custom,
    a.registry,
    a.calltrack,
    a.dana,
    a.registryClientId,
    a.registryName,
    a.calltrackName,
    a.danaName,
    a.networkLabel,
    a.oauthClientId,
    a.account,
    a.pendingState,
    a.linkedState,
    a.run,
  ];
  const before = await stateOfA();
  let calls = 0;
  for (const [route, attempts] of Object.entries(attemptsFor())) {
    await t.test(route, async () => {
      for (const attempt of attempts) {
        const method = route.split(' ')[0];
        const answer = await asB(method, attempt.path, { body: attempt.body, headers: attempt.headers });
        const where = `${method} ${attempt.path}`;
        assert.equal(answer.status, attempt.status, `${where}: ${JSON.stringify(answer.body)}`);
        const text = JSON.stringify(answer.body);
        // A "not found" may repeat the id B sent; anything else of A's is a leak.
        const sent = `${attempt.path} ${JSON.stringify(attempt.body ?? null)}`;
        for (const marker of markers.filter((candidate) => !sent.includes(candidate))) {
          assert.ok(!text.includes(marker), `${where} shows A's ${marker}`);
        }
        attempt.check?.(answer.body);
        assert.equal(await stateOfA(), before, `${where} changed A's state`);
        calls += 1;
      }
    });
  }
  assert.ok(calls >= 40);
  // A's single-use state survived B's tries: A completes its link with it.
  await ok(asA('POST', '/sync/account-links/complete', { body: { state: a.pendingState, code: 'granted' } }), 201);
});

test('one user’s own connector list never shows another user’s', async () => {
  const ownersOf = async (session, query) =>
    (await ok(call(server.apiUrl, session.token, 'GET', `/connectors${query}`))).map((connector) => connector.ownerId);
  for (const session of [a1, a2, b1]) {
    for (const query of ['?owner=me', '', '?owner=me&typeId=custom-rest']) {
      const owners = await ownersOf(session, query);
      assert.ok(owners.length > 0, `${session.userId} ${query} lists something`);
      assert.deepEqual([...new Set(owners)], [session.userId], `${session.userId} ${query}`);
    }
  }
  const mine = (await ok(call(server.apiUrl, a2.token, 'GET', '/connectors?owner=me'))).map((connector) => connector.id);
  assert.ok(mine.includes(a.dana));
  assert.ok(!mine.includes(a.custom), 'Dana does not see Alex’s connector as hers');
  // The organisation's list has both users' connectors, and none of B's.
  const all = await ownersOf(a2, '?owner=all');
  assert.deepEqual([...new Set(all)].sort(), ['user-alex', 'user-dana']);
  const bMine = (await ok(asB('GET', '/connectors?owner=me'))).map((connector) => connector.id);
  assert.ok(!bMine.includes(a.custom), 'B’s user-alex does not see A’s user-alex connectors');
});
