/**
 * A misbehaving server for the fault matrix: a `fetch` handed to the real `RestAdapter`,
 * answering every path of `docs/openapi.yaml` from a healthy `MemoryAdapter` (as the
 * reference server would), except for the one operation a test makes misbehave with one
 * chosen fault. Every request is recorded with its `AbortSignal`, so a test can tell
 * whether any is left running.
 */
import type { AdapterOperation, ApiAdapter, ListConnectorsQuery, RequestOptions } from '../../src/api/adapter.js';
import { RESPONSE_SCHEMAS } from '../../src/api/checked-adapter.js';
import { HTTP_STATUS, PlugboardError, errorBody, type ErrorCode, type FieldError } from '../../src/api/errors.js';
import { MemoryAdapter } from '../../src/api/memory/memory-adapter.js';
import { RestAdapter } from '../../src/api/rest-adapter.js';
import type {
  AccountLinkCompletion,
  AccountSyncSettings,
  ConsentRecord,
  ConnectorInput,
  ConnectorPatch,
  ListAppsQuery,
  NetworkSecurity,
  SyncSettingsInput,
} from '../../src/api/schemas.js';

/** Where the fake server pretends to live; nothing is ever sent there. */
export const FAULT_BASE_URL = 'https://api.plugboard.test/v1';

/** Milliseconds before the adapter gives up on a request: short, so timeouts are cheap. */
export const FAULT_TIMEOUT_MS = 500;

// ---- the healthy server: the REST paths mapped onto a MemoryAdapter -------------------------

interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  options: RequestOptions;
}

interface Route {
  operation: AdapterOperation;
  method: string;
  pattern: RegExp;
  names: string[];
  /** The status of a success, as in `docs/openapi.yaml`. */
  status: number;
  call: (api: ApiAdapter, context: RouteContext) => Promise<unknown>;
}

function route(
  operation: AdapterOperation,
  method: string,
  path: string,
  call: Route['call'],
  status = 200,
): Route {
  const names: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { operation, method, pattern: new RegExp(`^${source}$`), names, status, call };
}

const param = (context: RouteContext, name: string): string => context.params[name] ?? '';

function appsQuery(query: URLSearchParams): ListAppsQuery {
  const installed = query.get('installed');
  const limit = query.get('limit');
  return {
    query: query.get('query') ?? undefined,
    category: query.get('category') ?? undefined,
    installed: installed === null ? undefined : installed === 'true',
    cursor: query.get('cursor') ?? undefined,
    limit: limit === null ? undefined : Number(limit),
  };
}

