// Bundles the demo host page and copies the themes next to it.
import { build } from 'esbuild';
import { cp } from 'node:fs/promises';

export async function buildDemo() {
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
}
