import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { PlugboardError, validationError } from '../src/api/errors.js';
import { ReferenceBackend } from '../src/api/memory/backend.js';
import type { Fixtures } from '../src/api/memory/fixture-types.js';
import type { Db } from './database.js';
import { createSession, findSession, type Session } from './sessions.js';
import { SqliteStore } from './sqlite-store.js';

export interface ApiOptions {
  db: Db;
  fixtures: Fixtures;
  now: () => number;
  /** Origins allowed to call the API from a browser; `*` for any (tokens, not cookies). */
  corsOrigin: string | string[];
  /** Lets `POST /test/sessions` create a fresh organisation: for tests only. */
  allowTestSessions: boolean;
}

type Env = { Variables: { session: Session } };

const STATUS: Record<PlugboardError['code'], number> = {
  network: 502,
  timeout: 504,
  'invalid-response': 502,
  validation: 422,
  conflict: 409,
  'limit-reached': 409,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'rate-limited': 429,
  server: 500,
};

/** The error as the contract's JSON body; nothing about the server's insides. */
function errorResponse(c: Context, error: PlugboardError): Response {
  const body = {
    code: error.code,
    message: error.message,
    ...(Object.keys(error.fieldErrors).length > 0 ? { fieldErrors: error.fieldErrors } : {}),
    ...(error.limit !== undefined ? { limit: error.limit } : {}),
  };
  const headers: Record<string, string> = error.retryAfter ? { 'Retry-After': String(error.retryAfter) } : {};
  return c.json(body, STATUS[error.code] as 400, headers);
}

async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw validationError({ body: { code: 'invalid' } }, 'The request body is not JSON.');
  }
}