/** Every operation of the contract, as `RestAdapter` sends it. */
const ROUTES: readonly Route[] = [
  route('listCategories', 'GET', 'categories', (api, c) => api.listCategories(c.options)),
  route('listApps', 'GET', 'apps', (api, c) => api.listApps(appsQuery(c.query), c.options)),
  route('getApp', 'GET', 'apps/:appId', (api, c) => api.getApp(param(c, 'appId'), c.options)),
  route('getActivation', 'GET', 'apps/:appId/activation', (api, c) => api.getActivation(param(c, 'appId'), c.options)),
  route('activate', 'POST', 'apps/:appId/activation', (api, c) =>
    api.activate(param(c, 'appId'), c.body as ConsentRecord, c.options),
  ),
  route('deactivate', 'DELETE', 'apps/:appId/activation', (api, c) => api.deactivate(param(c, 'appId'), c.options)),
  route('getNetworkSecurity', 'GET', 'network-security', (api, c) => api.getNetworkSecurity(c.options)),
  route('setNetworkSecurity', 'PUT', 'network-security', (api, c) =>
    api.setNetworkSecurity(c.body as NetworkSecurity, c.options),
  ),
  route('listConnectorTypes', 'GET', 'connector-types', (api, c) => api.listConnectorTypes(c.options)),
  route('listConnectors', 'GET', 'connectors', (api, c) =>
    api.listConnectors(
      { owner: (c.query.get('owner') ?? 'me') as ListConnectorsQuery['owner'], typeId: c.query.get('typeId') ?? undefined },
      c.options,
    ),
  ),
  route('createConnector', 'POST', 'connectors', (api, c) => api.createConnector(c.body as ConnectorInput, c.options), 201),
  route('getConnector', 'GET', 'connectors/:id', (api, c) => api.getConnector(param(c, 'id'), c.options)),
  route('updateConnector', 'PATCH', 'connectors/:id', (api, c) =>
    api.updateConnector(param(c, 'id'), c.body as ConnectorPatch, c.options),
  ),
  route('deleteConnector', 'DELETE', 'connectors/:id', (api, c) => api.deleteConnector(param(c, 'id'), c.options), 204),
  route('authorizeConnector', 'POST', 'connectors/:id/authorize', (api, c) => api.authorizeConnector(param(c, 'id'), c.options)),
  route('activateConnector', 'POST', 'connectors/:id/activate', (api, c) => api.activateConnector(param(c, 'id'), c.options)),
  route('deactivateConnector', 'POST', 'connectors/:id/deactivate', (api, c) =>
    api.deactivateConnector(param(c, 'id'), c.options),
  ),
  route('listConnectorOptions', 'GET', 'connectors/:id/options/:source', (api, c) =>
    api.listConnectorOptions(param(c, 'id'), param(c, 'source'), c.options),
  ),
  route('listGroups', 'GET', 'groups', (api, c) => api.listGroups(c.options)),
  route('addConnectorToGroup', 'PUT', 'connectors/:id/groups/:groupId', (api, c) =>
    api.addConnectorToGroup(param(c, 'id'), param(c, 'groupId'), c.options),
  ),
  route('removeConnectorFromGroup', 'DELETE', 'connectors/:id/groups/:groupId', (api, c) =>
    api.removeConnectorFromGroup(param(c, 'id'), param(c, 'groupId'), c.options),
  ),
  route('listSyncServices', 'GET', 'sync/services', (api, c) => api.listSyncServices(c.options)),
  route('listAccounts', 'GET', 'sync/accounts', (api, c) => api.listAccounts(c.options)),
  route(
    'beginAccountLink',
    'POST',
    'sync/account-links',
    (api, c) => api.beginAccountLink(String((c.body as { serviceId?: unknown } | null)?.serviceId ?? ''), c.options),
    201,
  ),
  route(
    'completeAccountLink',
    'POST',
    'sync/account-links/complete',
    (api, c) => api.completeAccountLink(c.body as AccountLinkCompletion, c.options),
    201,
  ),
  route('getAccountLink', 'GET', 'sync/account-links/:state', (api, c) => api.getAccountLink(param(c, 'state'), c.options)),
  route('updateAccountSettings', 'PUT', 'sync/accounts/:id/settings', (api, c) =>
    api.updateAccountSettings(param(c, 'id'), c.body as AccountSyncSettings, c.options),
  ),
  route('removeAccount', 'DELETE', 'sync/accounts/:id', (api, c) => api.removeAccount(param(c, 'id'), c.options), 204),
  route('listTags', 'GET', 'sync/tags', (api, c) => api.listTags(c.options)),
  route('getSyncSettings', 'GET', 'sync/settings', (api, c) => api.getSyncSettings(c.options)),
  route('saveSyncSettings', 'PUT', 'sync/settings', (api, c) => api.saveSyncSettings(c.body as SyncSettingsInput, c.options)),
  route('runSync', 'POST', 'sync/runs', (api, c) => api.runSync(c.options), 202),
  route('getSyncRun', 'GET', 'sync/runs/:runId', (api, c) => api.getSyncRun(param(c, 'runId'), c.options)),
];

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/** A failure as the contract's JSON body, the way the reference server writes it. */
function errorResponse(error: unknown): Response {
  const failure = error instanceof PlugboardError ? error : new PlugboardError('server', 'The server ran into a problem.');
  return json(errorBody(failure), HTTP_STATUS[failure.code], failure.retryAfter ? { 'Retry-After': String(failure.retryAfter) } : {});
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/** Settles when `signal` aborts, rejecting as `fetch` does; never otherwise. */
function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise<never>((_, reject) => {
    if (signal.aborted) reject(abortReason(signal));
    else signal.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
  });
}

