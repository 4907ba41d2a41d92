import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import * as z from 'zod/mini';
import { HTTP_STATUS, PlugboardError, errorBody, fieldErrorsOf, validationError } from '../src/api/errors.js';
import { ReferenceBackend } from '../src/api/memory/backend.js';
import type { Fixtures } from '../src/api/memory/fixture-types.js';
import { AccountLinkRequestSchema, IdSchema } from '../src/api/schemas.js';
import type { Db } from './database.js';
import type { SecretBox } from './secret-box.js';
import { createSession, findSession, organisationExists, type Session } from './sessions.js';
import { SqliteStore } from './sqlite-store.js';

export interface ApiOptions {
  db: Db;
  /** Seals the secrets the API is given before they are stored. */
  secrets: SecretBox;
  /** The catalog and types; a function gets the request's origin (to serve logos from it). */
  fixtures: Fixtures | ((origin: string) => Fixtures);
  now: () => number;
  /** Origins allowed to call the API from a browser; `*` for any (tokens, not cookies). */
  corsOrigin: string | string[];
  /** Lets `POST /test/sessions` create sessions without signing in: for tests only. */
  allowTestSessions: boolean;
}

/** The largest request body read, in bytes; a larger one is refused with 413 unread. */
export const MAX_BODY_BYTES = 256 * 1024;

type Env = { Variables: { session: Session } };

/** The error as the contract's JSON body; nothing about the server's insides. */
function errorResponse(c: Context, error: PlugboardError, status = HTTP_STATUS[error.code]): Response {
  const headers: Record<string, string> = error.retryAfter ? { 'Retry-After': String(error.retryAfter) } : {};
  return c.json(errorBody(error), status as 400, headers);
}

function parsed<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(fieldErrorsOf(result.error));
  return result.data;
}

