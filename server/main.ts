import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fixtures } from '../src/api/memory/fixtures.js';
import { createApi } from './app.js';
import { openDatabase } from './database.js';
import { createSession } from './sessions.js';

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

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const db = openDatabase(options.databasePath);
  const app = new Hono();
  app.route(
    '/api/v1',
    createApi({
      db,
      fixtures,
      now: Date.now,
      corsOrigin: options.corsOrigin ?? [],
      allowTestSessions: options.allowTestSessions ?? false,
    }),
  );
  if (options.demoRoot) {
    const root = resolve(options.demoRoot);
    // The demo signs in to the same organisation on every start, so its state persists.
    const demoToken = createSession(db, DEMO_ORG, fixtures.users[0]?.id ?? 'user');
    app.get('/demo-config.json', (c) => c.json({ apiUrl: '/api/v1', token: demoToken }));
    app.use('/*', serveStatic({ root }));
  }
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolveServer, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port, hostname: host }, () => resolveServer(started));
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
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
