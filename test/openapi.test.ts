import { expect } from '@open-wc/testing';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import type { AdapterOperation, ApiAdapter } from '../src/api/adapter.js';
import { RESPONSE_SCHEMAS } from '../src/api/checked-adapter.js';
import { RestAdapter } from '../src/api/rest-adapter.js';
import * as schemas from '../src/api/schemas.js';

/**
 * Keeps `docs/openapi.yaml` true: to the adapter's operations, to the zod schemas of every
 * entity, to the requests `RestAdapter` sends, and to the answers of the reference server.
 */

type JsonObject = Record<string, unknown>;
type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';

interface OperationEntry {
  path: string;
  method: Method;
  operationId: string;
  operation: JsonObject;
  /** Path-level and operation-level parameters, resolved. */
  parameters: JsonObject[];
}

const METHODS: readonly Method[] = ['get', 'put', 'post', 'patch', 'delete'];
const ADAPTER_OPERATIONS = Object.keys(RESPONSE_SCHEMAS) as AdapterOperation[];
const TEST_ONLY_OPERATIONS = ['createTestSession'];
const SCHEMA_PREFIX = '#/components/schemas/';

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asObject(value: unknown, what: string): JsonObject {
  if (!isObject(value)) throw new Error(`${what} is not an object`);
  return value;
}

let doc: JsonObject = {};

/** The value a local JSON pointer (`#/components/...`) names, or undefined. */
function resolvePointer(ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else return undefined;
  }
  return node;
}

