// The sync rules over HTTP with a clock the tests move: single-use and expiring link
// states and their status, the periods a service offers, personal tags, a run's progress;
// the server as its own OAuth provider (consent page, redirect URI, completion page),
// followed redirect by redirect; and the migration of a database an older server left.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import Database from 'better-sqlite3';
import { call, newSession, removeFolder, serverModule, startTestServer, temporaryFolder } from './support.mjs';

const MINUTE = 60_000;
/** The redirect URI's path and the page it sends the consent window on to. */
const CALLBACK = '/oauth/callback';
const COMPLETION = '/plugboard/account-link-complete.html';

let folder;
let server;
let origin;
let clockOffset = 0;
const advance = (ms) => (clockOffset += ms);

async function ok(promise, status = 200) {
  const response = await promise;
  assert.equal(response.status, status, JSON.stringify(response.body));
  return response.body;
}

/** A session in a new organisation, with `as(method, path, options)` calling the API as it. */
async function signIn(request) {
  const session = await newSession(server.apiUrl, request);
  return { ...session, as: (method, path, options) => call(server.apiUrl, session.token, method, path, options) };
}

/** A GET that does not follow redirects; answers the status, the `Location` and the body. */
async function visit(url) {
  const response = await fetch(new URL(url, origin), { redirect: 'manual', signal: AbortSignal.timeout(15_000) });
  return { status: response.status, location: response.headers.get('Location'), headers: response.headers, body: await response.text() };
}

/** The consent page's form, as the browser would submit it with one of its buttons. */
function decisionUrl(page, decision) {
  const action = /<form method="get" action="([^"]+)"/.exec(page)?.[1];
  assert.ok(action, 'the page has a GET form');
  const url = new URL(action, origin);
  for (const [, name, value] of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    url.searchParams.set(name, value.replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code))));
  }
  assert.match(page, new RegExp(`<button type="submit" name="decision" value="${decision}">`));
  url.searchParams.set('decision', decision);
  return url;
}

/** Begins a link and follows the provider's consent, answered with `decision`, to the completion page. */
async function consent(session, decision, serviceId = 'google') {
  const link = await ok(session.as('POST', '/sync/account-links', { body: { serviceId } }), 201);
  const page = await visit(link.authorizationUrl);
  assert.equal(page.status, 200);
  const answer = await visit(decisionUrl(page.body, decision));
  assert.equal(answer.status, 302);
  const callback = await visit(answer.location);
  assert.equal(callback.status, 302);
  return { link, answer: new URL(answer.location), completion: new URL(callback.location, origin) };
}

before(async () => {
  folder = temporaryFolder();
  server = await startTestServer(join(folder, 'sync.db'), { now: () => Date.now() + clockOffset });
  origin = new URL(server.apiUrl).origin;
});

after(async () => {
  await server?.close();
  if (folder) removeFolder(folder);
});

test('the services offer their periods; a new account gets 15 and 60 minutes; a period not offered is refused', async () => {
  const alex = await signIn();
  const services = await ok(alex.as('GET', '/sync/services'));
  assert.deepEqual(
    Object.fromEntries(services.map((service) => [service.id, service.periods])),
    { google: [5, 15, 30, 60, 240, 1440], nimbusmail: [15, 60, 1440] },
  );
  const { state } = await ok(alex.as('POST', '/sync/account-links', { body: { serviceId: 'nimbusmail' } }), 201);
  const account = await ok(alex.as('POST', '/sync/account-links/complete', { body: { state, code: 'granted' } }), 201);
  assert.equal(account.settings.activitiesPeriod, 15);
  assert.equal(account.settings.contactsPeriod, 60);
  const path = `/sync/accounts/${account.id}/settings`;
  const refused = await alex.as('PUT', path, { body: { ...account.settings, activitiesPeriod: 5, contactsPeriod: 240 } });
  assert.equal(refused.status, 422);
  assert.deepEqual(refused.body.fieldErrors, { activitiesPeriod: { code: 'invalid' }, contactsPeriod: { code: 'invalid' } });
  const saved = await ok(alex.as('PUT', path, { body: { ...account.settings, contactsPeriod: 1440 } }));
  assert.equal(saved.settings.contactsPeriod, 1440);
  assert.equal((await alex.as('PUT', '/sync/accounts/no-such-account/settings', { body: account.settings })).status, 404);
});

