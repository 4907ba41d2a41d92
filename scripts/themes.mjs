// The theme style sheets a host links: `light.css`, generated from the tokens' defaults in
// src/themes/tokens.ts (the one place the light values are written), and every style sheet
// of src/themes as it is (`dark.css`). Used by the package build, the demo and the tests.
import { transform } from 'esbuild';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const THEMES = fileURLToPath(new URL('../src/themes/', import.meta.url));

/** `src/themes/tokens.ts`, compiled and loaded (it imports nothing). */
export async function loadTokens() {
  const source = await readFile(join(THEMES, 'tokens.ts'), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'node20' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** Writes `light.css` and copies the other theme style sheets into `folder`. */
export async function writeThemes(folder) {
  const { lightThemeCss } = await loadTokens();
  await mkdir(folder, { recursive: true });
  const sheets = (await readdir(THEMES)).filter((name) => name.endsWith('.css'));
  await Promise.all([
    writeFile(join(folder, 'light.css'), lightThemeCss()),
    ...sheets.map((name) => copyFile(join(THEMES, name), join(folder, name))),
  ]);
}
