import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtures, withLogosAt, withOAuthProviderAt } from '../src/api/memory/fixtures.js';
import type { Fixtures } from '../src/api/memory/fixture-types.js';
import { createApi } from './app.js';
import { openDatabase } from './database.js';
import { createOAuthRoutes } from './oauth-provider.js';
import { createSession } from './sessions.js';

export { openDatabase } from './database.js';

export interface ServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** 127.0.0.1 unless told otherwise. */
  host?: string;
  /** The SQLite file; created with its folder when missing. */
  databasePath: string;
  corsOrigin?: string | string[];
  allowTestSessions?: boolean;
  /** A folder served at `/` (the demo host page), with `/demo-config.json` for it. */
  demoRoot?: string;
  /**
   * The key that seals secrets at rest, 32 bytes in base64; `PLUGBOARD_SECRET_KEY` when
   * omitted, and failing that a development key kept beside the database (`<database>.key`).
   */
  secretKey?: string;
  /** The clock in milliseconds (`Date.now` by default), so tests can move time. */
  now?: () => number;
  /**
   * The folder served at `/plugboard/` (the page the redirect URI sends the consent window
   * on to); the repository's `completion/` by default.
   */
  completionRoot?: string;
}

export interface RunningServer {
  /** e.g. `http://127.0.0.1:8000` */
  url: string;
  /** The API's base URL: `${url}/api/v1`. */
  apiUrl: string;
  close(): Promise<void>;
}

/** The organisation and user the demo page signs in as. */
const DEMO_ORG = 'demo';

/**
 * What the demo page may load: its own scripts, style sheets, pictures and API, and
 * nothing inline, from elsewhere, or into a frame of another site.
 */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** The repository's `completion/` folder, seen from the bundle in `server/build/` (the server runs bundled). */
const COMPLETION_ROOT = fileURLToPath(new URL('../../completion/', import.meta.url));

/**
 * The demo page opens the provider's consent window and must keep its handle on it (to be
 * told how the consent ended): it isolates itself from other origins' windows, not from
 * the popups it opens.
 */
const OPENER_POLICY = 'same-origin-allow-popups';

/** Whether `host` is this machine only, so no other name can reach a server bound to it. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { db, secrets } = openDatabase(options.databasePath, options.secretKey ?? process.env['PLUGBOARD_SECRET_KEY']);
  const host = options.host ?? '127.0.0.1';
  /** The `Host` headers a loopback server answers, known once it listens (see below). */
  const hostNames = new Set<string>();
  const app = new Hono();
  app.use('*', async (c, next) => {
    // A page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) would be
    // same-origin with this server and could read the demo's token: only our own names.
    if (hostNames.size > 0 && !hostNames.has(c.req.header('Host') ?? '')) {
      c.res = c.json({ code: 'forbidden', message: 'This server answers to its own address only.' }, 403);
    } else {
      await next();
    }
    // The API sets stricter headers of its own for its JSON.
    if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', PAGE_POLICY);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });
  const now = options.now ?? Date.now;
  // Fixtures per name the server is reached by: the redirect URI and the sync services'
  // consent page are the server's own (it is its own OAuth provider), and the demo serves
  // the logos itself (its policy allows images from its own origin only).
  const originFixtures = new Map<string, Fixtures>();
  const fixturesFor = (origin: string): Fixtures => {
    let found = originFixtures.get(origin);
    if (!found) {
      const data = options.demoRoot ? withLogosAt(fixtures, `${origin}/logos/`) : fixtures;
      originFixtures.set(origin, (found = withOAuthProviderAt(data, origin)));
    }
    return found;
  };
  app.route(
    '/api/v1',
    createApi({
      db,
      secrets,
      fixtures: fixturesFor,
      now,
      corsOrigin: options.corsOrigin ?? [],
      allowTestSessions: options.allowTestSessions ?? false,
    }),
  );
  app.route('/', createOAuthRoutes({ db, secrets, fixtures: fixturesFor, now }));
  app.use(
    '/plugboard/*',
    serveStatic({ root: resolve(options.completionRoot ?? COMPLETION_ROOT), rewriteRequestPath: (path) => path.slice('/plugboard'.length) }),
  );
  if (options.demoRoot) {
    const root = resolve(options.demoRoot);
    // The demo signs in to the same organisation on every start, so its state persists.
    const demoToken = createSession(db, DEMO_ORG, fixtures.users[0]?.id ?? 'user');
    app.get('/demo-config.json', (c) => {
      // It carries a bearer token: never kept in a cache.
      c.header('Cache-Control', 'no-store');
      return c.json({ apiUrl: '/api/v1', token: demoToken });
    });
    app.use('/*', async (c, next) => {
      await next();
      if (c.res.headers.get('Content-Type')?.startsWith('text/html')) c.header('Cross-Origin-Opener-Policy', OPENER_POLICY);
    });
    app.use('/*', serveStatic({ root }));
  }
  let server: ReturnType<typeof serve>;
  try {
    server = await new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
      const started = serve({ fetch: app.fetch, port: options.port, hostname: host }, () => resolveServer(started));
      started.once('error', reject);
    });
  } catch (error) {
    db.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  const url = `http://${hostInUrl}:${port}`;
  if (isLoopback(host)) {
    for (const name of ['127.0.0.1', 'localhost', '[::1]', hostInUrl]) hostNames.add(`${name}:${port}`);
  }
  return {
    url,
    apiUrl: `${url}/api/v1`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => {
          db.close();
          resolveClose();
        });
        // Keep-alive connections would hold the server open past a restart.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
