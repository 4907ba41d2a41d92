import ky, { HTTPError, TimeoutError, type KyInstance, type Options } from 'ky';
import type { AdapterOperation, ApiAdapter, ListConnectorsQuery, RequestOptions } from './adapter.js';
import { parseResponse } from './checked-adapter.js';
import { ERROR_CODES, PlugboardError, isAbortError, toPlugboardError, type ErrorCode, type FieldError } from './errors.js';
import type {
  AccountLink,
  AccountLinkCompletion,
  AccountLinkStatus,
  AccountSyncSettings,
  Activation,
  AppDetail,
  AppPage,
  Category,
  ConsentRecord,
  Connector,
  ConnectorInput,
  ConnectorPatch,
  ConnectorType,
  CreatedConnector,
  FieldOption,
  Group,
  ListAppsQuery,
  NetworkSecurity,
  SyncAccount,
  SyncRun,
  SyncService,
  SyncSettings,
  SyncSettingsInput,
  Tag,
} from './schemas.js';

export interface RestAdapterOptions {
  /** Where the API lives, e.g. `https://pms.example.com/api/plugboard/v1`. */
  baseUrl: string;
  /** Sent with every request (e.g. a CSRF token). */
  headers?: Record<string, string>;
  /** Called before every request, for hosts whose tokens expire; sent as a bearer token. */
  token?: () => string | Promise<string>;
  /** `include` for cookie sessions on another origin. */
  credentials?: RequestCredentials;
  /** Milliseconds before a request fails with `timeout`; 15 s by default. */
  timeout?: number;
  /** How often an idempotent request is retried after a network failure or a 408/429/5xx; 2 by default. */
  retries?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  408: 'timeout',
  409: 'conflict',
  422: 'validation',
  429: 'rate-limited',
};

interface ReceivedErrorBody {
  code?: unknown;
  message?: unknown;
  fieldErrors?: unknown;
  limit?: unknown;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface Call {
  operation: AdapterOperation;
  method: Method;
  path: string;
  options: RequestOptions | undefined;
  searchParams?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  /** Makes a POST safe to retry: the server applies the same key once. */
  idempotencyKey?: string;
}

/**
 * The adapter for a backend that implements `docs/openapi.yaml` over HTTP. Every answer is
 * parsed with the contract's schemas; HTTP failures become `PlugboardError`s; only
 * idempotent requests are retried (reads, PUT, DELETE, and POSTs carrying an
 * `Idempotency-Key`); a call's `signal` aborts it.
 */
export class RestAdapter implements ApiAdapter {
  private readonly http: KyInstance;

  constructor(options: RestAdapterOptions) {
    const token = options.token;
    this.http = ky.create({
      prefixUrl: options.baseUrl,
      timeout: options.timeout ?? 15_000,
      credentials: options.credentials,
      headers: options.headers,
      fetch: options.fetch,
      throwHttpErrors: true,
      retry: {
        limit: options.retries ?? 2,
        methods: ['get', 'put', 'delete', 'post', 'patch'],
        statusCodes: [408, 429, 500, 502, 503, 504],
        backoffLimit: 3_000,
      },
      hooks: {
        beforeRequest: token
          ? [
              async (request) => {
                request.headers.set('Authorization', `Bearer ${await token()}`);
              },
            ]
          : [],
      },
    });
  }

  listCategories(options?: RequestOptions): Promise<Category[]> {
    return this.send({ operation: 'listCategories', method: 'get', path: 'categories', options });
  }

  listApps(query: ListAppsQuery, options?: RequestOptions): Promise<AppPage> {
    return this.send({ operation: 'listApps', method: 'get', path: 'apps', options, searchParams: { ...query } });
  }

  getApp(appId: string, options?: RequestOptions): Promise<AppDetail> {
    return this.send({ operation: 'getApp', method: 'get', path: `apps/${segment(appId)}`, options });
  }

  getActivation(appId: string, options?: RequestOptions): Promise<Activation> {
    return this.send({ operation: 'getActivation', method: 'get', path: `apps/${segment(appId)}/activation`, options });
  }

  activate(appId: string, consent: ConsentRecord, options?: RequestOptions): Promise<Activation> {
    return this.send({
      operation: 'activate',
      method: 'post',
      path: `apps/${segment(appId)}/activation`,
      options,
      json: consent,
      idempotencyKey: consent.idempotencyKey,
    });
  }

  deactivate(appId: string, options?: RequestOptions): Promise<Activation> {
    return this.send({ operation: 'deactivate', method: 'delete', path: `apps/${segment(appId)}/activation`, options });
  }

  getNetworkSecurity(options?: RequestOptions): Promise<NetworkSecurity> {
    return this.send({ operation: 'getNetworkSecurity', method: 'get', path: 'network-security', options });
  }

  setNetworkSecurity(settings: NetworkSecurity, options?: RequestOptions): Promise<NetworkSecurity> {
    return this.send({ operation: 'setNetworkSecurity', method: 'put', path: 'network-security', options, json: settings });
  }

