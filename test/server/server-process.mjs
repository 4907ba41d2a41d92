// The reference server in a process of its own (see `spawnTestServer` in support.mjs):
// `node server-process.mjs <bundled main.mjs URL> <database path>`. Prints one JSON line
// with its API address once it listens, and closes on SIGTERM or when the test process
// that started it goes away (its IPC channel closes), so none is left running.
const [moduleUrl, databasePath] = process.argv.slice(2);
const { startServer } = await import(moduleUrl);
const server = await startServer({ port: 0, databasePath, allowTestSessions: true });
process.stdout.write(`${JSON.stringify({ apiUrl: server.apiUrl })}\n`);
const stop = () => void server.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('disconnect', stop);
