// `npm run build`: dist/ as ES modules (one entry per element class and per registration
// file, and plugboard/react), its type declarations, the theme style sheets (light.css
// generated from the tokens), custom-elements.json and, from it, the JSX and template types
// in types/ (React, Preact, Vue, Svelte).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { writeJsxTypes } from './jsx-types.mjs';
import { writeThemes } from './themes.mjs';

rmSync('dist', { recursive: true, force: true });
for (const [command, args] of [
  ['npx', ['rollup', '--config', 'rollup.config.mjs']],
  ['npx', ['tsc', '-p', 'tsconfig.build.json']],
  ['npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs']],
]) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
// The string keys' type (dist/types/i18n/keys.d.ts) is read off the English locale file.
mkdirSync('dist/types/i18n/locales', { recursive: true });
copyFileSync('src/i18n/locales/en.json', 'dist/types/i18n/locales/en.json');
await writeThemes('dist/themes');
writeJsxTypes('types');