  listConnectorTypes(options?: RequestOptions): Promise<ConnectorType[]> {
    return this.send({ operation: 'listConnectorTypes', method: 'get', path: 'connector-types', options });
  }

  listConnectors(query: ListConnectorsQuery, options?: RequestOptions): Promise<Connector[]> {
    return this.send({ operation: 'listConnectors', method: 'get', path: 'connectors', options, searchParams: { ...query } });
  }

  getConnector(connectorId: string, options?: RequestOptions): Promise<Connector> {
    return this.send({ operation: 'getConnector', method: 'get', path: `connectors/${segment(connectorId)}`, options });
  }

  createConnector(input: ConnectorInput, options?: RequestOptions): Promise<CreatedConnector> {
    return this.send({ operation: 'createConnector', method: 'post', path: 'connectors', options, json: input });
  }

  updateConnector(connectorId: string, patch: ConnectorPatch, options?: RequestOptions): Promise<Connector> {
    return this.send({
      operation: 'updateConnector',
      method: 'patch',
      path: `connectors/${segment(connectorId)}`,
      options,
      json: patch,
    });
  }

  authorizeConnector(connectorId: string, options?: RequestOptions): Promise<Connector> {
    return this.connectorAction('authorizeConnector', connectorId, 'authorize', options);
  }

  listConnectorOptions(connectorId: string, source: string, options?: RequestOptions): Promise<FieldOption[]> {
    return this.send({
      operation: 'listConnectorOptions',
      method: 'get',
      path: `connectors/${segment(connectorId)}/options/${segment(source)}`,
      options,
    });
  }

  activateConnector(connectorId: string, options?: RequestOptions): Promise<Connector> {
    return this.connectorAction('activateConnector', connectorId, 'activate', options);
  }

  deactivateConnector(connectorId: string, options?: RequestOptions): Promise<Connector> {
    return this.connectorAction('deactivateConnector', connectorId, 'deactivate', options);
  }

  deleteConnector(connectorId: string, options?: RequestOptions): Promise<void> {
    return this.send({ operation: 'deleteConnector', method: 'delete', path: `connectors/${segment(connectorId)}`, options });
  }

  listGroups(options?: RequestOptions): Promise<Group[]> {
    return this.send({ operation: 'listGroups', method: 'get', path: 'groups', options });
  }

  addConnectorToGroup(connectorId: string, groupId: string, options?: RequestOptions): Promise<Connector> {
    return this.send({
      operation: 'addConnectorToGroup',
      method: 'put',
      path: `connectors/${segment(connectorId)}/groups/${segment(groupId)}`,
      options,
    });
  }

  removeConnectorFromGroup(connectorId: string, groupId: string, options?: RequestOptions): Promise<Connector> {
    return this.send({
      operation: 'removeConnectorFromGroup',
      method: 'delete',
      path: `connectors/${segment(connectorId)}/groups/${segment(groupId)}`,
      options,
    });
  }

  listSyncServices(options?: RequestOptions): Promise<SyncService[]> {
    return this.send({ operation: 'listSyncServices', method: 'get', path: 'sync/services', options });
  }

  listAccounts(options?: RequestOptions): Promise<SyncAccount[]> {
    return this.send({ operation: 'listAccounts', method: 'get', path: 'sync/accounts', options });
  }

  beginAccountLink(serviceId: string, options?: RequestOptions): Promise<AccountLink> {
    return this.send({ operation: 'beginAccountLink', method: 'post', path: 'sync/account-links', options, json: { serviceId } });
  }

  completeAccountLink(completion: AccountLinkCompletion, options?: RequestOptions): Promise<SyncAccount> {
    return this.send({
      operation: 'completeAccountLink',
      method: 'post',
      path: 'sync/account-links/complete',
      options,
      json: completion,
    });
  }

  getAccountLink(state: string, options?: RequestOptions): Promise<AccountLinkStatus> {
    return this.send({ operation: 'getAccountLink', method: 'get', path: `sync/account-links/${segment(state)}`, options });
  }

  updateAccountSettings(accountId: string, settings: AccountSyncSettings, options?: RequestOptions): Promise<SyncAccount> {
    return this.send({
      operation: 'updateAccountSettings',
      method: 'put',
      path: `sync/accounts/${segment(accountId)}/settings`,
      options,
      json: settings,
    });
  }

  removeAccount(accountId: string, options?: RequestOptions): Promise<void> {
    return this.send({ operation: 'removeAccount', method: 'delete', path: `sync/accounts/${segment(accountId)}`, options });
  }

  listTags(options?: RequestOptions): Promise<Tag[]> {
    return this.send({ operation: 'listTags', method: 'get', path: 'sync/tags', options });
  }

  getSyncSettings(options?: RequestOptions): Promise<SyncSettings> {
    return this.send({ operation: 'getSyncSettings', method: 'get', path: 'sync/settings', options });
  }

  saveSyncSettings(settings: SyncSettingsInput, options?: RequestOptions): Promise<SyncSettings> {
    return this.send({ operation: 'saveSyncSettings', method: 'put', path: 'sync/settings', options, json: settings });
  }