/** A JSON body that must be an object (so `null` or `7` is refused, not crashed on). */
async function objectBody(c: Context): Promise<Record<string, unknown>> {
  const body = await jsonBody(c);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw validationError({ body: { code: 'invalid' } }, 'The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

/** `true`/`false` as booleans; anything else goes on as it is, for the schema to refuse. */
function booleanParam(value: string | undefined): boolean | string | undefined {
  return value === 'true' ? true : value === 'false' ? false : value;
}

/** The first language the client asked for, e.g. `ru` from `ru-RU,ru;q=0.9`. */
function locale(c: Context): string | undefined {
  return c.req.header('Accept-Language')?.split(',')[0]?.split(';')[0]?.trim() || undefined;
}

/**
 * The REST API of `docs/openapi.yaml`: each request runs the reference rules against
 * its organisation's tables, in one transaction, as the user its bearer token names.
 */
export function createApi(options: ApiOptions): Hono<Env> {
  const { db } = options;
  const api = new Hono<Env>();

  api.use('*', cors({ origin: options.corsOrigin, allowHeaders: ['Authorization', 'Content-Type', 'Accept-Language', 'Idempotency-Key'], exposeHeaders: ['Retry-After'], maxAge: 600 }));
  api.use('*', bodyLimit({ maxSize: 256 * 1024, onError: (c) => errorResponse(c, validationError({ body: { code: 'too-long' } }, 'The request body is too large.')) }));

  api.onError((error, c) => {
    if (error instanceof PlugboardError) return errorResponse(c, error);
    console.error(error);
    return errorResponse(c, new PlugboardError('server', 'The server ran into a problem.'));
  });
  api.notFound((c) => errorResponse(c, new PlugboardError('not-found', 'No such resource.')));

  if (options.allowTestSessions) {
    api.post('/test/sessions', async (c) => {
      const body = await objectBody(c);
      const userId = typeof body['userId'] === 'string' ? body['userId'] : (options.fixtures.users[0]?.id ?? 'user');
      const orgId = `org-${crypto.randomUUID()}`;
      return c.json({ token: createSession(db, orgId, userId), orgId, userId }, 201);
    });
  }

  api.use('*', async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
    const session = token ? findSession(db, token) : undefined;
    if (!session) return errorResponse(c, new PlugboardError('unauthorized', 'A valid bearer token is required.'));
    c.set('session', session);
    await next();
  });

  /**
   * Runs the rules for the caller's organisation in one transaction. A refusal rolls the
   * transaction back, unless `keepOnRefusal`: then what the rules did before refusing
   * stays (a denied account link still uses up its single-use state).
   */
  const run = <T>(c: Context<Env>, work: (backend: ReferenceBackend) => T, keepOnRefusal = false): T => {
    const session = c.get('session');
    const outcome = db.transaction(() => {
      const backend = new ReferenceBackend(new SqliteStore(db, session.orgId), {
        fixtures: options.fixtures,
        userId: session.userId,
        now: options.now,
        onSite: true,
      });
      try {
        return { value: work(backend) };
      } catch (error) {
        if (keepOnRefusal && error instanceof PlugboardError) return { refusal: error };
        throw error;
      }
    })();
    if ('refusal' in outcome) throw outcome.refusal;
    return outcome.value;
  };
  const query = (c: Context, name: string): string | undefined => c.req.query(name) || undefined;

  // catalog
  api.get('/categories', (c) => c.json(run(c, (b) => b.listCategories(locale(c)))));
  api.get('/apps', (c) =>
    c.json(
      run(c, (b) =>
        b.listApps(
          {
            query: query(c, 'query'),
            category: query(c, 'category'),
            installed: booleanParam(query(c, 'installed')) as boolean | undefined,
            cursor: query(c, 'cursor'),
            limit: query(c, 'limit') === undefined ? undefined : Number(query(c, 'limit')),
          },
          locale(c),
        ),
      ),
    ),
  );
  api.get('/apps/:appId', (c) => c.json(run(c, (b) => b.getApp(c.req.param('appId'), locale(c)))));

  // activation
  api.get('/apps/:appId/activation', (c) => c.json(run(c, (b) => b.getActivation(c.req.param('appId')))));
  api.post('/apps/:appId/activation', async (c) => {
    const consent = (await jsonBody(c)) as Parameters<ReferenceBackend['activate']>[1];
    const key = c.req.header('Idempotency-Key');
    if (key && typeof consent === 'object' && consent !== null && consent.idempotencyKey !== key) {
      throw validationError({ idempotencyKey: { code: 'invalid' } }, 'Idempotency-Key differs from the consent.');
    }
    return c.json(run(c, (b) => b.activate(c.req.param('appId'), consent)));
  });
  api.delete('/apps/:appId/activation', (c) => c.json(run(c, (b) => b.deactivate(c.req.param('appId')))));

  // network security
  api.get('/network-security', (c) => c.json(run(c, (b) => b.getNetworkSecurity())));
  api.put('/network-security', async (c) => {
    const settings = (await jsonBody(c)) as Parameters<ReferenceBackend['setNetworkSecurity']>[0];
    return c.json(run(c, (b) => b.setNetworkSecurity(settings)));
  });

  // connectors
  api.get('/connector-types', (c) => c.json(run(c, (b) => b.listConnectorTypes(locale(c)))));
  api.get('/connectors', (c) =>
    c.json(run(c, (b) => b.listConnectors({ owner: (query(c, 'owner') ?? 'me') as 'me', typeId: query(c, 'typeId') }))),
  );
  api.post('/connectors', async (c) => {
    const input = (await jsonBody(c)) as Parameters<ReferenceBackend['createConnector']>[0];
    return c.json(run(c, (b) => b.createConnector(input, locale(c))), 201);
  });
  api.get('/connectors/:id', (c) => c.json(run(c, (b) => b.getConnector(c.req.param('id')))));
  api.patch('/connectors/:id', async (c) => {
    const patch = (await jsonBody(c)) as Parameters<ReferenceBackend['updateConnector']>[1];
    return c.json(run(c, (b) => b.updateConnector(c.req.param('id'), patch, locale(c))));
  });
  api.delete('/connectors/:id', (c) => {
    run(c, (b) => b.deleteConnector(c.req.param('id')));
    return c.body(null, 204);
  });
  api.post('/connectors/:id/authorize', (c) => c.json(run(c, (b) => b.authorizeConnector(c.req.param('id'), locale(c)))));
  api.post('/connectors/:id/activate', (c) => c.json(run(c, (b) => b.activateConnector(c.req.param('id'), locale(c)))));
  api.post('/connectors/:id/deactivate', (c) => c.json(run(c, (b) => b.deactivateConnector(c.req.param('id')))));
  api.get('/connectors/:id/options/:source', (c) =>
    c.json(run(c, (b) => b.listConnectorOptions(c.req.param('id'), c.req.param('source'), locale(c)))),
  );
  api.get('/groups', (c) => c.json(run(c, (b) => b.listGroups())));
  api.put('/connectors/:id/groups/:groupId', (c) =>
    c.json(run(c, (b) => b.addConnectorToGroup(c.req.param('id'), c.req.param('groupId')))),
  );
  api.delete('/connectors/:id/groups/:groupId', (c) =>
    c.json(run(c, (b) => b.removeConnectorFromGroup(c.req.param('id'), c.req.param('groupId')))),
  );

  // sync
  api.get('/sync/services', (c) => c.json(run(c, (b) => b.listSyncServices())));
  api.get('/sync/accounts', (c) => c.json(run(c, (b) => b.listAccounts())));
  api.post('/sync/account-links', async (c) => {
    const body = await objectBody(c);
    return c.json(run(c, (b) => b.beginAccountLink(String(body['serviceId'] ?? ''))), 201);
  });
  api.post('/sync/account-links/complete', async (c) => {
    const completion = (await jsonBody(c)) as Parameters<ReferenceBackend['completeAccountLink']>[0];
    return c.json(run(c, (b) => b.completeAccountLink(completion), true), 201);
  });
  api.put('/sync/accounts/:id/settings', async (c) => {
    const settings = (await jsonBody(c)) as Parameters<ReferenceBackend['updateAccountSettings']>[1];
    return c.json(run(c, (b) => b.updateAccountSettings(c.req.param('id'), settings)));
  });
  api.delete('/sync/accounts/:id', (c) => {
    run(c, (b) => b.removeAccount(c.req.param('id')));
    return c.body(null, 204);
  });
  api.get('/sync/tags', (c) => c.json(run(c, (b) => b.listTags(locale(c)))));
  api.get('/sync/settings', (c) => c.json(run(c, (b) => b.getSyncSettings())));
  api.put('/sync/settings', async (c) => {
    const settings = (await jsonBody(c)) as Parameters<ReferenceBackend['saveSyncSettings']>[0];
    return c.json(run(c, (b) => b.saveSyncSettings(settings)));
  });
  api.post('/sync/runs', (c) => c.json(run(c, (b) => b.runSync()), 202));

  return api;
}