// ---- faults -------------------------------------------------------------------------------

/** What a fault's answer may use: the request, the healthy answer, the field errors to report. */
export interface FaultContext {
  request: Request;
  operation: AdapterOperation;
  /** The answer a healthy server would give now. */
  healthy: () => Promise<Response>;
  /** Per-field reasons, for a 422 (the operation's spec names fields the element shows). */
  fieldErrors: Record<string, FieldError>;
}

/** A fault that makes the call fail: the element must show `code`, localized. */
export interface ErrorFault {
  kind: 'error';
  id: string;
  title: string;
  /** The code the adapter reports and the element shows. */
  code: ErrorCode;
  /** Seconds the 429 asks to wait; the message says so. */
  retryAfter?: number;
  /** Only for operations that answer a body (a 204 has no JSON to break). */
  needsBody?: boolean;
  /** The misbehaving answer; may reject (network) or settle only on abort (timeout). */
  answer: (context: FaultContext) => Promise<Response>;
}

/** An answer that arrives after a newer request was made, for reads whose arguments change. */
export interface StaleFault {
  kind: 'stale';
  id: 'stale';
  title: string;
}

/** A very slow answer, during which the element is removed from the page. */
export interface RemovalFault {
  kind: 'removal';
  id: 'slow-then-removed';
  title: string;
}

export type Fault = ErrorFault | StaleFault | RemovalFault;

const RETRY_AFTER_SECONDS = 7;

function contractError(code: ErrorCode, status: number, headers: Record<string, string> = {}): () => Promise<Response> {
  return async () => json({ code, message: `Simulated ${status}.` }, status, headers);
}

