// `npm run build`: dist/ as ES modules (one entry per element class and per registration
// file), its type declarations, the theme style sheets and custom-elements.json.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
for (const [command, args] of [
  ['npx', ['rollup', '--config', 'rollup.config.mjs']],
  ['npx', ['tsc', '-p', 'tsconfig.build.json']],
  ['npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs']],
]) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
cpSync('src/themes', 'dist/themes', { recursive: true });
