// Bundles the reference server (TypeScript) for Node; its packages stay in node_modules.
import { build } from 'esbuild';

export const SERVER_OUT = 'server/build';

export async function buildServer() {
  await build({
    entryPoints: ['server/main.ts'],
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
  });
  return new URL(`../${SERVER_OUT}/main.mjs`, import.meta.url).href;
}