/** Every fault the matrix tries, in the order of its columns. */
export const FAULTS: readonly Fault[] = [
  {
    kind: 'error',
    id: 'network',
    title: 'network error (fetch rejects with TypeError)',
    code: 'network',
    answer: async () => {
      throw new TypeError('Failed to fetch');
    },
  },
  {
    kind: 'error',
    id: 'timeout',
    title: `timeout (no answer; the adapter gives up after ${FAULT_TIMEOUT_MS} ms)`,
    code: 'timeout',
    answer: ({ request }) => rejectOnAbort(request.signal),
  },
  {
    kind: 'error',
    id: '400',
    title: '400 with a plain-text body',
    code: 'validation',
    answer: async () => new Response('Bad Request', { status: 400, headers: { 'Content-Type': 'text/plain' } }),
  },
  {
    kind: 'error',
    id: '422',
    title: '422 with field errors',
    code: 'validation',
    answer: async ({ fieldErrors }) => json({ code: 'validation', message: 'Some values were refused.', fieldErrors }, 422),
  },
  { kind: 'error', id: '401', title: '401', code: 'unauthorized', answer: contractError('unauthorized', 401) },
  { kind: 'error', id: '403', title: '403', code: 'forbidden', answer: contractError('forbidden', 403) },
  { kind: 'error', id: '404', title: '404', code: 'not-found', answer: contractError('not-found', 404) },
  { kind: 'error', id: '409', title: '409', code: 'conflict', answer: contractError('conflict', 409) },
  {
    kind: 'error',
    id: '429',
    title: `429 with Retry-After: ${RETRY_AFTER_SECONDS}`,
    code: 'rate-limited',
    retryAfter: RETRY_AFTER_SECONDS,
    answer: contractError('rate-limited', 429, { 'Retry-After': String(RETRY_AFTER_SECONDS) }),
  },
  { kind: 'error', id: '500', title: '500', code: 'server', answer: contractError('server', 500) },
  {
    kind: 'error',
    id: '503',
    title: '503 with an HTML body',
    code: 'server',
    answer: async () =>
      new Response('<html><body><h1>503 Service Unavailable</h1></body></html>', {
        status: 503,
        headers: { 'Content-Type': 'text/html' },
      }),
  },
  {
    kind: 'error',
    id: 'malformed-json',
    title: 'malformed JSON (200 with a broken body)',
    code: 'invalid-response',
    needsBody: true,
    answer: async ({ healthy }) => {
      const text = await (await healthy()).text();
      return new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  },
  {
    kind: 'error',
    id: 'schema-invalid',
    title: 'schema-invalid payload (200, the answer wrapped in {data})',
    code: 'invalid-response',
    needsBody: true,
    answer: async ({ healthy }) => json({ data: (await (await healthy()).json()) as unknown }),
  },
  { kind: 'stale', id: 'stale', title: 'stale answer (arrives after a newer request)' },
  { kind: 'removal', id: 'slow-then-removed', title: 'very slow answer, then the element is removed' },
];

/** True when the operation answers a body that a fault could break. */
export function answersBody(operation: AdapterOperation): boolean {
  return RESPONSE_SCHEMAS[operation] !== null;
}

// ---- the recording, fault-injecting server ------------------------------------------------

export interface RecordedRequest {
  /** The operation the path names; undefined for a path outside the contract. */
  readonly operation: AdapterOperation | undefined;
  readonly method: string;
  readonly url: string;
  readonly locale: string | null;
  readonly signal: AbortSignal;
  /** True once the `fetch` promise resolved or rejected. */
  settled: boolean;
  outcome: 'pending' | 'answered' | 'failed' | 'aborted';
  /** True when a fault or a hold answered it, not the healthy backend. */
  tampered: boolean;
}

/** Which requests of an operation a fault or a hold applies to (e.g. only later pages). */
export type RequestFilter = (request: Request) => boolean;

export interface HoldOptions {
  /** How many requests of the operation to hold; every one by default. */
  count?: number;
  /** Only requests of the operation this accepts; all by default. */
  filter?: RequestFilter;
  /**
   * Whether an aborted request is rejected at once, as a real `fetch` does (true), or its
   * answer is still delivered when released (false: the race where the answer had already
   * arrived, or an adapter that ignores its signal).
   */
  honourAbort: boolean;
}

/**
 * Holds the answers of one operation, computed when asked (so they show the backend as it
 * was then), until `release()`.
 */
export class Hold {
  readonly operation: AdapterOperation;
  readonly requests: RecordedRequest[] = [];
  private readonly options: Required<HoldOptions>;
  private released = false;
  private readonly waiting: (() => void)[] = [];

  constructor(operation: AdapterOperation, options: HoldOptions) {
    this.operation = operation;
    this.options = {
      count: options.count ?? Number.POSITIVE_INFINITY,
      filter: options.filter ?? (() => true),
      honourAbort: options.honourAbort,
    };
  }

  /** @internal Whether this hold takes `request`, of `operation`. */
  takes(operation: AdapterOperation | undefined, request: Request): boolean {
    return (
      !this.released &&
      operation === this.operation &&
      this.requests.length < this.options.count &&
      this.options.filter(request)
    );
  }

  /** @internal Delivers `answer` once released (or rejects on abort, when abort is honoured). */
  async deliver(record: RecordedRequest, signal: AbortSignal, answer: Response): Promise<Response> {
    this.requests.push(record);
    const release = new Promise<void>((resolve) => {
      if (this.released) resolve();
      else this.waiting.push(resolve);
    });
    await (this.options.honourAbort ? Promise.race([release, rejectOnAbort(signal)]) : release);
    return answer;
  }

  /** Lets every held answer (and every later one) through. */
  release(): void {
    this.released = true;
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

export interface FaultyServerOptions {
  /** The healthy backend; fresh fixtures by default. */
  backend?: MemoryAdapter;
  /** The adapter's timeout in milliseconds. */
  timeout?: number;
}

/**
 * The fake server. `adapter` is a real `RestAdapter` (no retries, a short timeout) whose
 * `fetch` is this server's; `inject()` makes one operation misbehave until `heal()`.
 */
export class FaultyServer {
  readonly backend: MemoryAdapter;
  readonly requests: RecordedRequest[] = [];
  readonly adapter: RestAdapter;
  private readonly faults = new Map<
    AdapterOperation,
    { fault: ErrorFault; fieldErrors: Record<string, FieldError>; filter: RequestFilter }
  >();
  private readonly holds: Hold[] = [];

  constructor(options: FaultyServerOptions = {}) {
    this.backend = options.backend ?? new MemoryAdapter();
    this.adapter = new RestAdapter({
      baseUrl: FAULT_BASE_URL,
      fetch: this.fetch,
      retries: 0,
      timeout: options.timeout ?? FAULT_TIMEOUT_MS,
    });
  }

  /**
   * Makes every later request of `operation` (that `filter` accepts) misbehave with
   * `fault`, until `heal()`. The other operations answer normally.
   */
  inject(
    operation: AdapterOperation,
    fault: ErrorFault,
    options: { fieldErrors?: Record<string, FieldError>; filter?: RequestFilter } = {},
  ): void {
    this.faults.set(operation, { fault, fieldErrors: options.fieldErrors ?? {}, filter: options.filter ?? (() => true) });
  }

  /** Every operation answers normally again. */
  heal(): void {
    this.faults.clear();
  }

  /** Holds the answers of `operation` until the returned hold is released. */
  hold(operation: AdapterOperation, options: HoldOptions): Hold {
    const hold = new Hold(operation, options);
    this.holds.push(hold);
    return hold;
  }

  /** Releases every hold (cleanup). */
  releaseAll(): void {
    for (const hold of this.holds) hold.release();
  }

  requestsOf(operation: AdapterOperation): RecordedRequest[] {
    return this.requests.filter((request) => request.operation === operation);
  }

  /** Requests neither settled nor aborted: still running. */
  running(): RecordedRequest[] {
    return this.requests.filter((request) => !request.settled && !request.signal.aborted);
  }

  /** The `fetch` the adapter uses: records the request, then answers it (or not). */
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const path = url.pathname.startsWith(new URL(FAULT_BASE_URL).pathname)
      ? url.pathname.slice(new URL(FAULT_BASE_URL).pathname.length).replace(/^\/+/, '')
      : url.pathname;
    const method = request.method.toUpperCase();
    let params: Record<string, string> = {};
    const matched = ROUTES.find((candidate) => {
      if (candidate.method !== method) return false;
      const match = candidate.pattern.exec(path);
      if (!match) return false;
      params = Object.fromEntries(candidate.names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')]));
      return true;
    });
    const record: RecordedRequest = {
      operation: matched?.operation,
      method,
      url: `${method} ${path}${url.search}`,
      locale: request.headers.get('Accept-Language'),
      signal: request.signal,
      settled: false,
      outcome: 'pending',
      tampered: false,
    };
    this.requests.push(record);
    try {
      const response = await this.answer(request, matched, params, record);
      record.outcome = 'answered';
      return response;
    } catch (error) {
      record.outcome = error instanceof DOMException && error.name === 'AbortError' ? 'aborted' : 'failed';
      throw error;
    } finally {
      record.settled = true;
    }
  };

  private async answer(
    request: Request,
    matched: Route | undefined,
    params: Record<string, string>,
    record: RecordedRequest,
  ): Promise<Response> {
    if (request.signal.aborted) throw abortReason(request.signal);
    if (!matched) return errorResponse(new PlugboardError('not-found', 'No such resource.'));
    const body = request.method === 'GET' || request.method === 'DELETE' ? undefined : await readJson(request.clone());
    const healthy = () => this.healthy(matched, request, params, body);
    const injected = this.faults.get(matched.operation);
    if (injected?.filter(request)) {
      record.tampered = true;
      return injected.fault.answer({ request, operation: matched.operation, healthy, fieldErrors: injected.fieldErrors });
    }
    const hold = this.holds.find((candidate) => candidate.takes(matched.operation, request));
    if (hold) {
      record.tampered = true;
      // The answer as the backend would give it now; delivered later.
      return hold.deliver(record, request.signal, await healthy());
    }
    return healthy();
  }

  private async healthy(matched: Route, request: Request, params: Record<string, string>, body: unknown): Promise<Response> {
    try {
      const value = await matched.call(this.backend, {
        params,
        query: new URL(request.url).searchParams,
        body,
        options: { locale: request.headers.get('Accept-Language') ?? undefined },
      });
      return matched.status === 204 ? new Response(null, { status: 204 }) : json(value, matched.status);
    } catch (error) {
      return errorResponse(error);
    }
  }
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