test('a state completes once: a replay, an unknown state and one older than 10 minutes are refused; its status tells why', async () => {
  const alex = await signIn();
  const begin = async () => (await ok(alex.as('POST', '/sync/account-links', { body: { serviceId: 'google' } }), 201)).state;
  const complete = (state, answer) => alex.as('POST', '/sync/account-links/complete', { body: { state, ...answer } });
  const status = async (state) => (await ok(alex.as('GET', `/sync/account-links/${state}`))).status;

  const linked = await begin();
  assert.deepEqual(await ok(alex.as('GET', `/sync/account-links/${linked}`)), { state: linked, status: 'pending', account: null });
  const account = await ok(complete(linked, { code: 'granted' }), 201);
  assert.deepEqual(await ok(alex.as('GET', `/sync/account-links/${linked}`)), { state: linked, status: 'linked', account });
  for (const replay of [{ code: 'granted' }, { code: 'other' }, { error: 'access_denied' }]) {
    const answer = await complete(linked, replay);
    assert.equal(answer.status, 422, JSON.stringify(replay));
    assert.deepEqual(answer.body.fieldErrors, { state: { code: 'invalid' } });
  }

  const denied = await begin();
  assert.equal((await complete(denied, { error: 'access_denied' })).status, 403);
  assert.equal(await status(denied), 'denied');
  assert.equal((await complete(denied, { code: 'granted' })).status, 422);
  assert.equal(await status(denied), 'denied');

  const late = await begin();
  advance(10 * MINUTE + 1000);
  assert.equal(await status(late), 'expired');
  assert.deepEqual((await complete(late, { code: 'granted' })).body.fieldErrors, { state: { code: 'invalid' } });
  assert.equal(await status(late), 'expired');

  assert.equal((await complete('no-such-state', { code: 'granted' })).status, 422);
  assert.equal((await alex.as('GET', '/sync/account-links/no-such-state')).status, 404);
  // Another organisation knows none of these states.
  const other = await signIn();
  for (const state of [linked, denied, late]) assert.equal((await other.as('GET', `/sync/account-links/${state}`)).status, 404);

  await ok(alex.as('DELETE', `/sync/accounts/${account.id}`), 204);
  assert.deepEqual(await ok(alex.as('GET', `/sync/account-links/${linked}`)), { state: linked, status: 'linked', account: null });
  assert.equal((await ok(alex.as('GET', '/sync/accounts'))).length, 0);
});

test('personal tags are stored as a list, without repeats, each a known tag', async () => {
  const alex = await signIn();
  const initial = await ok(alex.as('GET', '/sync/settings'));
  assert.deepEqual(initial.personalTagIds, ['personal']);
  assert.equal(initial.lastRun, null);
  const saved = await ok(alex.as('PUT', '/sync/settings', { body: { personalTagIds: ['vip', 'corporate', 'vip'] } }));
  assert.deepEqual(saved.personalTagIds, ['vip', 'corporate']);
  const refused = await alex.as('PUT', '/sync/settings', { body: { personalTagIds: ['vip', 'no-such-tag'] } });
  assert.equal(refused.status, 422);
  assert.deepEqual(refused.body.fieldErrors, { personalTagIds: { code: 'invalid' } });
  assert.deepEqual((await ok(alex.as('GET', '/sync/settings'))).personalTagIds, ['vip', 'corporate']);
  assert.deepEqual((await ok(alex.as('PUT', '/sync/settings', { body: { personalTagIds: [] } }))).personalTagIds, []);
});

