// types/ holds the JSX and template types generated from custom-elements.json (React, Preact,
// Vue, Svelte, and any JSX library), shipped as plugboard/types/*. These tests fail when a
// committed file is not what scripts/jsx-types.mjs makes of the committed manifest (`npm run
// build` writes them again), or when an element or one of its events is missing from them.
// test/types/ (`npm run typecheck`) shows the types accept and refuse what they should.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { jsxTypes } from '../../scripts/jsx-types.mjs';

const root = resolve(import.meta.dirname, '../..');
const committed = (name) => readFileSync(join(root, 'types', name), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
const pascal = (name) => name.replace(/(^|-)([a-z0-9])/g, (_, _dash, letter) => letter.toUpperCase());

test('types/ is what scripts/jsx-types.mjs generates from custom-elements.json', () => {
  const fresh = jsxTypes(join(root, 'custom-elements.json'));
  assert.deepEqual(readdirSync(join(root, 'types')).sort(), Object.keys(fresh).sort());
  for (const [name, contents] of Object.entries(fresh)) {
    assert.equal(committed(name), contents, `types/${name} is stale: run npm run build`);
  }
});

test('every element of the manifest is typed in each framework, with a callback for each of its events', () => {
  assert.ok(elements.length >= 7, 'the manifest lists the elements');
  for (const element of elements) {
    for (const file of ['react.d.ts', 'preact.d.ts', 'vue.d.ts', 'svelte.d.ts']) {
      assert.match(committed(file), new RegExp(`^\\s+'${element.tagName}': `, 'm'), `<${element.tagName}> in types/${file}`);
    }
    const props = committed('elements.d.ts').split(`export type ${element.name}Props = {`)[1]?.split('\n};')[0] ?? '';
    const vueProps = committed('vue.d.ts').split(`type ${element.name}VueProps = `)[1]?.split('\n};')[0] ?? '';
    const directives = committed('svelte.d.ts').split(`type ${element.name}Directives = {`)[1]?.split('\n};')[0] ?? '';
    assert.ok(element.events?.length > 0, `<${element.tagName}> documents its events`);
    for (const event of element.events) {
      assert.ok(props.includes(`"on${event.name}"?:`), `<${element.tagName}> on${event.name} (React, Preact, Svelte)`);
      assert.ok(vueProps.includes(`on${pascal(event.name)}?:`), `<${element.tagName}> on${pascal(event.name)} (Vue)`);
      assert.ok(directives.includes(`'on:${event.name}'?:`), `<${element.tagName}> on:${event.name} (Svelte 4)`);
    }
    for (const attribute of element.attributes ?? []) {
      assert.ok(props.includes(`"${attribute.name}"?:`) || props.includes(`  ${attribute.name}?:`), `<${element.tagName}> ${attribute.name}`);
    }
  }
});
