// Bundles the demo host page and writes the theme style sheets next to it.
import { build } from 'esbuild';
import { writeThemes } from './themes.mjs';

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
  await writeThemes('demo/build/themes');
}