test('a run is queued, runs and is done by the clock; accounts that need signing in again are named; lastSyncAt is written once', async () => {
  const alex = await signIn();
  assert.equal((await alex.as('POST', '/sync/runs')).status, 409);
  const link = async (serviceId) => {
    const { state } = await ok(alex.as('POST', '/sync/account-links', { body: { serviceId } }), 201);
    return ok(alex.as('POST', '/sync/account-links/complete', { body: { state, code: 'granted' } }), 201);
  };
  const google = await link('google');
  const nimbus = await link('nimbusmail');
  await ok(alex.as('PUT', `/sync/accounts/${nimbus.id}/settings`, { body: { ...nimbus.settings, calendar: false } }));
  const revoked = await link('google');
  // The provider revoked this account's access: what a real backend would record.
  const db = new Database(join(folder, 'sync.db'));
  try {
    db.prepare('UPDATE sync_accounts SET account = ? WHERE org_id = ? AND id = ?').run(
      JSON.stringify({ ...revoked, status: 'needs-reauthorization' }),
      alex.orgId,
      revoked.id,
    );
  } finally {
    db.close();
  }

  const run = await ok(alex.as('POST', '/sync/runs'), 202);
  assert.deepEqual([...run.accountIds].sort(), [google.id, nimbus.id].sort());
  assert.deepEqual(
    { status: run.status, finishedAt: run.finishedAt, counts: run.counts, errors: run.errors },
    { status: 'queued', finishedAt: null, counts: { contacts: 0, events: 0 }, errors: [] },
  );
  const read = () => ok(alex.as('GET', `/sync/runs/${run.id}`));
  const stamps = async () => (await ok(alex.as('GET', '/sync/accounts'))).map((account) => [account.id, account.lastSyncAt]);

  advance(2000);
  const running = await read();
  assert.equal(running.status, 'running');
  assert.ok(running.counts.contacts > 0 && running.counts.contacts < 24, JSON.stringify(running.counts));
  assert.ok(running.counts.events > 0 && running.counts.events < 30, JSON.stringify(running.counts));
  assert.deepEqual((await ok(alex.as('GET', '/sync/settings'))).lastRun, running);
  assert.ok((await stamps()).every(([, at]) => at === null));

  advance(1000);
  const done = await read();
  const finishedAt = new Date(Date.parse(run.startedAt) + 3000).toISOString();
  assert.deepEqual(
    { status: done.status, finishedAt: done.finishedAt, counts: done.counts, errors: done.errors },
    { status: 'done', finishedAt, counts: { contacts: 24, events: 30 }, errors: [`${revoked.displayName}: sign in again to sync this account.`] },
  );
  assert.deepEqual((await ok(alex.as('GET', '/sync/settings'))).lastRun, done);
  const expected = new Map([[google.id, finishedAt], [nimbus.id, finishedAt], [revoked.id, null]]);
  assert.deepEqual(new Map(await stamps()), expected);
  // Written once: a later read of the run changes nothing, a new run is the latest.
  advance(MINUTE);
  assert.deepEqual(await read(), done);
  const next = await ok(alex.as('POST', '/sync/runs'), 202);
  assert.equal((await ok(alex.as('GET', '/sync/settings'))).lastRun.id, next.id);
  assert.deepEqual(new Map(await stamps()), expected);
  assert.equal((await alex.as('GET', '/sync/runs/no-such-run')).status, 404);
  assert.equal((await (await signIn()).as('GET', `/sync/runs/${run.id}`)).status, 404);
});

