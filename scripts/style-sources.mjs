// What test/tokens.test.ts checks, found on disk so that a new style module is covered
// without editing the test: the style modules (`src/**/*.styles.ts` and
// `src/**/*-styles.ts`), the theme style sheets, the other source files that still write a
// css`` literal (styles belong in a style module), and every `@cssproperty` of the JSDoc.
// The browser test reads it from /__plugboard/style-sources (see web-test-runner.config.mjs).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every file under `folder`, as a path from the project root with forward slashes. */
function filesUnder(folder) {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

const STYLE_MODULE = /[.-]styles\.ts$/;
const CSS_LITERAL = /(?<![\w.$])css`/;
// `@cssproperty [--name=default] - description`, or `@cssproperty --name - description`.
const CSS_PROPERTY = /@cssproperty\s+(?:\[(--[\w-]+)(?:=([^\]]*))?\]|(--[\w-]+))/g;

/**
 * @returns {{
 *   modules: string[],
 *   themes: string[],
 *   inlineCss: string[],
 *   cssProperties: { file: string, name: string, default: string | null }[],
 * }}
 */
export function styleSources() {
  const files = filesUnder('src');
  const modules = files.filter((file) => STYLE_MODULE.test(file));
  const themes = files.filter((file) => file.startsWith('src/themes/') && file.endsWith('.css'));
  const inlineCss = [];
  const cssProperties = [];
  for (const file of files) {
    if (!file.endsWith('.ts') || modules.includes(file)) continue;
    const source = readFileSync(join(ROOT, file), 'utf8');
    if (CSS_LITERAL.test(source)) inlineCss.push(file);
    for (const [, name, fallback, bare] of source.matchAll(CSS_PROPERTY)) {
      cssProperties.push({ file, name: name ?? bare, default: fallback?.trim() ?? null });
    }
  }
  return { modules, themes, inlineCss, cssProperties };
}

/** A @web/test-runner plugin answering /__plugboard/style-sources with `styleSources()`. */
export const styleSourcesPlugin = {
  name: 'plugboard-style-sources',
  serve(context) {
    if (context.path === '/__plugboard/style-sources') {
      return { body: JSON.stringify(styleSources()), type: 'json' };
    }
    return undefined;
  },
};
