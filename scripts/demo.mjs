// `npm start`: bundles the demo host page and the reference server, then serves both on
// 127.0.0.1 (PORT, default 8000; 0 for a free one, printed below) with the SQLite database
// in server/data/ (PLUGBOARD_DB), its secrets sealed with PLUGBOARD_SECRET_KEY or with a
// development key kept beside it. Pages go out under a strict Content-Security-Policy.
import { buildDemo } from './build-demo.mjs';
import { buildServer } from './build-server.mjs';

const databasePath = process.env.PLUGBOARD_DB ?? 'server/data/plugboard.db';
await buildDemo();
const { startServer } = await import(await buildServer());
const server = await startServer({
  port: Number(process.env.PORT ?? 8000),
  host: process.env.HOST ?? '127.0.0.1',
  databasePath,
  demoRoot: 'demo',
});
console.log(`Plugboard demo: ${server.url}/`);
console.log(`API: ${server.apiUrl} (reference server, SQLite database ${databasePath})`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