test('the consent page is the server’s own, CSP-safe, and names the client and what it reads', async () => {
  const alex = await signIn();
  const link = await ok(alex.as('POST', '/sync/account-links', { body: { serviceId: 'google' } }), 201);
  const url = new URL(link.authorizationUrl);
  assert.equal(url.origin, origin);
  assert.equal(url.pathname, '/oauth-provider/authorize');
  assert.equal(url.searchParams.get('redirect_uri'), `${origin}${CALLBACK}`);
  assert.equal((await ok(alex.as('GET', '/sync/settings'))).oauthClient.redirectUri, `${origin}${CALLBACK}`);
  const page = await visit(url);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('Content-Type'), /^text\/html/);
  assert.match(page.headers.get('Content-Security-Policy'), /script-src 'self'/);
  assert.doesNotMatch(page.headers.get('Content-Security-Policy'), /unsafe-inline/);
  assert.equal(page.headers.get('Cache-Control'), 'no-store');
  assert.doesNotMatch(page.body, /<script|<style|\bstyle=|\bon[a-z]+=/i, 'no inline script, style or handler');
  assert.match(page.body, /Allow plugboard-demo to read your calendar and contacts\?/);
  const sheet = /<link rel="stylesheet" href="([^"]+)"/.exec(page.body)?.[1];
  const css = await visit(sheet);
  assert.equal(css.status, 200);
  assert.match(css.headers.get('Content-Type'), /^text\/css/);

  // A client's name is shown as text, never as markup.
  const hostile = new URL(url);
  hostile.searchParams.set('client_id', '<img src=x onerror=alert(1)>');
  const escaped = await visit(hostile);
  assert.doesNotMatch(escaped.body, /<img/);
  assert.match(escaped.body, /&#60;img/);

  // Only this server's own redirect URIs, and a complete request.
  for (const [name, value] of [
    ['redirect_uri', 'https://evil.example/oauth/callback'],
    ['redirect_uri', `http://localhost.evil.example:${new URL(origin).port}${CALLBACK}`],
    ['redirect_uri', 'not a url'],
    ['state', ''],
    ['client_id', ''],
    ['response_type', 'token'],
  ]) {
    const bad = new URL(url);
    bad.searchParams.set(name, value);
    const answer = await visit(bad);
    assert.equal(answer.status, 400, `${name}=${value}`);
    assert.equal(answer.location, null);
  }
  const stolen = new URL('/oauth-provider/decision', origin);
  stolen.search = new URLSearchParams({ redirect_uri: 'https://evil.example/cb', state: link.state, decision: 'allow' }).toString();
  assert.equal((await visit(stolen)).status, 400);
});

test('Allow completes the link at the redirect URI, as the user who began it, and sends the window on with the state alone', async () => {
  const alex = await signIn({ userId: 'user-alex' });
  const dana = await signIn({ userId: 'user-dana', orgId: alex.orgId });
  const { link, answer, completion } = await consent(dana, 'allow');
  assert.equal(answer.origin + answer.pathname, `${origin}${CALLBACK}`);
  assert.ok(answer.searchParams.get('code'));
  assert.equal(answer.searchParams.get('state'), link.state);
  assert.equal(completion.pathname, COMPLETION);
  assert.deepEqual([...completion.searchParams], [['state', link.state]], 'no code in the completion page’s address');

  const status = await ok(alex.as('GET', `/sync/account-links/${link.state}`));
  assert.equal(status.status, 'linked');
  assert.equal(status.account.displayName, 'dana.petrova@example.com');
  assert.deepEqual((await ok(alex.as('GET', '/sync/accounts'))).map((account) => account.id), [status.account.id]);
  // The page it lands on is served, under the page policy.
  const page = await visit(completion);
  assert.equal(page.status, 200);
  assert.match(page.body, /account-link-complete\.js/);
  assert.match(page.headers.get('Content-Security-Policy'), /default-src 'self'/);
  const script = await visit(new URL('account-link-complete.js', completion));
  assert.equal(script.status, 200);
  assert.match(script.headers.get('Content-Type'), /javascript/);

  // The provider's answer again (a replay), or an unknown state: still the completion page, saying so.
  const replay = await visit(answer);
  assert.equal(replay.status, 302);
  assert.deepEqual(Object.fromEntries(new URL(replay.location, origin).searchParams), { state: link.state, error: 'invalid_state' });
  const forged = await visit(`${CALLBACK}?state=no-such-state&code=x`);
  assert.deepEqual(Object.fromEntries(new URL(forged.location, origin).searchParams), { state: 'no-such-state', error: 'invalid_state' });
  const bare = await visit(CALLBACK);
  assert.equal(new URL(bare.location, origin).pathname, COMPLETION);
  assert.deepEqual(Object.fromEntries(new URL(bare.location, origin).searchParams), { error: 'invalid_state' });
  assert.equal((await ok(alex.as('GET', '/sync/accounts'))).length, 1);
});

