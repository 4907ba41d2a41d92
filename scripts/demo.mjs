// `npm start`: bundles the demo host page and serves it on 127.0.0.1 (PORT, default 8000).
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { cp, readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve('demo');
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';

await build({
  entryPoints: ['demo/demo.ts'],
  bundle: true,
  format: 'esm',
  splitting: true,
  outdir: 'demo/build',
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  loader: { '.json': 'json' },
  logLevel: 'warning',
});

await cp('src/themes', 'demo/build/themes', { recursive: true });

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.svg': 'image/svg+xml' };

const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = normalize(join(root, path === '/' ? 'index.html' : path));
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
});

server.listen(port, host, () => {
  console.log(`Plugboard demo: http://${host}:${port}/`);
});