/** Follows `$ref`s until a value that is not a reference. */
function deref(value: unknown): unknown {
  let node = value;
  for (let hops = 0; isObject(node) && typeof node['$ref'] === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref loop at ${String(node['$ref'])}`);
    const target = resolvePointer(node['$ref']);
    if (target === undefined) throw new Error(`unresolved $ref ${node['$ref']}`);
    node = target;
  }
  return node;
}

function collectRefs(node: unknown, refs: string[]): string[] {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, refs);
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') refs.push(value);
      // Examples are data, not schema.
      else if (key !== 'example' && key !== 'examples') collectRefs(value, refs);
    }
  }
  return refs;
}

function operations(): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, rawItem] of Object.entries(asObject(doc['paths'], 'paths'))) {
    const item = asObject(rawItem, path);
    const shared = Array.isArray(item['parameters']) ? item['parameters'] : [];
    for (const method of METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const own = Array.isArray(operation['parameters']) ? operation['parameters'] : [];
      entries.push({
        path,
        method,
        operationId: String(operation['operationId']),
        operation,
        parameters: [...shared, ...own].map((parameter) => asObject(deref(parameter), `a parameter of ${path}`)),
      });
    }
  }
  return entries;
}

function operationNamed(operationId: string): OperationEntry {
  const entry = operations().find((candidate) => candidate.operationId === operationId);
  if (!entry) throw new Error(`no operation ${operationId}`);
  return entry;
}

/** An operation's responses by status (`200`, `4XX`...), resolved. */
function responsesOf(entry: OperationEntry): Record<string, JsonObject> {
  const responses: Record<string, JsonObject> = {};
  for (const [status, response] of Object.entries(asObject(entry.operation['responses'], `${entry.operationId} responses`))) {
    responses[status] = asObject(deref(response), `${entry.operationId} ${status}`);
  }
  return responses;
}

/** Whether the operation documents `status`, exactly or by its range (`5XX`). */
function documents(entry: OperationEntry, status: number): boolean {
  const responses = responsesOf(entry);
  return String(status) in responses || `${String(status)[0]}XX` in responses;
}

/** The JSON schema of a response or request body, unresolved (so its `$ref` shows). */
function jsonSchemaOf(holder: JsonObject): unknown {
  const content = holder['content'];
  if (!isObject(content)) return undefined;
  const json = content['application/json'];
  return isObject(json) ? json['schema'] : undefined;
}

/** The one 2xx response of an operation. */
function successOf(entry: OperationEntry): { status: string; response: JsonObject } {
  const successes = Object.entries(responsesOf(entry)).filter(([status]) => status.startsWith('2'));
  expect(successes.length, `${entry.operationId} success responses`).to.equal(1);
  const [status, response] = successes[0]!;
  return { status, response };
}

// ---- a small JSON Schema (2020-12) checker, for the keywords this document uses ----------

function hasType(type: unknown, value: unknown): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      throw new Error(`unknown type ${String(type)}`);
  }
}

const FORMATS: Record<string, (value: string) => boolean> = {
  'date-time': (value) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(value) && !Number.isNaN(Date.parse(value)),
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
  uri: (value) => URL.canParse(value),
  email: (value) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value),
};

/** Why `value` does not fit `schema`, one line per reason; empty when it fits. */
function violations(schema: unknown, value: unknown, where = '(root)'): string[] {
  const s = deref(schema);
  if (s === true || s === undefined) return [];
  if (s === false) return [`${where}: nothing is allowed`];
  const rules = asObject(s, `schema at ${where}`);
  const found: string[] = [];
  const oneOf = rules['oneOf'];
  if (Array.isArray(oneOf)) {
    const fitting = oneOf.filter((alternative) => violations(alternative, value, where).length === 0).length;
    if (fitting !== 1) found.push(`${where}: fits ${fitting} of the oneOf alternatives, not 1`);
  }
  const anyOf = rules['anyOf'];
  if (Array.isArray(anyOf) && !anyOf.some((alternative) => violations(alternative, value, where).length === 0)) {
    found.push(`${where}: fits none of the anyOf alternatives`);
  }
  if ('const' in rules && rules['const'] !== value) found.push(`${where}: is not ${JSON.stringify(rules['const'])}`);
  const allowed = rules['enum'];
  if (Array.isArray(allowed) && !allowed.includes(value)) found.push(`${where}: ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`);
  if (rules['type'] !== undefined) {
    const types: unknown[] = Array.isArray(rules['type']) ? rules['type'] : [rules['type']];
    if (!types.some((type) => hasType(type, value))) return [...found, `${where}: ${JSON.stringify(value)} is not ${types.join(' or ')}`];
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof rules['minLength'] === 'number' && length < rules['minLength']) found.push(`${where}: shorter than ${rules['minLength']}`);
    if (typeof rules['maxLength'] === 'number' && length > rules['maxLength']) found.push(`${where}: longer than ${rules['maxLength']}`);
    if (typeof rules['pattern'] === 'string' && !new RegExp(rules['pattern'], 'u').test(value)) {
      found.push(`${where}: ${JSON.stringify(value)} does not match ${rules['pattern']}`);
    }
    const format = typeof rules['format'] === 'string' ? FORMATS[rules['format']] : undefined;
    if (format && !format(value)) found.push(`${where}: ${JSON.stringify(value)} is not a ${String(rules['format'])}`);
  }
  if (typeof value === 'number') {
    if (typeof rules['minimum'] === 'number' && value < rules['minimum']) found.push(`${where}: below ${rules['minimum']}`);
    if (typeof rules['maximum'] === 'number' && value > rules['maximum']) found.push(`${where}: above ${rules['maximum']}`);
    if (typeof rules['exclusiveMinimum'] === 'number' && value <= rules['exclusiveMinimum']) {
      found.push(`${where}: not above ${rules['exclusiveMinimum']}`);
    }
  }
  if (Array.isArray(value) && rules['items'] !== undefined) {
    value.forEach((item, index) => found.push(...violations(rules['items'], item, `${where}/${index}`)));
  }
  if (isObject(value)) {
    const required = Array.isArray(rules['required']) ? rules['required'] : [];
    for (const name of required) if (!(String(name) in value)) found.push(`${where}: lacks ${String(name)}`);
    const properties = isObject(rules['properties']) ? rules['properties'] : {};
    for (const [name, item] of Object.entries(value)) {
      if (name in properties) found.push(...violations(properties[name], item, `${where}/${name}`));
      else if (rules['additionalProperties'] !== undefined) {
        found.push(...violations(rules['additionalProperties'], item, `${where}/${name}`));
      }
    }
  }
  return found;
}

// ---- the shape of a schema, to compare the document's with zod's -------------------------

/** Formats both sides spell alike; zod's own (`cidrv4`...) are written as patterns here. */
const COMPARED_FORMATS = new Set(['date', 'date-time', 'email', 'uri', 'ipv4', 'ipv6']);
const COPIED_KEYWORDS = ['type', 'const', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'];

function sortedByJson(values: unknown[]): unknown[] {
  const unique = new Map(values.map((value) => [JSON.stringify(value), value]));
  return [...unique.keys()].sort().map((key) => unique.get(key));
}

/**
 * What a schema accepts, without its wording: references resolved, nullable types and
 * `anyOf`/`oneOf` as one sorted list of alternatives, patterns (zod's are its own regular
 * expressions) and descriptions left out, integer bounds normalised.
 */
function shape(schema: unknown): unknown {
  const s = asObject(deref(schema), 'schema');
  const alternatives = Array.isArray(s['anyOf']) ? s['anyOf'] : Array.isArray(s['oneOf']) ? s['oneOf'] : undefined;
  if (alternatives) return union(alternatives.map(shape));
  if (Array.isArray(s['type'])) {
    return union(s['type'].map((type) => (type === 'null' ? { type: 'null' } : shape({ ...s, type }))));
  }
  const result: JsonObject = {};
  for (const keyword of COPIED_KEYWORDS) if (keyword in s) result[keyword] = s[keyword];
  if (typeof s['format'] === 'string' && COMPARED_FORMATS.has(s['format'])) result['format'] = s['format'];
  if (Array.isArray(s['enum'])) result['enum'] = sortedByJson(s['enum']);
  if (typeof s['exclusiveMinimum'] === 'number') {
    if (s['type'] === 'integer') result['minimum'] = s['exclusiveMinimum'] + 1;
    else result['exclusiveMinimum'] = s['exclusiveMinimum'];
  }
  // zod bounds every integer to the safe range; the document leaves that unsaid.
  if (result['minimum'] === Number.MIN_SAFE_INTEGER) delete result['minimum'];
  if (result['maximum'] === Number.MAX_SAFE_INTEGER) delete result['maximum'];
  if (isObject(s['properties'])) {
    result['properties'] = Object.fromEntries(
      Object.entries(s['properties'])
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, property]) => [name, shape(property)]),
    );
  }
  if (Array.isArray(s['required']) && s['required'].length > 0) result['required'] = [...s['required']].map(String).sort();
  if (s['items'] !== undefined) result['items'] = shape(s['items']);
  if (isObject(s['additionalProperties'])) result['additionalProperties'] = shape(s['additionalProperties']);
  return result;
}

function union(alternatives: unknown[]): unknown {
  const flat = alternatives.flatMap((alternative) =>
    isObject(alternative) && Array.isArray(alternative['anyOf']) ? alternative['anyOf'] : [alternative],
  );
  const sorted = sortedByJson(flat);
  return sorted.length === 1 ? sorted[0] : { anyOf: sorted };
}

function zodShape(schema: z.ZodMiniType): unknown {
  return shape(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }));
}

// ---- what the client sends ---------------------------------------------------------------

const CONSENT = {
  appId: 'app-1',
  termsVersion: '2024-01',
  scopes: ['contacts'],
  feeEffectiveDate: '2025-07-01',
  locale: 'en',
  acceptedAt: '2025-06-01T10:00:00.000Z',
  idempotencyKey: 'key-1',
};

/** One call of every adapter operation, with arguments that fit the contract. */
const CALLS: { [K in AdapterOperation]: (adapter: ApiAdapter) => Promise<unknown> } = {
  listCategories: (adapter) => adapter.listCategories({ locale: 'bg' }),
  listApps: (adapter) => adapter.listApps({ query: 'crm', category: 'sales', installed: true, cursor: '50', limit: 20 }),
  getApp: (adapter) => adapter.getApp('app 1/ü'),
  getActivation: (adapter) => adapter.getActivation('app-1'),
  activate: (adapter) => adapter.activate('app-1', CONSENT),
  deactivate: (adapter) => adapter.deactivate('app-1'),
  getNetworkSecurity: (adapter) => adapter.getNetworkSecurity(),
  setNetworkSecurity: (adapter) =>
    adapter.setNetworkSecurity({
      mode: 'restricted',
      trustedNetworks: [
        { address: '192.0.2.1', label: 'Office' },
        { address: '2001:db8::/32', label: 'Branch' },
      ],
    }),
  listConnectorTypes: (adapter) => adapter.listConnectorTypes(),
  listConnectors: (adapter) => adapter.listConnectors({ owner: 'all', typeId: 'custom-rest' }),
  getConnector: (adapter) => adapter.getConnector('con-1'),
  createConnector: (adapter) =>
    adapter.createConnector({
      typeId: 'custom-rest',
      appId: 'app-1',
      name: 'Website',
      description: 'The public site',
      values: { resourceDomain: 'https://api.example.com', verbose: true, channels: ['a', 'b'] },
    }),
  updateConnector: (adapter) => adapter.updateConnector('con-1', { name: 'Renamed', values: { password: '' } }),
  authorizeConnector: (adapter) => adapter.authorizeConnector('con-1'),
  listConnectorOptions: (adapter) => adapter.listConnectorOptions('con-1', 'channels'),
  activateConnector: (adapter) => adapter.activateConnector('con-1'),
  deactivateConnector: (adapter) => adapter.deactivateConnector('con-1'),
  deleteConnector: (adapter) => adapter.deleteConnector('con-1'),
  listGroups: (adapter) => adapter.listGroups(),
  addConnectorToGroup: (adapter) => adapter.addConnectorToGroup('con-1', 'group-1'),
  removeConnectorFromGroup: (adapter) => adapter.removeConnectorFromGroup('con-1', 'group-1'),
  listSyncServices: (adapter) => adapter.listSyncServices(),
  listAccounts: (adapter) => adapter.listAccounts(),
  beginAccountLink: (adapter) => adapter.beginAccountLink('google'),
  completeAccountLink: (adapter) => adapter.completeAccountLink({ state: 'state-1', code: 'code-1' }),
  getAccountLink: (adapter) => adapter.getAccountLink('state 1/ü'),
  updateAccountSettings: (adapter) =>
    adapter.updateAccountSettings('acc-1', {
      calendar: true,
      contacts: false,
      autoSyncActivities: true,
      activitiesPeriod: 15,
      syncFrom: '2025-01-01',
      autoSyncContacts: false,
      contactsPeriod: 60,
    }),
  removeAccount: (adapter) => adapter.removeAccount('acc-1'),
  listTags: (adapter) => adapter.listTags(),
  getSyncSettings: (adapter) => adapter.getSyncSettings(),
  saveSyncSettings: (adapter) => adapter.saveSyncSettings({ personalTagIds: ['tag-1', 'tag-2'], oauthClient: { clientId: 'client-1' } }),
  runSync: (adapter) => adapter.runSync(),
  getSyncRun: (adapter) => adapter.getSyncRun('run-1'),
};

interface SentRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

/** The request `RestAdapter` sends for one operation, answered with a 404 so it is sent once. */
async function requestFor(operation: AdapterOperation): Promise<SentRequest> {
  const sent: SentRequest[] = [];
  const adapter = new RestAdapter({
    baseUrl: 'https://pms.example.com/api/v1',
    token: () => 'token-1',
    retries: 0,
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      sent.push({ method: request.method, url: new URL(request.url), headers: request.headers, body: await request.text() });
      return new Response(JSON.stringify({ code: 'not-found', message: 'No such resource.' }), {
        status: 404,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  });
  try {
    await CALLS[operation](adapter);
  } catch {
    // The 404 answer: only the request matters here.
  }
  expect(sent.length, `${operation} requests`).to.equal(1);
  return sent[0]!;
}

function templateMatches(template: string, path: string): boolean {
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+');
  return new RegExp(`^${pattern}$`).test(path);
}

// ---- the reference server -----------------------------------------------------------------

let apiUrl = '';

async function newToken(): Promise<string> {
  const response = await fetch(`${apiUrl}/test/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  expect(documents(operationNamed('createTestSession'), response.status), `POST /test/sessions ${response.status}`).to.equal(true);
  const body: unknown = await response.json();
  expect(violations(jsonSchemaOf(successOf(operationNamed('createTestSession')).response), body)).to.deep.equal([]);
  return String(asObject(body, 'session')['token']);
}

/** Calls the server; checks the status is documented and the body fits the schema documented for it. */
async function checkLive(entry: OperationEntry, path: string, token: string | null, init: RequestInit = {}): Promise<number> {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(`${apiUrl}${path}`, { ...init, method: entry.method.toUpperCase(), headers });
  const where = `${entry.method.toUpperCase()} ${path} → ${response.status}`;
  expect(documents(entry, response.status), `${where} is documented`).to.equal(true);
  const responses = responsesOf(entry);
  const documented = responses[String(response.status)] ?? responses[`${String(response.status)[0]}XX`]!;
  const schema = jsonSchemaOf(documented);
  if (schema === undefined) {
    expect(await response.text(), `${where} has no body`).to.equal('');
  } else {
    expect(response.headers.get('Content-Type') ?? '', where).to.match(/^application\/json/);
    expect(violations(schema, await response.json()), where).to.deep.equal([]);
  }
  if (response.status === 429) expect(response.headers.get('Retry-After'), where).to.not.equal(null);
  return response.status;
}

// ---- the tests ------------------------------------------------------------------------------

describe('docs/openapi.yaml', () => {
  before(async () => {
    const response = await fetch('/docs/openapi.yaml');
    expect(response.status).to.equal(200);
    doc = asObject(parse(await response.text()), 'the document');
    apiUrl = asObject(await (await fetch('/__plugboard/server')).json(), 'server')['apiUrl'] as string;
  });

  it('is OpenAPI 3.1 with bearer authentication', () => {
    expect(String(doc['openapi'])).to.match(/^3\.1\.\d+$/);
    const components = asObject(doc['components'], 'components');
    const bearer = asObject(asObject(components['securitySchemes'], 'securitySchemes')['bearerAuth'], 'bearerAuth');
    expect(bearer).to.include({ type: 'http', scheme: 'bearer' });
    expect(doc['security']).to.deep.equal([{ bearerAuth: [] }]);
    // Only the test-only session needs no token.
    const open = operations().filter((entry) => Array.isArray(entry.operation['security']) && entry.operation['security'].length === 0);
    expect(open.map((entry) => entry.operationId)).to.deep.equal(TEST_ONLY_OPERATIONS);
  });

  it('names every adapter operation exactly once, and nothing else', () => {
    const ids = operations().map((entry) => entry.operationId);
    for (const operation of ADAPTER_OPERATIONS) {
      expect(ids.filter((id) => id === operation).length, `operationId ${operation}`).to.equal(1);
    }
    for (const id of ids) expect([...ADAPTER_OPERATIONS, ...TEST_ONLY_OPERATIONS], `operationId ${id}`).to.include(id);
    expect(ids.length).to.equal(ADAPTER_OPERATIONS.length + TEST_ONLY_OPERATIONS.length);
  });

  it('marks the test session as test only', () => {
    const entry = operationNamed('createTestSession');
    expect(entry.path).to.equal('/test/sessions');
    expect(entry.operation['x-test-only']).to.equal(true);
    expect(String(entry.operation['description'])).to.match(/test only/i);
  });

  it('resolves every $ref', () => {
    const refs = collectRefs(doc, []);
    expect(refs.length).to.be.greaterThan(100);
    for (const ref of refs) expect(resolvePointer(ref), ref).to.not.equal(undefined);
  });

  it('declares every path parameter, and only those', () => {
    for (const entry of operations()) {
      const inPath = [...entry.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]).sort();
      const declared = entry.parameters.filter((parameter) => parameter['in'] === 'path');
      expect(declared.map((parameter) => parameter['name']).sort(), `${entry.operationId} path parameters`).to.deep.equal(inPath);
      for (const parameter of declared) expect(parameter['required'], `${entry.operationId} ${String(parameter['name'])}`).to.equal(true);
    }
  });

  it('has a component of the same shape for every zod schema', () => {
    const components = asObject(asObject(doc['components'], 'components')['schemas'], 'schemas');
    const zodSchemas = Object.entries(schemas).filter(([name]) => name.endsWith('Schema'));
    expect(zodSchemas.length).to.be.at.least(45);
    for (const [name, schema] of zodSchemas) {
      const component = name.slice(0, -'Schema'.length);
      expect(components, `component ${component}`).to.have.property(component);
      expect(shape(components[component]), `component ${component}`).to.deep.equal(zodShape(schema as z.ZodMiniType));
    }
  });

  it('restricts links to http(s) and resource domains to https', () => {
    const components = asObject(asObject(doc['components'], 'components')['schemas'], 'schemas');
    expect(components['HttpUrl']).to.include({ format: 'uri', pattern: '^https?://' });
    expect(components['HttpsUrl']).to.include({ format: 'uri', pattern: '^https://' });
    expect(violations(components['HttpUrl'], 'javascript:alert(1)')).to.not.deep.equal([]);
    expect(violations(components['HttpsUrl'], 'http://example.com/')).to.not.deep.equal([]);
    const address = components['NetworkAddress'];
    for (const good of ['192.0.2.1', '198.51.100.0/24', '2001:db8::1', '2001:db8::/32']) expect(violations(address, good), good).to.deep.equal([]);
    for (const bad of ['256.1.1.1', '10.0.0.0/33', 'example.com', '2001:db8::/129']) expect(violations(address, bad), bad).to.not.deep.equal([]);
  });

  it("answers each operation with the shape of the adapter's response schema", () => {
    for (const operation of ADAPTER_OPERATIONS) {
      const entry = operationNamed(operation);
      const { status, response } = successOf(entry);
      const expected = RESPONSE_SCHEMAS[operation];
      const schema = jsonSchemaOf(response);
      if (expected === null) {
        expect(status, operation).to.equal('204');
        expect(response['content'], operation).to.equal(undefined);
        continue;
      }
      expect(schema, `${operation} answers JSON`).to.not.equal(undefined);
      // A named component, or a list of one.
      const raw = asObject(schema, operation);
      const ref = raw['type'] === 'array' ? asObject(raw['items'], operation)['$ref'] : raw['$ref'];
      expect(String(ref), `${operation} response schema`).to.satisfy((value: string) => value.startsWith(SCHEMA_PREFIX));
      expect(shape(schema), `${operation} response schema`).to.deep.equal(zodShape(expected as z.ZodMiniType));
    }
  });

  it('uses the status codes of the reference server', () => {
    const created = ['createConnector', 'beginAccountLink', 'completeAccountLink', 'createTestSession'];
    for (const entry of operations()) {
      const expected = created.includes(entry.operationId)
        ? '201'
        : entry.operationId === 'runSync'
          ? '202'
          : ['deleteConnector', 'removeAccount'].includes(entry.operationId)
            ? '204'
            : '200';
      expect(successOf(entry).status, entry.operationId).to.equal(expected);
    }
  });

  it('documents the errors of every operation with the Error body', () => {
    /** Refusals the reference rules make beyond the ones every operation may meet. */
    const refusals: Partial<Record<AdapterOperation, number[]>> = {
      listApps: [422],
      activate: [404, 409, 422],
      setNetworkSecurity: [422],
      createConnector: [404, 409, 422],
      updateConnector: [404, 409, 422],
      authorizeConnector: [404, 422],
      listConnectorOptions: [403, 404],
      activateConnector: [404, 409, 422],
      addConnectorToGroup: [403, 404, 409],
      beginAccountLink: [404, 422],
      completeAccountLink: [403, 422],
      updateAccountSettings: [404, 422],
      saveSyncSettings: [403, 422],
      runSync: [409],
    };
    for (const operation of ADAPTER_OPERATIONS) {
      const entry = operationNamed(operation);
      const responses = responsesOf(entry);
      const takesInput = entry.operation['requestBody'] !== undefined || entry.parameters.some((parameter) => parameter['in'] === 'query');
      const takesIds = entry.parameters.some((parameter) => parameter['in'] === 'path');
      const expected = [401, 403, 429, 500, 502, 504, ...(takesInput ? [400, 422] : []), ...(takesIds ? [404] : []), ...(refusals[operation] ?? [])];
      for (const status of expected) expect(documents(entry, status), `${operation} documents ${status}`).to.equal(true);
      expect(responses['429']?.['headers'], `${operation} 429`).to.have.property('Retry-After');
      for (const [status, response] of Object.entries(responses)) {
        if (status.startsWith('2')) continue;
        expect(jsonSchemaOf(response), `${operation} ${status}`).to.deep.equal({ $ref: `${SCHEMA_PREFIX}Error` });
      }
    }
  });

  it('describes the requests RestAdapter sends', async () => {
    const all = operations();
    for (const operation of ADAPTER_OPERATIONS) {
      const entry = operationNamed(operation);
      const request = await requestFor(operation);
      const path = request.url.pathname.replace(/^\/api\/v1/, '');
      const matching = all.filter((candidate) => candidate.method === request.method.toLowerCase() && templateMatches(candidate.path, path));
      expect(matching.map((candidate) => candidate.operationId), `${request.method} ${path}`).to.deep.equal([operation]);
      expect(request.headers.get('Authorization'), operation).to.equal('Bearer token-1');

      const queryParameters = entry.parameters.filter((parameter) => parameter['in'] === 'query');
      for (const [name, value] of request.url.searchParams) {
        const parameter = queryParameters.find((candidate) => candidate['name'] === name);
        expect(parameter, `${operation} query parameter ${name}`).to.not.equal(undefined);
        const schema = parameter!['schema'];
        const typed = asObject(deref(schema), name)['type'];
        const parsed: unknown = typed === 'boolean' ? value === 'true' : typed === 'integer' ? Number(value) : value;
        expect(violations(schema, parsed), `${operation} ${name}=${value}`).to.deep.equal([]);
      }
      for (const parameter of queryParameters.filter((candidate) => candidate['required'] === true)) {
        expect(request.url.searchParams.has(String(parameter['name'])), `${operation} sends ${String(parameter['name'])}`).to.equal(true);
      }

      const key = request.headers.get('Idempotency-Key');
      if (key !== null) {
        expect(entry.parameters.some((parameter) => parameter['in'] === 'header' && parameter['name'] === 'Idempotency-Key'), operation).to.equal(true);
        expect(key, operation).to.equal(asObject(JSON.parse(request.body) as unknown, 'consent')['idempotencyKey']);
      }

      const requestBody = entry.operation['requestBody'];
      if (request.body === '') {
        expect(requestBody, `${operation} takes no body`).to.equal(undefined);
      } else {
        const schema = jsonSchemaOf(asObject(deref(requestBody), `${operation} requestBody`));
        expect(schema, `${operation} documents its JSON body`).to.not.equal(undefined);
        expect(violations(schema, JSON.parse(request.body)), `${operation} body`).to.deep.equal([]);
      }
    }
    expect(operationNamed('activate').parameters.map((parameter) => parameter['name'])).to.include('Idempotency-Key');
  });

  it('matches what the reference server answers to every read without parameters', async () => {
    const token = await newToken();
    const reads = operations().filter((entry) => entry.method === 'get' && !entry.path.includes('{'));
    expect(reads.length).to.be.at.least(10);
    for (const entry of reads) {
      expect(await checkLive(entry, entry.path, token), `GET ${entry.path}`).to.equal(200);
    }
  });

  it('matches what the reference server answers about one app, and about no app', async () => {
    const token = await newToken();
    const page = await fetch(`${apiUrl}/apps?limit=1`, { headers: { Authorization: `Bearer ${token}` } });
    const items = asObject(await page.json(), 'page')['items'];
    const appId = Array.isArray(items) ? String(asObject(items[0], 'app')['id']) : '';
    expect(appId).to.not.equal('');
    expect(await checkLive(operationNamed('getApp'), `/apps/${encodeURIComponent(appId)}`, token)).to.equal(200);
    expect(await checkLive(operationNamed('getActivation'), `/apps/${encodeURIComponent(appId)}/activation`, token)).to.equal(200);
    expect(await checkLive(operationNamed('getApp'), '/apps/no-such-app', token)).to.equal(404);
    expect(await checkLive(operationNamed('getConnector'), '/connectors/no-such-connector', token)).to.equal(404);
    expect(await checkLive(operationNamed('getAccountLink'), '/sync/account-links/no-such-state', token)).to.equal(404);
    expect(await checkLive(operationNamed('getSyncRun'), '/sync/runs/no-such-run', token)).to.equal(404);
  });

  it('matches what the reference server answers about an account link and a sync run', async () => {
    const token = await newToken();
    const json = { headers: { 'Content-Type': 'application/json' } };
    const begun = await fetch(`${apiUrl}/sync/account-links`, {
      method: 'POST',
      headers: { ...json.headers, Authorization: `Bearer ${token}` },
      body: JSON.stringify({ serviceId: 'google' }),
    });
    const { state } = asObject(await begun.json(), 'link') as { state: string };
    const linkPath = `/sync/account-links/${encodeURIComponent(state)}`;
    expect(await checkLive(operationNamed('getAccountLink'), linkPath, token)).to.equal(200);
    const completion = { ...json, body: JSON.stringify({ state, code: 'granted' }) };
    expect(await checkLive(operationNamed('completeAccountLink'), '/sync/account-links/complete', token, completion)).to.equal(201);
    expect(await checkLive(operationNamed('completeAccountLink'), '/sync/account-links/complete', token, completion)).to.equal(422);
    expect(await checkLive(operationNamed('getAccountLink'), linkPath, token)).to.equal(200);
    const started = await fetch(`${apiUrl}/sync/runs`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    const { id } = asObject(await started.json(), 'run') as { id: string };
    expect(await checkLive(operationNamed('getSyncRun'), `/sync/runs/${encodeURIComponent(id)}`, token)).to.equal(200);
    expect(await checkLive(operationNamed('getSyncSettings'), '/sync/settings', token)).to.equal(200);
  });

  it('matches what the reference server answers to refusals', async () => {
    const token = await newToken();
    expect(await checkLive(operationNamed('listCategories'), '/categories', null)).to.equal(401);
    expect(await checkLive(operationNamed('listCategories'), '/categories', 'not-a-session')).to.equal(401);
    const refused = await checkLive(operationNamed('setNetworkSecurity'), '/network-security', token, {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ mode: 'restricted', trustedNetworks: [{ address: 'not-an-address', label: 'x' }] }),
    });
    expect(refused).to.equal(422);
    expect(await checkLive(operationNamed('runSync'), '/sync/runs', token)).to.equal(409);
    expect(await checkLive(operationNamed('listApps'), '/apps?limit=0', token)).to.equal(422);
  });
});