  runSync(options?: RequestOptions): Promise<SyncRun> {
    return this.send({ operation: 'runSync', method: 'post', path: 'sync/runs', options });
  }

  getSyncRun(runId: string, options?: RequestOptions): Promise<SyncRun> {
    return this.send({ operation: 'getSyncRun', method: 'get', path: `sync/runs/${segment(runId)}`, options });
  }

  private connectorAction(
    operation: AdapterOperation,
    connectorId: string,
    action: string,
    options: RequestOptions | undefined,
  ): Promise<Connector> {
    return this.send({ operation, method: 'post', path: `connectors/${segment(connectorId)}/${action}`, options });
  }

  private async send<T>(call: Call): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (call.options?.locale) headers['Accept-Language'] = call.options.locale;
    if (call.idempotencyKey) headers['Idempotency-Key'] = call.idempotencyKey;
    const request: Options = { method: call.method, headers, signal: call.options?.signal };
    // A write without an idempotency key is never sent twice: a lost answer is not a lost write.
    const idempotent = (call.method !== 'post' && call.method !== 'patch') || call.idempotencyKey !== undefined;
    if (!idempotent) request.retry = 0;
    if (call.json !== undefined) request.json = call.json;
    if (call.searchParams) request.searchParams = definedParams(call.searchParams);
    let response: Response;
    try {
      response = await this.http(call.path, request);
    } catch (error) {
      throw await toError(error);
    }
    const body = response.status === 204 ? undefined : await readJson(response, MAX_ANSWER_BYTES);
    return parseResponse(call.operation, body) as T;
  }
}

/** The largest answer read: a bigger one is refused unread, so a runaway backend costs little. */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;
/** Error bodies only carry a code, a message and field errors. */
const MAX_ERROR_BYTES = 64 * 1024;

/**
 * A body as JSON, read up to `maxBytes`. A body that is larger, or is not JSON, is an
 * `invalid-response`: the server answered, so it is not a network failure.
 */
async function readJson(response: Response, maxBytes: number): Promise<unknown> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new PlugboardError('invalid-response', `The answer is ${declared} bytes, more than ${maxBytes}.`);
  }
  const text = await readText(response, maxBytes);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw toPlugboardError(error);
  }
}

async function readText(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      bytes += chunk.value.byteLength;
      if (bytes > maxBytes) {
        await reader.cancel();
        throw new PlugboardError('invalid-response', `The answer is larger than ${maxBytes} bytes.`);
      }
      text += decoder.decode(chunk.value, { stream: true });
    }
  } catch (error) {
    throw isAbortError(error) || error instanceof PlugboardError ? error : new PlugboardError('network', 'The answer was cut off.', { cause: error });
  }
  return text + decoder.decode();
}

function segment(value: string): string {
  return encodeURIComponent(value);
}

function definedParams(params: Record<string, string | number | boolean | undefined>): Record<string, string> {
  const defined: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (value !== undefined) defined[key] = String(value);
  return defined;
}

async function toError(error: unknown): Promise<unknown> {
  if (isAbortError(error)) return error;
  if (error instanceof TimeoutError) return new PlugboardError('timeout', 'The server did not answer in time.', { cause: error });
  if (!(error instanceof HTTPError)) return new PlugboardError('network', 'The server could not be reached.', { cause: error });
  const status = error.response.status;
  let body: ReceivedErrorBody = {};
  try {
    const parsed = await readJson(error.response, MAX_ERROR_BYTES);
    if (parsed && typeof parsed === 'object') body = parsed as ReceivedErrorBody;
  } catch {
    // Not JSON, or too large: the status alone says what happened.
  }
  const declared = ERROR_CODES.find((code) => code === body.code);
  const code = declared ?? STATUS_CODES[status] ?? 'server';
  const retryAfter = Number(error.response.headers.get('Retry-After'));
  return new PlugboardError(code, typeof body.message === 'string' ? body.message : `HTTP ${status}`, {
    status,
    fieldErrors: fieldErrorsFrom(body.fieldErrors),
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    limit: typeof body.limit === 'number' ? body.limit : undefined,
    cause: error,
  });
}

function fieldErrorsFrom(value: unknown): Record<string, FieldError> {
  if (!value || typeof value !== 'object') return {};
  const fieldErrors: Record<string, FieldError> = {};
  for (const [field, entry] of Object.entries(value as Record<string, unknown>)) {
    if (entry && typeof entry === 'object' && typeof (entry as FieldError).code === 'string') {
      const { code, message, params } = entry as FieldError;
      fieldErrors[field] = {
        code,
        ...(typeof message === 'string' ? { message } : {}),
        ...(params && typeof params === 'object' ? { params: scalarParams(params) } : {}),
      };
    }
  }
  return fieldErrors;
}

/** Keeps only the string and number values a localized message can interpolate. */
function scalarParams(params: object): Record<string, string | number> {
  const scalars: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') scalars[key] = value;
  }
  return scalars;
}
