// Shared by the reference server's Node tests: the server built as `npm start` builds it,
// started on 127.0.0.1 and a free port with a throwaway database, in this process or in
// one of its own, and small helpers to call its API and read docs/openapi.yaml.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildServer } from '../../scripts/build-server.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT_MS = 30_000;

let built;
/** The bundled server (`server/build/main.mjs`), built once per test file. */
export function serverModule() {
  built ??= buildServer().then((url) => import(url));
  return built;
}

/** The bundled API alone (`server/build/app.mjs`), to list its routes. */
export async function apiModule() {
  await serverModule();
  return import(new URL('../../server/build/app.mjs', import.meta.url).href);
}

/** A new empty folder under the system's temporary one, removed with `removeFolder`. */
export function temporaryFolder() {
  return mkdtempSync(join(tmpdir(), 'plugboard-server-test-'));
}

export function removeFolder(folder) {
  rmSync(folder, { recursive: true, force: true });
}

/** Starts the server in this process with test sessions on; `stop()` closes it. */
export async function startTestServer(databasePath, options = {}) {
  const { startServer } = await serverModule();
  return startServer({ port: 0, databasePath, allowTestSessions: true, ...options });
}

/**
 * Starts the server in a process of its own, on `databasePath`: for two servers on one
 * database file, and for a load generator that does not share the server's event loop.
 */
export async function spawnTestServer(databasePath) {
  const moduleUrl = await serverModule().then(() => new URL('../../server/build/main.mjs', import.meta.url).href);
  const child = spawn(process.execPath, [fileURLToPath(new URL('./server-process.mjs', import.meta.url)), moduleUrl, databasePath], {
    // The IPC channel closes if this process dies, and the server then stops too.
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const apiUrl = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server process did not start within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const line = output.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve(JSON.parse(line).apiUrl);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server process exited with ${code}`));
    });
  });
  return {
    apiUrl,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Calls the API; answers `{ status, body, headers }` with the body parsed when it is JSON. */
export async function call(apiUrl, token, method, path, { body, headers = {} } = {}) {
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  const json = (response.headers.get('Content-Type') ?? '').startsWith('application/json') && text !== '';
  return { status: response.status, body: json ? JSON.parse(text) : text, headers: response.headers };
}

/** A session of `userId` (the fixtures' first user by default) in a new organisation, or in `orgId`. */
export async function newSession(apiUrl, request = {}) {
  const { status, body } = await call(apiUrl, null, 'POST', '/test/sessions', { body: request });
  if (status !== 201) throw new Error(`POST /test/sessions answered ${status}: ${JSON.stringify(body)}`);
  return body;
}

/** Every operation of docs/openapi.yaml as `{ key: 'GET /apps/{appId}', method, path, operation }`. */
export function openApiOperations() {
  const doc = parse(readFileSync(join(ROOT, 'docs', 'openapi.yaml'), 'utf8'));
  const operations = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete']) {
      const operation = item[method];
      if (operation) operations.push({ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, operation });
    }
  }
  return operations;
}

/** `GET /connectors/{connectorId}` and `GET /connectors/:id` alike, as `GET /connectors/{}`. */
export function routeShape(key) {
  return key.replace(/\{[^}]+\}|:[A-Za-z]+/g, '{}');
}

/** A consent that activates `app` (an `AppDetail`), with `idempotencyKey`. */
export function consentFor(app, idempotencyKey) {
  return {
    appId: app.id,
    termsVersion: app.termsVersion,
    scopes: app.dataScopes.map((scope) => scope.id),
    feeEffectiveDate: app.mayChangeFees ? '2030-01-01' : null,
    locale: 'en',
    acceptedAt: new Date().toISOString(),
    idempotencyKey,
  };
}

/** The values of a basic-authentication custom connector named `name`, with `password`. */
export function customConnector(name, password = 'a-password') {
  return {
    typeId: 'custom-rest',
    name,
    values: {
      name,
      authType: 'basic',
      resourceUrl: 'https://api.example.com',
      username: 'service',
      password,
      verificationUrl: 'https://api.example.com/verify',
    },
  };
}