test('Deny marks the link denied at the redirect URI; a link past 10 minutes is refused there', async () => {
  const alex = await signIn();
  const { link, answer, completion } = await consent(alex, 'deny');
  assert.equal(answer.searchParams.get('error'), 'access_denied');
  assert.equal(answer.searchParams.get('code'), null);
  assert.deepEqual([...completion.searchParams], [['state', link.state]]);
  assert.equal((await ok(alex.as('GET', `/sync/account-links/${link.state}`))).status, 'denied');
  assert.deepEqual(await ok(alex.as('GET', '/sync/accounts')), []);

  const late = await ok(alex.as('POST', '/sync/account-links', { body: { serviceId: 'google' } }), 201);
  const page = await visit(late.authorizationUrl);
  advance(11 * MINUTE);
  const allowed = await visit(decisionUrl(page.body, 'allow'));
  const landed = await visit(allowed.location);
  assert.equal(new URL(landed.location, origin).searchParams.get('error'), 'invalid_state');
  assert.equal((await ok(alex.as('GET', `/sync/account-links/${late.state}`))).status, 'expired');
});

test('a database an older server left is migrated: its personal tag becomes a list, its pending links expire', async () => {
  const { openDatabase } = await serverModule();
  const path = join(folder, 'old.db');
  const old = openDatabase(path, undefined, { version: 2 });
  try {
    old.db.prepare('INSERT INTO organisations (id, seeded, created_at) VALUES (?, 1, ?)').run('org-old', new Date().toISOString());
    old.db.prepare('INSERT INTO sync_settings (org_id, personal_tag_id, client_id, client_secret) VALUES (?, ?, ?, NULL)').run('org-old', 'vip', 'client-old');
    old.db.prepare('INSERT INTO pending_links (org_id, state, service_id, user_id) VALUES (?, ?, ?, ?)').run('org-old', 'old-state', 'google', 'user-alex');
  } finally {
    old.db.close();
  }
  const migrated = await startTestServer(path);
  try {
    const session = await newSession(migrated.apiUrl, { orgId: 'org-old' });
    const as = (method, route, options) => call(migrated.apiUrl, session.token, method, route, options);
    const settings = await ok(as('GET', '/sync/settings'));
    assert.deepEqual(settings.personalTagIds, ['vip']);
    assert.equal(settings.oauthClient.clientId, 'client-old');
    assert.equal(settings.lastRun, null);
    assert.deepEqual(await ok(as('GET', '/sync/account-links/old-state')), { state: 'old-state', status: 'expired', account: null });
    assert.equal((await as('POST', '/sync/account-links/complete', { body: { state: 'old-state', code: 'granted' } })).status, 422);
    // A migrated database goes on working: a new link completes, a run starts.
    const { state } = await ok(as('POST', '/sync/account-links', { body: { serviceId: 'google' } }), 201);
    await ok(as('POST', '/sync/account-links/complete', { body: { state, code: 'granted' } }), 201);
    await ok(as('POST', '/sync/runs'), 202);
    const db = new Database(path, { readonly: true });
    try {
      assert.equal(db.pragma('user_version', { simple: true }), 3);
      const columns = db.prepare('SELECT name FROM pragma_table_info(?)').all('sync_settings').map((row) => row.name);
      assert.ok(!columns.includes('personal_tag_id'));
    } finally {
      db.close();
    }
  } finally {
    await migrated.close();
  }
});
