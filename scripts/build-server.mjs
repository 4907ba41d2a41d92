// Bundles the reference server (TypeScript) for Node; its packages stay in node_modules.
// `main.mjs` starts the server; `app.mjs` is its API alone, for tests that list its routes.
import { build } from 'esbuild';
import { mkdir, rename, writeFile } from 'node:fs/promises';

export const SERVER_OUT = 'server/build';

export async function buildServer() {
  const result = await build({
    entryPoints: ['server/main.ts', 'server/app.ts'],
    outdir: SERVER_OUT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    tsconfig: 'tsconfig.server.json',
    logLevel: 'warning',
    write: false,
  });
  // Each file is written whole and then renamed into place, so test files that build at
  // the same time never import one another's half-written bundle.
  await mkdir(SERVER_OUT, { recursive: true });
  await Promise.all(
    result.outputFiles.map(async (file) => {
      const temporary = `${file.path}.${process.pid}.tmp`;
      await writeFile(temporary, file.contents);
      await rename(temporary, file.path);
    }),
  );
  return new URL(`../${SERVER_OUT}/main.mjs`, import.meta.url).href;
}