/** A JSON body that must be an object (so `null` or `7` is refused, not crashed on). */
async function objectBody(c: Context): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw validationError({ body: { code: 'invalid' } }, 'The request body is not JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw validationError({ body: { code: 'invalid' } }, 'The request body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

/**
 * A body for one of the rules' operations. `ReferenceBackend` parses each with its zod
 * schema from `src/api/schemas.ts` before it acts (the in-memory adapter relies on that
 * too), so it is passed on as received, typed as what the schema will let through.
 */
async function ruleBody<T>(c: Context): Promise<T> {
  return (await objectBody(c)) as T;
}

const TestSessionRequestSchema = z.object({ userId: z.optional(IdSchema), orgId: z.optional(IdSchema) });

/**
 * The query string of a route that takes the parameters `names`: any other name, or one
 * given twice, is refused, so a misspelt filter is an error rather than silently ignored.
 * An empty value counts as absent, as an empty search box does. The values are checked
 * by the schemas of the operation they are passed to.
 */
function queryOf<N extends string>(c: Context, names: readonly N[]): Partial<Record<N, string>> {
  const fieldErrors: Record<string, { code: string }> = {};
  const values: Partial<Record<N, string>> = {};
  for (const [name, all] of Object.entries(c.req.queries())) {
    if (!(names as readonly string[]).includes(name) || all.length > 1) fieldErrors[name] = { code: 'invalid' };
    else if (all[0]) values[name as N] = all[0];
  }
  if (Object.keys(fieldErrors).length > 0) throw validationError(fieldErrors, 'Unknown or repeated query parameters.');
  return values;
}

/** `true`/`false` as booleans; anything else goes on as it is, for the schema to refuse. */
function booleanParam(value: string | undefined): boolean | string | undefined {
  return value === 'true' ? true : value === 'false' ? false : value;
}

/** Digits as a number; anything else goes on as it is, for the schema to refuse. */
function integerParam(value: string | undefined): number | string | undefined {
  return value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : value;
}

/** The first language the client asked for, e.g. `ru` from `ru-RU,ru;q=0.9`. */
function locale(c: Context): string | undefined {
  return c.req.header('Accept-Language')?.split(',')[0]?.split(';')[0]?.trim() || undefined;
}

/** What the reference rules run with, for one request. */
export interface RulesContext {
  db: Db;
  secrets: SecretBox;
  fixtures: Fixtures;
  now: () => number;
}

/**
 * Runs the rules for one organisation, as one of its users, in one write transaction
 * begun at once (`BEGIN IMMEDIATE`): requests, from this process or another on the same
 * file, then run one after another, so a rule checked at the start of one still holds at
 * its end (one activation per idempotency key, the connector limit, unique names). A
 * refusal rolls the transaction back, unless `keepOnRefusal`: then what the rules did
 * before refusing stays (a denied account link still uses up its single-use state).
 */
export function runRules<T>(
  context: RulesContext,
  session: Session,
  work: (backend: ReferenceBackend, store: SqliteStore) => T,
  keepOnRefusal = false,
): T {
  const { db } = context;
  const outcome = db
    .transaction(() => {
      const store = new SqliteStore(db, session.orgId, context.secrets);
      const backend = new ReferenceBackend(store, {
        fixtures: context.fixtures,
        userId: session.userId,
        now: context.now,
        onSite: true,
      });
      try {
        return { value: work(backend, store) };
      } catch (error) {
        if (keepOnRefusal && error instanceof PlugboardError) return { refusal: error };
        throw error;
      }
    })
    .immediate();
  if ('refusal' in outcome) throw outcome.refusal;
  return outcome.value;
}

/**
 * The REST API of `docs/openapi.yaml`: each request runs the reference rules against
 * its organisation's tables, in one transaction, as the user its bearer token names.
 */
export function createApi(options: ApiOptions): Hono<Env> {
  const { db } = options;
  const api = new Hono<Env>();
  const fixturesFor = (c: Context): Fixtures =>
    typeof options.fixtures === 'function' ? options.fixtures(new URL(c.req.url).origin) : options.fixtures;

  // JSON only, never to be run, framed, sniffed as something else or kept in a cache.
  api.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
    c.header('Cache-Control', 'no-store');
  });
  api.use('*', cors({ origin: options.corsOrigin, allowHeaders: ['Authorization', 'Content-Type', 'Accept-Language', 'Idempotency-Key'], exposeHeaders: ['Retry-After'], maxAge: 600 }));
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => {
      // The rest of the body is never read, so the connection cannot carry another request.
      c.header('Connection', 'close');
      return errorResponse(c, validationError({ body: { code: 'too-long' } }, 'The request body is too large.'), 413);
    },
  });

  api.onError((error, c) => {
    if (error instanceof PlugboardError) return errorResponse(c, error);
    console.error(error);
    return errorResponse(c, new PlugboardError('server', 'The server ran into a problem.'));
  });

  /** Refuses query parameters on the routes that take none. */
  const noQuery: MiddlewareHandler<Env> = async (c, next) => {
    queryOf(c, []);
    await next();
  };

  if (options.allowTestSessions) {
    // A fresh organisation, or with `orgId` another user's session in an existing one.
    api.post('/test/sessions', limitBody, noQuery, async (c) => {
      const body = parsed(TestSessionRequestSchema, await objectBody(c));
      const userId = body.userId ?? fixturesFor(c).users[0]?.id ?? 'user';
      if (body.orgId !== undefined && !organisationExists(db, body.orgId)) {
        throw new PlugboardError('not-found', `No organisation ${body.orgId}.`);
      }
      const orgId = body.orgId ?? `org-${crypto.randomUUID()}`;
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
  // After signing in: a caller without a session gets nothing of its body read.
  api.use('*', limitBody);

  const run = <T>(c: Context<Env>, work: (backend: ReferenceBackend, store: SqliteStore) => T, keepOnRefusal = false): T =>
    runRules({ db, secrets: options.secrets, fixtures: fixturesFor(c), now: options.now }, c.get('session'), work, keepOnRefusal);

  // catalog
  api.get('/categories', noQuery, (c) => c.json(run(c, (b) => b.listCategories(locale(c)))));
  api.get('/apps', (c) => {
    const query = queryOf(c, ['query', 'category', 'installed', 'cursor', 'limit']);
    const listQuery = {
      ...query,
      installed: booleanParam(query.installed),
      limit: integerParam(query.limit),
    } as Parameters<ReferenceBackend['listApps']>[0];
    return c.json(run(c, (b) => b.listApps(listQuery, locale(c))));
  });
  api.get('/apps/:appId', noQuery, (c) => c.json(run(c, (b) => b.getApp(c.req.param('appId'), locale(c)))));

  // activation
  api.get('/apps/:appId/activation', noQuery, (c) => c.json(run(c, (b) => b.getActivation(c.req.param('appId')))));
  api.post('/apps/:appId/activation', noQuery, async (c) => {
    const consent = await ruleBody<Parameters<ReferenceBackend['activate']>[1]>(c);
    const key = c.req.header('Idempotency-Key');
    if (key !== undefined && consent.idempotencyKey !== key) {
      throw validationError({ idempotencyKey: { code: 'invalid' } }, 'Idempotency-Key differs from the consent.');
    }
    return c.json(run(c, (b) => b.activate(c.req.param('appId'), consent)));
  });
  api.delete('/apps/:appId/activation', noQuery, (c) => c.json(run(c, (b) => b.deactivate(c.req.param('appId')))));

  // network security
  api.get('/network-security', noQuery, (c) => c.json(run(c, (b) => b.getNetworkSecurity())));
  api.put('/network-security', noQuery, async (c) => {
    const settings = await ruleBody<Parameters<ReferenceBackend['setNetworkSecurity']>[0]>(c);
    return c.json(run(c, (b) => b.setNetworkSecurity(settings)));
  });

  // connectors
  api.get('/connector-types', noQuery, (c) => c.json(run(c, (b) => b.listConnectorTypes(locale(c)))));
  api.get('/connectors', (c) => {
    const query = queryOf(c, ['owner', 'typeId']);
    const typeId = query.typeId === undefined ? undefined : parsed(z.object({ typeId: IdSchema }), query).typeId;
    const owner = (query.owner ?? 'me') as Parameters<ReferenceBackend['listConnectors']>[0]['owner'];
    return c.json(run(c, (b) => b.listConnectors({ owner, typeId })));
  });
  api.post('/connectors', noQuery, async (c) => {
    const input = await ruleBody<Parameters<ReferenceBackend['createConnector']>[0]>(c);
    const created = run(c, (b, store) => {
      const result = b.createConnector(input, locale(c));
      if (result.clientSecret !== null) store.saveIssuedSecret(result.connector.id, result.clientSecret);
      return result;
    });
    return c.json(created, 201);
  });
  api.get('/connectors/:id', noQuery, (c) => c.json(run(c, (b) => b.getConnector(c.req.param('id')))));
  api.patch('/connectors/:id', noQuery, async (c) => {
    const patch = await ruleBody<Parameters<ReferenceBackend['updateConnector']>[1]>(c);
    return c.json(run(c, (b) => b.updateConnector(c.req.param('id'), patch, locale(c))));
  });
  api.delete('/connectors/:id', noQuery, (c) => {
    run(c, (b) => b.deleteConnector(c.req.param('id')));
    return c.body(null, 204);
  });
  api.post('/connectors/:id/authorize', noQuery, (c) => c.json(run(c, (b) => b.authorizeConnector(c.req.param('id'), locale(c)))));
  api.post('/connectors/:id/activate', noQuery, (c) => c.json(run(c, (b) => b.activateConnector(c.req.param('id'), locale(c)))));
  api.post('/connectors/:id/deactivate', noQuery, (c) => c.json(run(c, (b) => b.deactivateConnector(c.req.param('id')))));
  api.get('/connectors/:id/options/:source', noQuery, (c) => {
    return c.json(run(c, (b) => b.listConnectorOptions(c.req.param('id'), c.req.param('source'), locale(c))));
  });
  api.get('/groups', noQuery, (c) => c.json(run(c, (b) => b.listGroups())));
  api.put('/connectors/:id/groups/:groupId', noQuery, (c) => {
    return c.json(run(c, (b) => b.addConnectorToGroup(c.req.param('id'), c.req.param('groupId'))));
  });
  api.delete('/connectors/:id/groups/:groupId', noQuery, (c) => {
    return c.json(run(c, (b) => b.removeConnectorFromGroup(c.req.param('id'), c.req.param('groupId'))));
  });

  // sync
  api.get('/sync/services', noQuery, (c) => c.json(run(c, (b) => b.listSyncServices())));
  api.get('/sync/accounts', noQuery, (c) => c.json(run(c, (b) => b.listAccounts())));
  api.post('/sync/account-links', noQuery, async (c) => {
    const { serviceId } = parsed(AccountLinkRequestSchema, await objectBody(c));
    return c.json(run(c, (b) => b.beginAccountLink(serviceId)), 201);
  });
  api.post('/sync/account-links/complete', noQuery, async (c) => {
    const completion = await ruleBody<Parameters<ReferenceBackend['completeAccountLink']>[0]>(c);
    return c.json(run(c, (b) => b.completeAccountLink(completion), true), 201);
  });
  api.get('/sync/account-links/:state', noQuery, (c) => c.json(run(c, (b) => b.getAccountLink(c.req.param('state')))));
  api.put('/sync/accounts/:id/settings', noQuery, async (c) => {
    const settings = await ruleBody<Parameters<ReferenceBackend['updateAccountSettings']>[1]>(c);
    return c.json(run(c, (b) => b.updateAccountSettings(c.req.param('id'), settings)));
  });
  api.delete('/sync/accounts/:id', noQuery, (c) => {
    run(c, (b) => b.removeAccount(c.req.param('id')));
    return c.body(null, 204);
  });
  api.get('/sync/tags', noQuery, (c) => c.json(run(c, (b) => b.listTags(locale(c)))));
  api.get('/sync/settings', noQuery, (c) => c.json(run(c, (b) => b.getSyncSettings())));
  api.put('/sync/settings', noQuery, async (c) => {
    const settings = await ruleBody<Parameters<ReferenceBackend['saveSyncSettings']>[0]>(c);
    return c.json(run(c, (b) => b.saveSyncSettings(settings)));
  });
  api.post('/sync/runs', noQuery, (c) => c.json(run(c, (b) => b.runSync()), 202));
  api.get('/sync/runs/:runId', noQuery, (c) => c.json(run(c, (b) => b.getSyncRun(c.req.param('runId')))));

  // Last, for any other path or method: the contract's error body. (A `notFound` handler
  // would not do: a Hono app mounted under `/api/v1` answers with its parent's.)
  api.all('*', (c) => errorResponse(c, new PlugboardError('not-found', 'No such resource.')));

  return api;
}
