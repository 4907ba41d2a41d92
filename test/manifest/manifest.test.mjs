// custom-elements.json is what Storybook, the JSX types, editors and host developers read.
// These tests fail when the committed file is not what the analyzer generates from the
// sources, or when a public element lacks its summary, an event it fires or a part it renders.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { after, describe, test } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
const manifest = JSON.parse(committed);

/** Every element's class declaration with its module path, keyed by tag name. */
function elementsByTag() {
  const elements = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement) elements.set(declaration.tagName, { declaration, path: module.path });
    }
  }
  return elements;
}

/** The tag names the registration files define. */
function registeredTags() {
  const tags = [];
  const components = join(root, 'src/components');
  for (const folder of readdirSync(components)) {
    const source = readFileSync(join(components, folder, 'define.ts'), 'utf8');
    for (const match of source.matchAll(/defineElement\('([a-z0-9-]+)'/g)) tags.push(match[1]);
  }
  return tags.sort();
}

/** Public (composed) event classes by class name, with the event name each fires. */
function publicEventClasses() {
  const classes = new Map();
  const folder = join(root, 'src/events');
  for (const file of readdirSync(folder)) {
    const source = readFileSync(join(folder, file), 'utf8');
    const className = /export class (Pb\w+Event)\b/.exec(source)?.[1];
    const eventName = /static readonly eventName = '([a-z-]+)'/.exec(source)?.[1];
    if (className && eventName && /composed: true/.test(source)) classes.set(className, eventName);
  }
  return classes;
}

/**
 * The source files that render an element: its folder (without styles and registration)
 * and the shared src/internal modules they import, followed transitively.
 */
function renderingSources(elementPath) {
  const folder = dirname(join(root, elementPath));
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.styles.ts') && file !== 'define.ts')
    .map((file) => join(folder, file));
  const internal = join(root, 'src/internal');
  const seen = new Set(files);
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.shift();
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)) {
      const imported = resolve(dirname(file), `${match[1]}.ts`);
      if (!imported.startsWith(internal) || seen.has(imported)) continue;
      seen.add(imported);
      queue.push(imported);
    }
  }
  return [...seen].map((file) => ({ file: relative(root, file), source: readFileSync(file, 'utf8') }));
}

/** Part names written literally: `part="a b"` in templates and `part: 'a'` in render options. */
function literalParts(source) {
  const parts = new Set();
  for (const match of source.matchAll(/\bpart="([^"$]*)"/g)) {
    for (const name of match[1].split(/\s+/).filter(Boolean)) parts.add(name);
  }
  for (const match of source.matchAll(/\bpart: '([a-z0-9-]+)'/g)) parts.add(match[1]);
  return parts;
}

describe('custom-elements.json', () => {
  const folder = mkdtempSync(join(tmpdir(), 'plugboard-manifest-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('is exactly what the analyzer generates from the sources', () => {
    // The analyzer joins --outdir to the working directory, hence the relative path.
    const analyze = spawnSync(
      'npx',
      ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, folder)],
      { cwd: root, encoding: 'utf8', timeout: 120_000 },
    );
    assert.equal(analyze.status, 0, analyze.stderr);
    const generated = readFileSync(join(folder, 'custom-elements.json'), 'utf8');
    assert.ok(
      generated === committed,
      'custom-elements.json differs from a fresh generation: run `npm run analyze` (or `npm run build`) and commit it.',
    );
  });

  test('describes every registered element under its tag name', () => {
    const tags = registeredTags();
    assert.ok(tags.length >= 7, `only ${tags.length} registered elements found`);
    assert.deepEqual([...elementsByTag().keys()].sort(), tags);
  });

  for (const [tagName, { declaration, path }] of elementsByTag()) {
    describe(`<${tagName}>`, () => {
      const sources = renderingSources(path);

      test('has a summary and a description of each attribute', () => {
        assert.ok(declaration.summary?.trim(), `<${tagName}> has no @summary`);
        for (const attribute of declaration.attributes ?? []) {
          assert.ok(attribute.description?.trim(), `<${tagName}> attribute ${attribute.name} has no description`);
        }
      });

      test('documents every event it fires, each with a description and a type', () => {
        const eventClasses = publicEventClasses();
        const documented = new Map((declaration.events ?? []).map((event) => [event.name, event]));
        const fired = new Map();
        for (const { file, source } of sources) {
          for (const match of source.matchAll(/new (Pb\w+Event)\(/g)) {
            const name = eventClasses.get(match[1]);
            if (name) fired.set(name, file);
          }
        }
        assert.ok(fired.size > 0, `no event found in the sources of <${tagName}>`);
        for (const [name, file] of fired) {
          assert.ok(documented.has(name), `<${tagName}> fires ${name} (${file}) but has no @event for it`);
        }
        for (const event of documented.values()) {
          assert.ok(event.description?.trim(), `<${tagName}> event ${event.name} has no description`);
          assert.ok(event.type?.text, `<${tagName}> event ${event.name} has no type`);
        }
      });

      test('documents every part it renders', () => {
        const documented = new Set((declaration.cssParts ?? []).map((part) => part.name));
        const missing = [];
        for (const { file, source } of sources) {
          for (const part of literalParts(source)) if (!documented.has(part)) missing.push(`${part} (${file})`);
        }
        assert.ok(documented.size > 0, `<${tagName}> documents no parts`);
        assert.deepEqual(missing, [], `<${tagName}> renders parts it does not document`);
      });
    });
  }
});
